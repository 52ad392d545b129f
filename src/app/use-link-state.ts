// The link, wired to the view store: read once at start (before the first render, so the page
// opens in the link's language and filters), then kept in step by startUrlSync; checked again
// against the data once practices and the gazetteer have loaded. Everything the link had that
// could not be used is collected for the notice.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GazetteerIndex } from '../data/gazetteer-index';
import { MAX_ZOOM, MIN_ZOOM } from '../config/map';
import type { MapViewState } from '../features/map/map-hash';
import { parseMapHash, parseViewState, type KnownData, type UrlIssue } from '../stores/url-state';
import { startUrlSync, type UrlSync } from '../stores/url-sync';
import { viewStore } from '../stores/use-view-store';

interface StartOfLink {
  mapView: MapViewState | null;
  hashIssues: UrlIssue[];
}

function readLinkAtStart(): StartOfLink {
  viewStore.getState().applyUrlState(parseViewState(window.location.search).state);
  const { view, ignored } = parseMapHash(window.location.hash);
  return {
    // whole zooms, as the map snaps to them
    mapView: view
      ? { ...view, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(view.zoom))) }
      : null,
    // the hash's keys are shown with their `#` so they read as part of the address
    hashIssues: ignored.map((issue) => ({ ...issue, key: `#${issue.key}` })),
  };
}

function sameIssue(a: UrlIssue, b: UrlIssue): boolean {
  return a.key === b.key && a.value === b.value && a.reason === b.reason;
}

export interface LinkState {
  /** The map view the link asks for (checked and clamped), or null for Poland. */
  initialMapView: MapViewState | null;
  issues: UrlIssue[];
  dismissIssues: () => void;
  /** Writes a pending typed query to the address bar (before copying the link). */
  flush: () => void;
}

export function useLinkState(
  practiceIds: KnownData['practiceIds'] | undefined,
  gazetteer: GazetteerIndex | undefined,
): LinkState {
  const [start] = useState(readLinkAtStart);
  const [issues, setIssues] = useState<UrlIssue[]>(start.hashIssues);
  const syncRef = useRef<UrlSync | null>(null);
  const knownRef = useRef<KnownData | null>(null);

  const addIssues = useCallback((ignored: UrlIssue[]) => {
    setIssues((current) => {
      const fresh = ignored.filter((issue) => !current.some((seen) => sameIssue(seen, issue)));
      return fresh.length === 0 ? current : [...current, ...fresh];
    });
  }, []);

  useEffect(() => {
    const sync = startUrlSync(viewStore, window, {
      onIgnored: addIssues,
      knownData: () => knownRef.current,
    });
    syncRef.current = sync;
    return () => {
      sync.stop();
      syncRef.current = null;
    };
  }, [addIssues]);

  useEffect(() => {
    if (!practiceIds || !gazetteer) return;
    knownRef.current = { practiceIds, regionCodes: gazetteer.byTerc };
    syncRef.current?.revalidate();
  }, [practiceIds, gazetteer]);

  return {
    initialMapView: start.mapView,
    issues,
    dismissIssues: useCallback(() => setIssues([]), []),
    flush: useCallback(() => syncRef.current?.flush(), []),
  };
}
