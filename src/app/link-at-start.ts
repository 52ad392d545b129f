// The link, read once at start, before the first render (main.tsx calls this before createRoot),
// so the page opens in the link's language and filters and no component writes a store while
// rendering. From then on startUrlSync (use-link-state.ts) keeps the link and the store in step.
import { MAX_ZOOM, MIN_ZOOM } from '../config/map';
import type { MapViewState } from '../features/map/map-hash';
import { parseLocation } from '../stores/url-path';
import { parseMapHash, type UrlIssue } from '../stores/url-state';
import { viewStore } from '../stores/use-view-store';

export interface LinkAtStart {
  /** The map view the link asks for (checked and clamped), or null for Poland. */
  mapView: MapViewState | null;
  /** What the hash had that could not be used (the query string's are reported by the sync). */
  hashIssues: UrlIssue[];
}

/** Puts the link's view state into the view store and returns what the map needs from it. */
export function readLinkAtStart(location: {
  pathname: string;
  search: string;
  hash: string;
}): LinkAtStart {
  // a practice's page (`praktyki/<id>/`) opens that practice, as `?practice=<id>` does
  viewStore.getState().applyUrlState(parseLocation(location).state);
  const { view, ignored } = parseMapHash(location.hash);
  return {
    // whole zooms, as the map snaps to them
    mapView: view
      ? { ...view, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(view.zoom))) }
      : null,
    // the hash's keys are shown with their `#` so they read as part of the address
    hashIssues: ignored.map((issue) => ({ ...issue, key: `#${issue.key}` })),
  };
}
