import Papa from 'papaparse';
import { afterAll, expect, test } from 'vitest';
import { closeBrowser, describeViolations, openWith } from './driver';

afterAll(closeBrowser);

const YEAR = 'Rok rozpoczęcia';

test('the practices table sorts by year with its column header, and the CSV follows it', async () => {
  const app = await openWith({ region: '22' });
  const count = await app.resultCount();
  await app.showPracticesTable();
  expect(await app.practicesTableIds()).toHaveLength(count);
  expect(await app.practicesTableSort()).toBeNull();

  await app.sortPracticesTableBy(YEAR);
  expect(await app.practicesTableSort()).toEqual({ column: YEAR, direction: 'ascending' });
  const up = await app.practicesTableColumn(YEAR);
  const known = up.filter((year) => /^\d{4}$/.test(year)).map(Number);
  expect(known.length).toBeGreaterThan(1);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  // practices without a known year come last
  expect(up.slice(known.length).every((year) => !/^\d{4}$/.test(year))).toBe(true);

  await app.sortPracticesTableBy(YEAR);
  expect(await app.practicesTableSort()).toEqual({ column: YEAR, direction: 'descending' });
  const down = (await app.practicesTableColumn(YEAR))
    .filter((year) => /^\d{4}$/.test(year))
    .map(Number);
  expect(down).toEqual([...known].sort((a, b) => b - a));

  const violations = await app.accessibilityViolations();
  expect(violations, describeViolations(violations)).toEqual([]);

  // what the table shows is what the file holds
  const shown = await app.practicesTableIds();
  const file = await app.exportFile('CSV');
  const rows = Papa.parse<Record<string, string>>(file.text.slice(1), {
    delimiter: ';',
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((row) => row['Identyfikator'])).toEqual(shown);
  expect(app.problems()).toEqual([]);
});
