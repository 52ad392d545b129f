import { decodeGazetteer } from '../../../src/data/gazetteer-file';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { splitPracticeRecords } from '../../../src/data/practice-texts';
import { gazetteerSchema, practiceRecordSchema } from '../../../src/data/schemas';
import { filterPractices } from '../../../src/features/practices/engine/filter-practices';
import { buildPracticeIndex } from '../../../src/features/practices/engine/practice-index';
import { recordsToCsv, writeCsv } from '../../../src/features/practices/export/practice-csv';
import {
  RECORD_COLUMNS,
  practiceRecords,
  withSources,
} from '../../../src/features/practices/export/practice-records';
import { createExportTranslate } from '../../../src/i18n/messages-export';
import { createTranslate } from '../../../src/i18n/translate';
import { EMPTY_FILTERS } from '../../../src/stores/view-state';
import appGazetteer from '../../fixtures/app/gazetteer.json';
import fixture from '../../fixtures/practices-ui/practices.json';

/** Reads a CSV as Excel would under a Polish locale: `;` between fields, BOM dropped. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV for Polish Excel', () => {
  test('UTF-8 with a BOM, `;` between fields, every field quoted, CRLF line ends', () => {
    const text = writeCsv(['Tytuł', 'Rok'], [['Łódź', 2015]]);
    expect(text).toBe('\uFEFF"Tytuł";"Rok"\r\n"Łódź";"2015"\r\n');
  });

  test('hostile text survives as text: separators, quotes and line breaks stay inside a cell', () => {
    const hostile = [
      'a;b;c',
      'say "hello"',
      'line one\nline two',
      'carriage\r\nreturn',
      '"";"";',
      'trailing;',
    ];
    const rows = readCsv(
      writeCsv(
        ['value'],
        hostile.map((cell) => [cell]),
      ),
    );
    expect(rows.slice(1).map((row) => row)).toEqual(hostile.map((cell) => [cell]));
  });

  test.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])(
    'a cell starting a formula (%j) gets a leading apostrophe, so it is never evaluated',
    (cell) => {
      const rows = readCsv(writeCsv(['value'], [[cell]]));
      expect(rows[1]).toEqual([`'${cell}`]);
    },
  );

  test('ordinary text, numbers and empty cells are written as they are', () => {
    const rows = readCsv(writeCsv(['a', 'b', 'c', 'd'], [['Kraków', 2012, null, 'a-b=c']]));
    expect(rows[1]).toEqual(['Kraków', '2012', '', 'a-b=c']);
  });
});

describe('the records of what is shown', () => {
  const gazetteer = decodeGazetteer(gazetteerSchema.parse(appGazetteer));
  // the two files the build writes from the fixture's records
  const files = splitPracticeRecords(
    fixture.practices.map((record) => practiceRecordSchema.parse(record)),
  );
  const practices = files.practices.practices;
  const index = buildPracticeIndex(practices, gazetteer.units);
  const t = createTranslate('pl');
  const x = createExportTranslate('pl');
  const context = {
    index,
    t,
    language: 'pl' as const,
    location: { origin: 'https://mapa.example', pathname: '/' },
  };

  test('one CSV row per matching practice, in the shown order, with every column', () => {
    const result = filterPractices(index, { ...EMPTY_FILTERS, region: ['22'] });
    const records = withSources(practiceRecords(context, result, 'name', null), files.texts, x);
    expect(records.map((record) => record.id)).toEqual([
      'koscierski-fundusz',
      'koscierskie-partnerstwo',
    ]);
    const rows = readCsv(
      recordsToCsv(records, x, { viewLink: 'https://mapa.example/?region=22', dataset: 'x' }),
    );
    expect(rows).toHaveLength(1 + records.length);
    expect(rows[0]).toEqual([
      ...RECORD_COLUMNS.map((column) => x(column.label)),
      'Link do widoku',
      'Zbiór danych',
    ]);
    const header = rows[0] ?? [];
    const first = Object.fromEntries(header.map((name, i) => [name, rows[2]?.[i]]));
    expect(first['Identyfikator']).toBe('koscierskie-partnerstwo');
    expect(first['TERC jednostki wiodącej']).toBe('2206011');
    expect(first['TERC jednostek obszaru']).toBe('2206011 | 2206042 | 2206072');
    expect(first['Województwa']).toBe('pomorskie');
    expect(first['Link do praktyki']).toBe(
      'https://mapa.example/praktyki/koscierskie-partnerstwo/',
    );
    expect(first['Link do widoku']).toBe('https://mapa.example/?region=22');
    // the sources come from practice-texts.json
    expect(first['Źródła']).toContain('https://');
  });

  test('a practice the texts file has nothing for gets an empty sources cell', () => {
    const result = filterPractices(index, { ...EMPTY_FILTERS, region: ['22'] });
    const records = withSources(
      practiceRecords(context, result, 'name', null),
      { version: 1, texts: {} },
      x,
    );
    expect(records.map((record) => record.sources)).toEqual(['', '']);
  });

  test('a column order sorts the records; unknown years come last either way', () => {
    const result = filterPractices(index, EMPTY_FILTERS);
    const up = practiceRecords(context, result, 'relevance', {
      column: 'year',
      direction: 'ascending',
    });
    expect(up.map((record) => record.year)).toEqual([2010, 2012, 2015, 2018, 2021, null]);
    const down = practiceRecords(context, result, 'relevance', {
      column: 'year',
      direction: 'descending',
    });
    expect(down.map((record) => record.year)).toEqual([2021, 2018, 2015, 2012, 2010, null]);
  });
});
