import { describe, expect, it } from 'vitest';
import { parseUnitName } from '../../../geodata/import/unit-names';

describe('parseUnitName', () => {
  it.each([
    ['Gmina Miejska Iława', 'Iława', 'gmina', ['urban', 'urban-rural'], 'Gmina Miejska X'],
    ['Miasto Iława', 'Iława', 'gmina', ['urban', 'urban-rural'], 'Miasto X'],
    ['Gmina Miasto Szczecin', 'Szczecin', 'gmina', ['urban', 'urban-rural'], 'Gmina Miejska X'],
    ['Gmina - Miasto Płock', 'Płock', 'gmina', ['urban', 'urban-rural'], 'Gmina Miejska X'],
    [
      'Gmina Miasta Gdańska',
      'Gdańska',
      'gmina',
      ['urban', 'urban-rural'],
      'Gmina Miasta X (genitive)',
    ],
    ['Miasto i Gmina Pleszew', 'Pleszew', 'gmina', ['urban-rural'], 'Miasto i Gmina X'],
    ['Gmina i Miasto Chęciny', 'Chęciny', 'gmina', ['urban-rural'], 'Miasto i Gmina X'],
    ['Gmina wiejska Bobrowice', 'Bobrowice', 'gmina', ['rural'], 'Gmina wiejska X'],
    ['Gmina miejsko-wiejska Czarne', 'Czarne', 'gmina', ['urban-rural'], 'Miasto i Gmina X'],
    ['Nowa Ruda (gmina wiejska)', 'Nowa Ruda', 'gmina', ['rural'], 'X (gmina wiejska)'],
    ['Kamienna Góra (miasto)', 'Kamienna Góra', 'gmina', ['urban', 'urban-rural'], 'X (miasto)'],
    ['Powiat Kościerski', 'Kościerski', 'powiat', null, 'Powiat X'],
    ['Województwo Pomorskie', 'Pomorskie', 'voivodeship', null, 'Województwo X'],
  ])('%s', (raw, name, level, gminaTypes, form) => {
    const parsed = parseUnitName(raw);
    expect(parsed.name).toBe(name);
    expect(parsed.level).toBe(level);
    expect(parsed.gminaTypes).toEqual(gminaTypes);
    expect(parsed.form).toBe(form);
  });

  it('keeps the hyphen of a name and reads the genitive and locative forms', () => {
    expect(parseUnitName('Gmina Sitkówka-Nowiny').name).toBe('Sitkówka-Nowiny');
    expect(parseUnitName('Starostwo Powiatowe w Radomiu')).toMatchObject({
      name: 'Radomiu',
      level: 'powiat',
      seatOfPowiat: true,
      inflected: true,
    });
    expect(parseUnitName('Urząd Marszałkowski Województwa Pomorskiego')).toMatchObject({
      name: 'Pomorskiego',
      level: 'voivodeship',
      inflected: true,
    });
    expect(parseUnitName('Miasto Kraków na prawach powiatu')).toMatchObject({
      level: 'gmina',
      cityWithPowiatRights: true,
    });
  });

  it('prefers the rural gmina for `Gmina X` and the town for a bare name', () => {
    expect(parseUnitName('Gmina Kościerzyna').prefer?.[0]).toBe('rural');
    expect(parseUnitName('Kościerzyna').prefer?.[0]).toBe('urban');
    expect(parseUnitName('Kościerzyna').level).toBeNull();
  });

  it('keeps a distinguishing adjective in parentheses as a spelling to try', () => {
    const parsed = parseUnitName('Miasto Stargard (Szczeciński)');
    expect(parsed.name).toBe('Stargard (Szczeciński)');
    expect(parsed.alternatives).toEqual(['Stargard Szczeciński', 'Stargard']);
    expect(parsed.gminaTypes).toEqual(['urban', 'urban-rural']);
  });
});
