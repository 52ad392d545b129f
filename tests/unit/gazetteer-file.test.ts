import { describe, expect, test } from 'vitest';
import { decodeGazetteer, encodeGazetteer } from '../../src/data/gazetteer-file';
import { gazetteerSchema, type Unit } from '../../src/data/schemas';
import { recordIdOnPath } from '../../src/data/data-load-error';
import { loadFixtureGazetteer } from './explorer/fixtures';

describe('gazetteer.json in columns', () => {
  test('decoding the encoded file gives the same units back', () => {
    const gazetteer = loadFixtureGazetteer();
    const file = encodeGazetteer(gazetteer);
    expect(gazetteerSchema.parse(file)).toEqual(file);
    expect(decodeGazetteer(file)).toEqual(gazetteer);
  });

  test('level, parents, gmina type and powiat rights come from the code', () => {
    const file = encodeGazetteer({ units: [] });
    const units = decodeGazetteer({
      ...file,
      terc: ['12', '1261', '1261011', '1206113'],
      name: ['małopolskie', 'Kraków', 'Kraków', 'Skawina'],
      label: Array.from({ length: 4 }, () => [19.9, 50] as [number, number]),
      bbox: Array.from({ length: 4 }, () => [19, 49, 21, 50] as [number, number, number, number]),
    }).units;
    expect(units.map(({ label: _l, bbox: _b, ...rest }) => rest)).toEqual([
      { terc: '12', name: 'małopolskie', level: 'voivodeship', cityWithPowiatRights: false },
      {
        terc: '1261',
        name: 'Kraków',
        level: 'powiat',
        cityWithPowiatRights: true,
        voivodeship: '12',
      },
      {
        terc: '1261011',
        name: 'Kraków',
        level: 'gmina',
        gminaType: 'urban',
        cityWithPowiatRights: true,
        powiat: '1261',
        voivodeship: '12',
      },
      {
        terc: '1206113',
        name: 'Skawina',
        level: 'gmina',
        gminaType: 'urban-rural',
        cityWithPowiatRights: false,
        powiat: '1206',
        voivodeship: '12',
      },
    ]);
  });

  test('a unit whose fields its code contradicts cannot be written, and is named', () => {
    const unit: Unit = {
      terc: '1206113',
      name: 'Skawina',
      level: 'gmina',
      gminaType: 'rural',
      cityWithPowiatRights: false,
      powiat: '1206',
      voivodeship: '12',
      label: [19.8, 49.97],
      bbox: [19.7, 49.9, 19.9, 50],
    };
    expect(() => encodeGazetteer({ units: [unit] })).toThrow(
      'gazetteer unit 1206113: gminaType is rural, its code says urban-rural',
    );
  });

  test('an error in a column names the unit of that row', () => {
    const file = { terc: ['12', '1206113'], name: ['małopolskie', ''] };
    expect(recordIdOnPath(file, ['name', 1])).toBe('1206113');
    expect(recordIdOnPath(file, ['terc', 1])).toBeUndefined();
  });
});
