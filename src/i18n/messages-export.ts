// The catalogue's part for the exported files, the practices table and the print map: loaded
// with them (lazy chunks), never at first load. Same rules as messages-pl.ts / messages-en.ts:
// Polish is the default and the type checker makes English carry every key.
import type { Language } from './languages';
import { translatorOver, type TranslateOver } from './translate';

const pl = {
  'tableMode.label': 'Co pokazuje tabela',
  'tableMode.units': 'Liczby według jednostek',
  'tableMode.practices': 'Lista praktyk',
  'export.csv': 'Pobierz CSV',
  'export.geojson': 'Pobierz GeoJSON',
  'export.polygons': 'GeoJSON z obszarami (wielokąty)',
  'export.working': 'Przygotowuję plik…',
  'export.done': 'Pobrano plik {file}: {practices}',
  'export.failed': 'Nie udało się przygotować pliku.',
  'export.sourceKind.bdp': 'Baza Dobrych Praktyk',
  'export.sourceKind.other': 'inne źródło',
  'export.column.id': 'Identyfikator',
  'export.column.title': 'Tytuł',
  'export.column.type': 'Typ praktyki',
  'export.column.typeCode': 'Kod typu',
  'export.column.form': 'Forma współpracy',
  'export.column.formCode': 'Kod formy',
  'export.column.year': 'Rok rozpoczęcia',
  'export.column.leader': 'Jednostka wiodąca',
  'export.column.leaderTerc': 'TERC jednostki wiodącej',
  'export.column.voivodeships': 'Województwa',
  'export.column.members': 'Jednostki obszaru',
  'export.column.memberTerc': 'TERC jednostek obszaru',
  'export.column.partners': 'Partnerzy według sektorów',
  'export.column.partners.jst': 'Partnerzy: samorządy (JST)',
  'export.column.partners.public': 'Partnerzy: instytucje publiczne',
  'export.column.partners.ngo': 'Partnerzy: organizacje pozarządowe',
  'export.column.partners.business': 'Partnerzy: biznes',
  'export.column.partners.science': 'Partnerzy: nauka',
  'export.column.implementer': 'Podmiot realizujący',
  'export.column.sources': 'Źródła',
  'export.column.link': 'Link do praktyki',
  'export.column.viewLink': 'Link do widoku',
  'export.column.dataset': 'Zbiór danych',
  'export.dataset': 'Mapa Praktyk, wersja {version} ({practices}), licencja: {licence}',
  'practicesTable.heading': 'Praktyki',
  'practicesTable.caption': 'Pasujące praktyki; przyciski w nagłówkach kolumn sortują',
  'practicesTable.hint':
    'Ta tabela to podgląd pliku CSV: pobrany plik ma te same wiersze w tej samej kolejności.',
  'practicesTable.order': 'Kolejność: {order}',
  'practicesTable.orderLink': 'jak na liście ({sort})',
  'practicesTable.orderColumn': '{column}, {direction}',
  'practicesTable.ascending': 'rosnąco',
  'practicesTable.descending': 'malejąco',
  'practicesTable.sortBy': 'Sortuj według kolumny {column}',
  'practicesTable.more': 'Pokaż kolejne {page} (pozostało {count})',
  'practicesTable.unknownYear': 'brak',
  'print.map': 'Obszar praktyki na mapie Polski',
} as const;

export type ExportMessageKey = keyof typeof pl;

const en: Record<ExportMessageKey, string> = {
  'tableMode.label': 'What the table shows',
  'tableMode.units': 'Counts by unit',
  'tableMode.practices': 'List of practices',
  'export.csv': 'Download CSV',
  'export.geojson': 'Download GeoJSON',
  'export.polygons': 'GeoJSON with areas (polygons)',
  'export.working': 'Preparing the file…',
  'export.done': 'Downloaded {file}: {practices}',
  'export.failed': 'The file could not be prepared.',
  'export.sourceKind.bdp': 'Baza Dobrych Praktyk',
  'export.sourceKind.other': 'other source',
  'export.column.id': 'Id',
  'export.column.title': 'Title',
  'export.column.type': 'Type of practice',
  'export.column.typeCode': 'Type code',
  'export.column.form': 'Form of cooperation',
  'export.column.formCode': 'Form code',
  'export.column.year': 'Year started',
  'export.column.leader': 'Leading unit',
  'export.column.leaderTerc': 'Leading unit TERC',
  'export.column.voivodeships': 'Voivodeships',
  'export.column.members': 'Units of the area',
  'export.column.memberTerc': 'TERC of the units of the area',
  'export.column.partners': 'Partners by sector',
  'export.column.partners.jst': 'Partners: local governments',
  'export.column.partners.public': 'Partners: public institutions',
  'export.column.partners.ngo': 'Partners: NGOs',
  'export.column.partners.business': 'Partners: business',
  'export.column.partners.science': 'Partners: science',
  'export.column.implementer': 'Implementing body',
  'export.column.sources': 'Sources',
  'export.column.link': 'Link to the practice',
  'export.column.viewLink': 'Link to the view',
  'export.column.dataset': 'Dataset',
  'export.dataset': 'Mapa Praktyk, version {version} ({practices}), licence: {licence}',
  'practicesTable.heading': 'Practices',
  'practicesTable.caption': 'Matching practices; the buttons in the column headers sort',
  'practicesTable.hint':
    'This table previews the CSV file: the downloaded file has the same rows in the same order.',
  'practicesTable.order': 'Order: {order}',
  'practicesTable.orderLink': 'as in the list ({sort})',
  'practicesTable.orderColumn': '{column}, {direction}',
  'practicesTable.ascending': 'ascending',
  'practicesTable.descending': 'descending',
  'practicesTable.sortBy': 'Sort by the column {column}',
  'practicesTable.more': 'Show the next {page} ({count} left)',
  'practicesTable.unknownYear': 'unknown',
  'print.map': "The practice's area on a map of Poland",
};

export const EXPORT_CATALOGUES: Record<Language, Record<ExportMessageKey, string>> = { pl, en };

/** As Translate, over this part of the catalogue. */
export type ExportTranslate = TranslateOver<typeof pl>;

export function createExportTranslate(language: Language): ExportTranslate {
  return translatorOver<typeof pl>(EXPORT_CATALOGUES[language]);
}
