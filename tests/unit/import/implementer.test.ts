import { describe, expect, it } from 'vitest';
import { implementerOf } from '../../../geodata/import/implementer';
import { parseSourceRecords } from '../../../geodata/import/source-record';

/** The implementer of one record with these contact fields. */
function implementer(fields: Record<string, string | null>, notes: string[] = []) {
  return implementerOf(parseSourceRecords([{ title: 'T', ...fields }], 'x.json'), 'T', notes);
}

describe('the implementer’s contact data', () => {
  it('splits a postal code from its town', () => {
    expect(implementer({ postal_code: '32-050 Skawina' })).toEqual({
      name: 'T',
      postalCode: '32-050',
      town: 'Skawina',
      websites: [],
    });
    expect(implementer({ postal_code: '32-050' })).toEqual({
      name: 'T',
      postalCode: '32-050',
      websites: [],
    });
    expect(implementer({ implementing_unit: 'Urząd', postal_code: null })).toEqual({
      name: 'Urząd',
      websites: [],
    });
  });

  it('keeps only http(s) websites, adding https:// to bare hosts', () => {
    const notes: string[] = [];
    expect(
      implementer({ website: 'www.a.pl  http://b.pl javascript:alert(1) https://c.pl/x' }, notes)
        ?.websites,
    ).toEqual(['https://www.a.pl', 'http://b.pl', 'https://c.pl/x']);
    expect(notes).toHaveLength(1);
  });
});
