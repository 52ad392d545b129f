import { describe, expect, it } from 'vitest';
import { uniqueId } from '../../../geodata/import/practice-id';

const slugify = (title: string) => uniqueId(title, new Set());

describe('practice ids', () => {
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

  it('are made unique in the order they are taken', () => {
    const taken = new Set<string>();
    expect(['Mapa', 'Mapa', 'Mapa', '„…”'].map((title) => uniqueId(title, taken))).toEqual([
      'mapa',
      'mapa-2',
      'mapa-3',
      'praktyka',
    ]);
  });
});
