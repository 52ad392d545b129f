import { describe, expect, it } from 'vitest';
import { foldedKey, inflectedMatchScore, nameKey, slugify } from '../../../geodata/import/text';

describe('name keys', () => {
  it('treat case, hyphens, dashes, quotes and spaces alike, keeping diacritics', () => {
    expect(nameKey('Świeradów-Zdrój')).toBe(nameKey('ŚWIERADÓW  Zdrój'));
    expect(nameKey('„Dolina Redy”')).toBe('dolina redy');
    expect(nameKey('Łask')).not.toBe(nameKey('Lask'));
    expect(foldedKey('Łask')).toBe(foldedKey('Lask'));
    expect(foldedKey('Żółć')).toBe('zolc');
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

describe('slugify', () => {
  it('transliterates Polish letters and trims to a sensible length at a word', () => {
    expect(slugify('Związek Gmin Zagłębia Miedziowego (ZGZM)')).toBe(
      'zwiazek-gmin-zaglebia-miedziowego-zgzm',
    );
    const long = slugify(
      'Podkrakowski obszar funkcjonalny Blisko Krakowa, - „od kasy do współpracy” – historia',
    );
    expect(long).toBe('podkrakowski-obszar-funkcjonalny-blisko-krakowa-od-kasy');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(slugify('Mapa w Gdańsku i w')).toBe('mapa-w-gdansku');
  });
});
