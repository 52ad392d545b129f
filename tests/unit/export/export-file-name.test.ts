import { expect, test } from 'vitest';
import { exportFileName, slugify } from '../../../src/features/practices/export/export-file-name';
import { PLACEHOLDER_DATA_LICENCE, readDataLicence } from '../../../src/config/dataset';

const day = new Date(2026, 11, 6, 12);

test('the file is named after the view: its regions and the day', () => {
  expect(exportFileName(['pomorskie'], day, 'csv')).toBe('mapa-praktyk-pomorskie-2026-12-06.csv');
  expect(exportFileName([], day, 'geojson')).toBe('mapa-praktyk-2026-12-06.geojson');
  expect(exportFileName(['powiat łódzki wschodni', 'Kościerzyna'], day, 'csv')).toBe(
    'mapa-praktyk-powiat-lodzki-wschodni-koscierzyna-2026-12-06.csv',
  );
  expect(exportFileName(['a', 'b', 'c', 'd', 'e'], day, 'csv')).toBe(
    'mapa-praktyk-a-b-c-i-2-innych-2026-12-06.csv',
  );
});

test('names fold to safe ASCII: no path separators or dots survive', () => {
  expect(slugify('../../etc/passwd')).toBe('etc-passwd');
  expect(slugify('Żółć Łąka')).toBe('zolc-laka');
});

test('the licence comes from configuration, with an obvious placeholder until set', () => {
  expect(readDataLicence({})).toBe(PLACEHOLDER_DATA_LICENCE);
  expect(readDataLicence({ VITE_DATA_LICENCE: ' CC BY\n4.0 ' })).toBe('CC BY 4.0');
});
