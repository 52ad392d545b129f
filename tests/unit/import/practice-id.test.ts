import { describe, expect, it } from 'vitest';
import { slugify } from '../../../geodata/import/practice-id';

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
