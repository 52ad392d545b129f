import { describe, expect, it } from 'vitest';
import { parseWebsites, splitPostalCode } from '../../../geodata/import/implementer';

describe('the implementer’s contact data', () => {
  it('splits a postal code from its town', () => {
    expect(splitPostalCode('32-050 Skawina')).toEqual({ postalCode: '32-050', town: 'Skawina' });
    expect(splitPostalCode('32-050')).toEqual({ postalCode: '32-050' });
    expect(splitPostalCode(null)).toEqual({});
  });

  it('keeps only http(s) websites, adding https:// to bare hosts', () => {
    const notes: string[] = [];
    expect(
      parseWebsites('www.a.pl  http://b.pl javascript:alert(1) https://c.pl/x', notes),
    ).toEqual(['https://www.a.pl', 'http://b.pl', 'https://c.pl/x']);
    expect(notes).toHaveLength(1);
  });
});
