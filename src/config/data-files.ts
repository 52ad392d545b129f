// Static files the app loads, relative to the site's base URL. `npm run build:data` writes them
// under public/ (generated, not committed); the app fetches them from the same paths.
export const DATA_FILES = {
  boundaries: 'data/boundaries.topo.json',
  gazetteer: 'data/gazetteer.json',
  practices: 'data/practices.json',
} as const;
