// Static files the app loads, relative to the site's base URL. `npm run build:data` writes them
// under public/ (generated, not committed); the app fetches them from the same paths.
export const DATA_FILES = {
  boundaries: 'data/boundaries.topo.json',
  gazetteer: 'data/gazetteer.json',
  practices: 'data/practices.json',
  /** The practices' long texts (summary, description, sources), loaded when first needed. */
  practiceTexts: 'data/practice-texts.json',
} as const;

/**
 * Full-detail borders, one file per voivodeship (2-digit TERC code), loaded when the map is
 * zoomed in far enough for the light first-load topology to look angular.
 */
export function boundaryDetailFile(voivodeship: string): string {
  return `data/boundaries-detail/${voivodeship}.topo.json`;
}

export const BOUNDARY_DETAIL = {
  /** From this zoom on, the voivodeships in view are drawn from their detail files. */
  minZoom: 9,
  /** The deepest zoom the map shows (config/map.ts MAX_ZOOM): the grid is at least twice as fine. */
  maxZoom: 18,
} as const;
