// The naming forms of the second source file (CWD partnerships), resolved against the real
// register: every form the issue names, and the type a gmina gained after the 2020 register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexGazetteer, type GazetteerIndex } from '../../../geodata/import/unit-name-index';
import { resolveUnits, type UnitQuery } from '../../../geodata/import/resolve-units';
import { parseUnitName } from '../../../geodata/import/unit-names';
import { loadRealGazetteer } from './real-gazetteer';

let index: GazetteerIndex;
let dispose = () => {};

beforeAll(async () => {
  const real = await loadRealGazetteer();
  index = indexGazetteer(real.gazetteer);
  dispose = real.dispose;
}, 120_000);

afterAll(() => dispose());

function resolve(queries: UnitQuery[], voivodeships: string[] = [], powiats: string[] = []) {
  return resolveUnits(index, queries, { voivodeships, powiats });
}

describe('the forms of the second source', () => {
  it.each([
    ['gm. Huszlew', 'Huszlew', 'gm. X'],
    ['gm. Gmina Sterdyń', 'Sterdyń', 'Gmina X'],
    ['Urząd Gminy Czarna', 'Czarna', 'Urząd Gminy X'],
    ['Urząd Miasta i Gminy Ustrzyki Dolne', 'Ustrzyki Dolne', 'Urząd Miasta i Gminy X'],
    ['Urząd Miasta Sanoka', 'Sanoka', 'Urząd Miasta X (genitive)'],
    ['Gmina i Miasto Mirosławiec', 'Mirosławiec', 'Miasto i Gmina X'],
    ['Aleksandrów Kujawski (gmina miejska)', 'Aleksandrów Kujawski', 'X (gmina miejska)'],
    ['Gmina Miasta Toruń', 'Toruń', 'Gmina Miasta X (genitive)'],
  ])('parses %s', (raw, name, form) => {
    expect(parseUnitName(raw)).toMatchObject({ name, level: 'gmina', form });
  });

  it.each([
    ['gm. Huszlew', 'gmina', '1410012'],
    ['gm. Gmina Sterdyń', 'gmina', '1429092'],
    ['Gmina i Miasto Mirosławiec', 'gmina', '3217033'],
    ['Urząd Miasta i Gminy Lesko', 'gmina', '1821033'],
    ['Urząd Miasta Sanoka', 'gmina', '1817011'],
    ['Aleksandrów Kujawski (gmina miejska)', 'gmina', '0401011'],
    ['Aleksandrów Kujawski (gmina wiejska)', 'gmina', '0401042'],
    ['Gmina Miasta Toruń', 'miasto na prawach powiatu', '0463011'],
    ['Kobylin Borzymy', 'gmina', '2013052'],
  ] as const)('%s → %s', (name, kind, terc) => {
    expect(resolve([{ name, kind }])[0]).toMatchObject({ status: 'resolved', terc });
  });

  it('reads `Urząd Gminy Czarna` as the rural gmina, one of three Czarna, by the other members', () => {
    const [czarna] = resolve(
      [
        { name: 'Urząd Gminy Czarna', kind: 'gmina' },
        { name: 'Urząd Gminy Lutowiska', kind: 'gmina' },
        { name: 'Urząd Miasta i Gminy Ustrzyki Dolne', kind: 'gmina' },
      ],
      ['18'],
    );
    expect(czarna).toMatchObject({ status: 'resolved', terc: '1801032' });
  });

  it('writes `Kobylin Borzymy` as the register does, by a rule', () => {
    expect(resolve([{ name: 'Kobylin Borzymy', kind: 'gmina' }])[0]?.rules).toContain(
      'spelling-variant',
    );
  });

  it('reads a bare `Kolno` beside `Miasto Kolno` as the rural gmina around the town', () => {
    const results = resolve([
      { name: 'Miasto Kolno', kind: 'gmina' },
      { name: 'Kolno', kind: 'gmina' },
    ]);
    expect(results.map((r) => r.terc)).toEqual(['2006011', '2006032']);
    // alone, a bare name is the town
    expect(resolve([{ name: 'Kolno', kind: 'gmina' }], ['20'])[0]?.terc).toBe('2006011');
  });

  it('resolves a type gained after 2020 to the register unit, and says so', () => {
    const [klimontow] = resolve([{ name: 'Gmina miejsko-wiejska Klimontów', kind: 'gmina' }]);
    expect(klimontow).toMatchObject({ status: 'resolved', terc: '2609032' });
    expect(klimontow?.rules).toContain('type-relaxed');
    expect(klimontow?.notes?.join(' ')).toMatch(/state of 2020.*gmina wiejska/);
  });
});
