import { describe, expect, it } from 'vitest';
import {
  parseSourceCsv,
  parseSourceRecords,
  SourceFileError,
} from '../../../geodata/import/source-record';

const HEADER = [
  'source_url',
  'source_kind',
  'title',
  'summary_pl',
  'town',
  'voivodeship',
  'members',
  'leader',
  'year_started',
];

function csv(separator: string, lineEnd: string, rows: string[][]): string {
  return [HEADER, ...rows].map((row) => row.join(separator)).join(lineEnd) + lineEnd;
}

const ROW = [
  'https://dobrepraktyki.pl/index.php?art=471',
  'BDP',
  '"Kościerskie partnerstwo; ""od kasy do współpracy"""',
  '"Pierwsza linia,\r\ndruga linia"',
  'Kościerzyna',
  'pomorskie',
  '"Gmina Miejska Kościerzyna|gmina; Powiat Kościerski|powiat;\r\nStowarzyszenie X|ngo"',
  'Gmina Miejska Kościerzyna',
  '2012',
];

function expectRecord(content: string): void {
  const [record] = parseSourceCsv(content, 'test.csv');
  expect(record).toMatchObject({
    source_kind: 'BDP',
    title: 'Kościerskie partnerstwo; "od kasy do współpracy"',
    town: 'Kościerzyna',
    year_started: 2012,
    members: [
      { name: 'Gmina Miejska Kościerzyna', kind: 'gmina' },
      { name: 'Powiat Kościerski', kind: 'powiat' },
      { name: 'Stowarzyszenie X', kind: 'ngo' },
    ],
    // columns the CSV lacks are empty
    powiat: null,
    date_added: null,
  });
  expect(record?.summary_pl?.split(/\r?\n/)).toEqual(['Pierwsza linia,', 'druga linia']);
}

describe('CSV with the source columns', () => {
  it('reads `;` as the separator, with a BOM and Windows line ends', () => {
    expectRecord(`\uFEFF${csv(';', '\r\n', [ROW])}`);
  });

  it('reads `,` as the separator, with Unix line ends', () => {
    expectRecord(csv(',', '\n', [ROW]));
  });

  it('reads quoted fields with separators, quotes and line breaks, and skips empty lines', () => {
    const records = parseSourceCsv(csv(',', '\r\n', [ROW, [], ROW]), 'test.csv');
    expect(records).toHaveLength(2);
  });

  it('names the row and field of a bad record', () => {
    const bad = [...ROW];
    bad[6] = '"Gmina X|wieś"';
    bad[8] = 'dawno';
    expect(() => parseSourceCsv(csv(';', '\n', [ROW, bad]), 'test.csv')).toThrow(
      /record 2 \(Kościerskie partnerstwo; "od kasy do współpracy"\): members\.0\.kind[\s\S]*year_started: not a whole number/,
    );
  });

  it('rejects a file without a title column, naming the file on every problem line', () => {
    expect(() => parseSourceCsv('a;b\n1;2\n', 'test.csv')).toThrow(SourceFileError);
    try {
      parseSourceCsv('a;b\n1;2\n', 'test.csv');
    } catch (error) {
      const problems = (error as SourceFileError).problems;
      expect(problems.length).toBeGreaterThan(0);
      for (const line of problems) expect(line).toMatch(/^test\.csv: /);
    }
  });
});

describe('members cell', () => {
  it('splits on `;`, takes the kind after the last `|`', () => {
    const [record] = parseSourceCsv(
      csv(',', '\n', [['', 'other', 'T', '', '', '', '"A|gmina; B | C|ngo;; D"', '', '']]),
      'test.csv',
    );
    expect(record?.members).toEqual([
      { name: 'A', kind: 'gmina' },
      { name: 'B | C', kind: 'ngo' },
      { name: 'D', kind: 'unknown' },
    ]);
  });
});

describe('JSON records', () => {
  it('turn blank strings into null and default the kind', () => {
    const [record] = parseSourceRecords([{ title: ' T ', town: '  ', members: null }], 'x.json');
    expect(record).toMatchObject({ title: 'T', town: null, members: [], source_kind: 'other' });
  });

  it('name the record and field of every problem', () => {
    expect(() =>
      parseSourceRecords([{ title: '' }, { title: 'ok', population: 'x' }], 'x.json'),
    ).toThrow(/record 1: title: empty title[\s\S]*record 2 \(ok\): population/);
  });
});
