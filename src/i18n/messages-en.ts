import type { Messages } from './messages-pl';

export const en: Messages = {
  'app.name': 'Mapa Praktyk',
  'app.tagline': 'How local governments in Poland work together',
  'app.skipToContent': 'Skip to main content',

  'language.label': 'Language',
  'language.pl': 'Polish',
  'language.en': 'English',

  'panel.label': 'Search and details',
  'panel.show': 'Show panel',
  'panel.hide': 'Hide panel',

  'map.label': 'Map of gminy, powiaty and voivodeships',
  'map.loading': 'Loading boundaries…',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.tilesUnavailable': 'The base map is unavailable; boundaries are still shown.',

  'places.search.label': 'Find a place',
  'places.search.placeholder': 'gmina, powiat, voivodeship',
  'places.search.loading': 'Loading the list of units…',
  'places.search.noResults': 'No matching units',
  'places.search.results': 'Results: {count}',
  'places.search.resultsTruncated': 'Results: {count}, showing the first {shown}',

  'unitInfo.heading': 'Unit',
  'unitInfo.empty':
    'Point at a gmina, powiat or voivodeship on the map, or search for one above, to see its details.',
  'unitInfo.type': 'Type',
  'unitInfo.powiat': 'Powiat (county)',
  'unitInfo.voivodeship': 'Voivodeship',
  'unitInfo.terc': 'TERC code',

  'unit.type.voivodeship': 'voivodeship',
  'unit.type.powiat': 'powiat (county)',
  'unit.type.cityWithPowiatRights': 'city with powiat rights',
  'unit.type.gmina': 'gmina (municipality)',
  'unit.type.gminaUrban': 'urban gmina',
  'unit.type.gminaRural': 'rural gmina',
  'unit.type.gminaUrbanRural': 'urban-rural gmina',
  // Official names stay in Polish.
  'unit.powiatName': 'powiat {name}',
  'unit.description': '{name} — {type}, {parent}',
  'unit.descriptionTopLevel': '{name} — {type}',

  'data.boundaries': 'boundaries',
  'data.gazetteer': 'list of units',
  'data.practices': 'practices',
  'dataError.heading': 'Could not load the {dataset}',
  'dataError.http': 'File {file}: the server answered {status}.',
  'dataError.network': 'File {file}: no connection to the server ({detail}).',
  'dataError.parse': 'File {file} is not valid JSON ({detail}).',
  'dataError.schema': 'File {file} has invalid content: {where}: {detail}.',
  'dataError.hint':
    'Try again. If you run the app yourself, build the data with npm run build:data.',
  'dataError.retry': 'Try again',
};
