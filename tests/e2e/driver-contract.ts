// The app's DOM contract as the e2e driver sees it: selectors, accessible names and performance
// marks the app promises. Names match either language, so that a spec can switch language midway.
// Only the driver's modules read this file; specs speak in verbs.

export const MAP = '[data-testid="map"]';
export const UNIT_INFO = '[data-testid="unit-info"]';
export const ZOOM_IN = '.leaflet-control-zoom-in';
export const MAP_CONTROLS = '.leaflet-control-container';
/** The map's one legend (a disclosure), and the controls that do not count as covering the map. */
export const MAP_LEGEND = '[data-testid="map-legend"]';
export const MAP_CONTROLS_IGNORED = '.leaflet-control-zoom, .leaflet-control-attribution';
export const PLACE_SEARCH_NAME = 'Szukaj miejsca';
export const MAP_READY_MARK = 'map-ready';

// The explorer's contract (issue 4; /work/notes/explorer.md).
export const RESULT_COUNT = '[data-testid="result-count"]';
export const RESULTS = '[data-testid="results"]';
export const RESULT_ITEM = '[data-testid="result-item"]';
export const PRACTICE_DETAIL = '[data-testid="practice-detail"]';
export const PLACE_PANEL = '[data-testid="place-panel"]';
/** The offer of the practices around a chosen place (its powiat, its voivodeship). */
export const COVERING_NAME = /powiatu i województwa|of the powiat and voivodeship/;
/** The offer of the practices without a start year, beside a year range. */
export const UNDATED_NAME = /bez roku rozpoczęcia|without a start year/;
export const URL_NOTICE = '[data-testid="url-notice"]';
/** Issue 11: what loaded data had that could not be used (records left out, unknown codes). */
export const DATA_PROBLEMS = '[data-testid="data-problems"]';
export const RETRY_NAME = /^(Spróbuj ponownie|Try again)$/;
export const RESULTS_UPDATED_MARK = 'results-updated';
export const COPY_LINK_NAME = /^(Kopiuj link|Copy link)$/;
export const COPY_PRACTICE_LINK_NAME = /^(Kopiuj link do praktyki|Copy link to practice)$/;
export const CLOSE_NAME = /^(Zamknij|Close)\b/;
export const SKIP_LINK_NAME = /^(Przejdź do treści|Skip to main content)$/;
export const FILTERS_BUTTON_NAME = /filtr|filter/i;
export const REGION_LEGENDS = ['Województwo', 'Voivodeship'];
export const VIEW_NAMES = {
  map: /^(Mapa|Map)$/,
  list: /^(Lista|List)$/,
  table: /^(Tabela|Table)$/,
} as const;
export type ExplorerView = keyof typeof VIEW_NAMES;
/** The map's layers that the specs look at, by the pane (and canvas) each draws in. */
export const MAP_LAYER_PANES = {
  'practice territory': '.leaflet-practice-territory-pane',
  'practice links': '.leaflet-practice-links-pane',
  'practice markers': '.leaflet-practice-markers-pane',
  'practice partners': '.leaflet-practice-partners-pane',
} as const;
/** The tooltip that names a partner drawn round the open practice's leading unit. */
export const PARTNER_TOOLTIP = '.partner-marker-tooltip';
export type MapLayer = keyof typeof MAP_LAYER_PANES;
export type Language = 'pl' | 'en';

// The embed (issue 10): the embed mode's bar, the builder, the phone toolbar's menu.
export const APP_HEADER = '.app-header';
export const TOOLBAR = '.toolbar';
export const FULL_MAP_LINK_NAME = /^(Otwórz pełną mapę|Open the full map)(\s|$)/;
export const EMBED_BUTTON_NAME = /^(Osadź mapę|Embed map)$/;
export const TOOLBAR_MORE_NAME = /^(Udostępnij i pobierz|Share and download)$/;
export const EMBED_HEIGHT_NAME = /^(Wysokość|Height)/;
export const EMBED_CODE_NAME = /^(Kod do wklejenia|Code to paste)/;
export const EMBED_COPY_NAME = /^(Kopiuj kod|Copy the code)$/;
export const EMBED_DIALOG_NAME = /^(Osadź mapę na swojej stronie|Embed the map on your site)$/;
