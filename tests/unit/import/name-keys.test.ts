import { describe, expect, it } from 'vitest';
import { foldedNameKey, inflectedMatchScore, nameKey } from '../../../geodata/import/name-keys';

describe('name keys', () => {
  it('treat case, hyphens, dashes, quotes and spaces alike, keeping diacritics', () => {
    expect(nameKey('Świeradów-Zdrój')).toBe(nameKey('ŚWIERADÓW  Zdrój'));
    expect(nameKey('„Dolina Redy”')).toBe('dolina redy');
    expect(nameKey('Łask')).not.toBe(nameKey('Lask'));
    expect(foldedNameKey('Łask')).toBe(foldedNameKey('Lask'));
    expect(foldedNameKey('Żółć')).toBe('zolc');
  });

  it('match inflected forms to the name', () => {
    expect(inflectedMatchScore('Gdańska', 'Gdańsk')).toBe(1);
    expect(inflectedMatchScore('Nowym Dworze Mazowieckim', 'Nowy Dwór Mazowiecki')).toBe(1);
    expect(inflectedMatchScore('Ostródzie', 'Ostróda')).toBeGreaterThan(0);
    expect(inflectedMatchScore('Radomiu', 'Radom')).toBeGreaterThan(
      inflectedMatchScore('Radomiu', 'Radomin'),
    );
    expect(inflectedMatchScore('Gdańska', 'Gdynia')).toBe(0);
  });
});
