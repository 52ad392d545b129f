// The export itself, loaded on the first press of an export button (with papaparse and
// topojson's merge): the records of what is shown, written as CSV or GeoJSON and downloaded.
import type { QueryClient } from '@tanstack/react-query';
import { DATA_LICENCE } from '../../../config/dataset';
import { datasetVersionOf } from '../../../data/dataset-version';
import { boundariesQueryOptions } from '../../../data/boundaries-query';
import { practiceTextsQueryOptions } from '../../../data/practice-texts-query';
import { formatUnitName } from '../../../data/unit-text';
import type { Language } from '../../../i18n/languages';
import { createExportTranslate } from '../../../i18n/messages-export';
import { formatPracticeCount } from '../../../i18n/plural';
import type { Translate } from '../../../i18n/translate';
import { toSearchString } from '../../../stores/url-state';
import type { ViewState } from '../../../stores/view-state';
import type { PracticeIndex } from '../engine/practice-index';
import type { PracticeResults } from '../use-practice-results';
import type { ColumnSort } from '../table/practices-table-store';
import { exportFileName } from './export-file-name';
import { recordsToCsv } from './practice-csv';
import { recordsToGeoJson, type ExportMetadata } from './practice-geojson';
import { practiceRecords, withSources } from './practice-records';

export type ExportFormat = 'csv' | 'geojson' | 'geojson-polygons';

export interface ExportRequest {
  format: ExportFormat;
  results: PracticeResults;
  view: ViewState;
  columnSort: ColumnSort | null;
  t: Translate;
  language: Language;
  queryClient: QueryClient;
}

const datasetVersions = new WeakMap<PracticeIndex, string>();

/** The dataset's version: the latest date a practice was added or updated. */
export function datasetVersion(index: PracticeIndex): string {
  let version = datasetVersions.get(index);
  if (version === undefined) {
    version = datasetVersionOf(index.practices);
    datasetVersions.set(index, version);
  }
  return version;
}

function download(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // after the browser has taken the file
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Writes and downloads the file; returns its name and number of practices. */
export async function exportPractices(request: ExportRequest) {
  const { format, results, view, columnSort, t, language, queryClient } = request;
  const { index, result } = results;
  const location = window.location;
  const x = createExportTranslate(language);
  // the sources are in practice-texts.json: loaded now unless a view already did
  const texts = await queryClient.fetchQuery(practiceTextsQueryOptions());
  const records = withSources(
    practiceRecords({ index, t, language, location }, result, view.sort, columnSort),
    texts,
    x,
  );
  const now = new Date();
  const regionNames = view.filters.region.map((code) => {
    const u = index.unitIndexByCode.get(code);
    const unit = u === undefined ? undefined : index.units[u];
    return unit ? formatUnitName(unit, t) : code;
  });
  const viewLink = `${location.origin}${location.pathname}${toSearchString({ ...view, practice: null })}`;
  const version = datasetVersion(index);
  if (format === 'csv') {
    const fileName = exportFileName(regionNames, now, 'csv');
    const dataset = x('export.dataset', {
      version,
      practices: formatPracticeCount(t, language, index.size),
      licence: DATA_LICENCE,
    });
    download(recordsToCsv(records, x, { viewLink, dataset }), 'text/csv;charset=utf-8', fileName);
    return { fileName, count: records.length };
  }
  const topology =
    format === 'geojson-polygons' ? await queryClient.fetchQuery(boundariesQueryOptions()) : null;
  const metadata: ExportMetadata = {
    title: t('app.name'),
    link: viewLink,
    exported: now.toISOString(),
    dataset: { version, practices: index.size, licence: DATA_LICENCE },
    count: records.length,
  };
  const fileName = exportFileName(regionNames, now, 'geojson');
  const collection = recordsToGeoJson(records, index, metadata, topology);
  download(JSON.stringify(collection), 'application/geo+json', fileName);
  return { fileName, count: records.length };
}
