import Papa from 'papaparse';
import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith } from './driver';

afterAll(closeBrowser);

/** The rows of a CSV as Polish Excel reads it: BOM, `;` between fields, a header row. */
function readCsv(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    delimiter: ';',
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test('the CSV of a link to pomorskie holds exactly the practices shown, row for row, in order', async () => {
  const app = await openWith({ region: '22' });
  const count = await app.resultCount();
  const shown = await app.resultIds();
  expect(shown).toHaveLength(count);

  const file = await app.exportFile('CSV');
  expect(file.fileName).toMatch(/^mapa-praktyk-pomorskie-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = readCsv(file.text);
  expect(rows.map((row) => row['Identyfikator'])).toEqual(shown);
  const first = rows[0] ?? {};
  expect(first['Link do praktyki']).toMatch(/\/praktyki\/[a-z0-9-]+\/$/);
  expect(first['Link do widoku']).toMatch(/\?region=22$/);
  expect(first['Zbiór danych']).toMatch(/licencja/);
  expect(rows.every((row) => /(^|\|\s)22\d*/.test(row['TERC jednostek obszaru'] ?? ''))).toBe(true);
  // the sources come from practice-texts.json, which the export loads: every row names one
  expect(rows.every((row) => (row['Źródła'] ?? '') !== '')).toBe(true);
  expect(app.problems()).toEqual([]);
});

test('the GeoJSON export parses, has one feature per shown practice and says where it came from', async () => {
  const app = await openWith({ region: '22' });
  const count = await app.resultCount();

  const points = await app.exportFile('GeoJSON');
  expect(points.fileName).toMatch(/^mapa-praktyk-pomorskie-\d{4}-\d{2}-\d{2}\.geojson$/);
  const collection = JSON.parse(points.text) as GeoJSON.FeatureCollection & {
    metadata: { link: string; count: number; dataset: { licence: string } };
  };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.features).toHaveLength(count);
  expect(collection.metadata.count).toBe(count);
  expect(collection.metadata.link).toMatch(/\?region=22$/);
  expect(collection.features.every((feature) => feature.geometry?.type === 'Point')).toBe(true);

  const areas = JSON.parse(
    (await app.exportFile('GeoJSON', { polygons: true })).text,
  ) as GeoJSON.FeatureCollection;
  expect(areas.features).toHaveLength(count);
  expect(areas.features.map((feature) => feature.geometry?.type)).toContain('MultiPolygon');
  expect(app.problems()).toEqual([]);
});
