import { expect, test } from 'vitest';
import { EXPORT_CATALOGUES } from '../../../src/i18n/messages-export';

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("the export's part of the catalogue: English has the Polish keys and placeholders", () => {
  const { pl, en } = EXPORT_CATALOGUES;
  expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
  for (const key of Object.keys(pl) as (keyof typeof pl)[]) {
    expect(placeholders(en[key]), key).toEqual(placeholders(pl[key]));
    expect(pl[key].trim(), key).not.toBe('');
    expect(en[key].trim(), key).not.toBe('');
  }
});
