// Map defaults: Poland's view, when each boundary level appears, and the panes (z-order).
import type { LatLngBoundsLiteral } from 'leaflet';
import type { PaneSpec } from '../lib/map-panes';
import { readTileConfig } from './env';

/** Poland's extent, [[south, west], [north, east]]: fits at about zoom 6 on a laptop. */
export const POLAND_BOUNDS: LatLngBoundsLiteral = [
  [49.0, 14.12],
  [54.84, 24.15],
];

export const MIN_ZOOM = 5;
export const MAX_ZOOM = 18;

/** Moving to a place stops here: close enough to see a small gmina, far enough to see around it. */
export const FIT_MAX_ZOOM = 10;

/**
 * Map size (px) from which the legend starts unfolded; on a smaller map (a phone, a narrow
 * window) it starts folded to a small button, so it does not cover the results.
 */
export const LEGEND_OPEN_MIN_MAP_SIZE = { width: 700, height: 600 } as const;

/** Whether a map of this size shows its legend unfolded at first. */
export function legendStartsOpen(size: { width: number; height: number }): boolean {
  return (
    size.width >= LEGEND_OPEN_MIN_MAP_SIZE.width && size.height >= LEGEND_OPEN_MIN_MAP_SIZE.height
  );
}

/** Where the map's legend sits, and in what order its sections come (lower first). */
export const MAP_LEGEND = {
  position: 'topright',
  order: { selection: 10, partners: 20, types: 30, choropleth: 40 },
} as const;

/** Zoom from which each finer level is drawn (voivodeship outlines are always drawn). */
export const LEVEL_MIN_ZOOM = { voivodeship: MIN_ZOOM, powiat: 7, gmina: 8 } as const;

/**
 * Custom panes, lowest first, all created when the map is (features/map/map-view.tsx): a pale
 * wash over the land, then each boundary level has its own pane (and so its own canvas) so that
 * coarser outlines stay above finer ones whatever order they were added in, and only the finest
 * visible level takes the pointer (boundary-layer.tsx switches it). Leaflet's own: tiles 200,
 * overlay 400, markers 600, tooltips 650, popups 700.
 */
export const MAP_PANES = {
  land: { name: 'land', zIndex: 405, pointerEvents: 'none' },
  gmina: { name: 'gmina-boundaries', zIndex: 410 },
  powiat: { name: 'powiat-boundaries', zIndex: 420 },
  /**
   * The open practice: its territory's fill (under the voivodeship outlines; the pane is
   * translucent so overlapping units, a powiat and its gminy, do not darken), its outlines,
   * then its links.
   */
  practiceTerritory: {
    name: 'practice-territory',
    zIndex: 425,
    opacity: 0.4,
    pointerEvents: 'none',
  },
  voivodeship: { name: 'voivodeship-boundaries', zIndex: 430 },
  practiceTerritoryOutline: {
    name: 'practice-territory-outline',
    zIndex: 435,
    pointerEvents: 'none',
  },
  highlight: { name: 'unit-highlight', zIndex: 440, pointerEvents: 'none' },
  practiceLinks: { name: 'practice-links', zIndex: 450, pointerEvents: 'none' },
  /** Practice markers and clusters: one canvas above every boundary, below Leaflet's markers. */
  practiceMarkers: { name: 'practice-markers', zIndex: 460, pointerEvents: 'none' },
  /** The open practice's partners that are not places, round its leading unit: above markers. */
  practicePartners: { name: 'practice-partners', zIndex: 465, pointerEvents: 'none' },
} as const satisfies Record<string, PaneSpec>;

export const TILES = readTileConfig(import.meta.env);
