// The link, wired to the view store: read once at start (link-at-start.ts, before the first
// render), then kept in step by startUrlSync; checked again against the data once practices and
// the gazetteer have loaded. Everything the link had that could not be used is collected for the
// notice.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GazetteerIndex } from '../data/gazetteer-index';
import type { MapViewState } from '../features/map/map-hash';
import type { KnownData, UrlIssue } from '../stores/url-state';
import { startUrlSync, type UrlSync } from '../stores/url-sync';
import { viewStore } from '../stores/use-view-store';
import type { LinkAtStart } from './link-at-start';

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
  start: LinkAtStart,
  practiceIds: KnownData['practiceIds'] | undefined,
  gazetteer: GazetteerIndex | undefined,
): LinkState {
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
