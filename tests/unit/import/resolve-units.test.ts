import { describe, expect, it } from 'vitest';
import { indexGazetteer } from '../../../geodata/import/unit-name-index';
import {
  resolveUnits,
  type RecordPlaces,
  type UnitQuery,
} from '../../../geodata/import/resolve-units';
import type { MemberKind } from '../../../geodata/import/source-record';
import { fixtureGazetteer } from './fixtures';

const index = indexGazetteer(fixtureGazetteer());
const nowhere: RecordPlaces = { voivodeships: [], powiats: [] };

function resolveOne(name: string, kind: MemberKind | null = 'gmina', places = nowhere) {
  const [result] = resolveUnits(index, [{ name, kind }], places);
  return result;
}

function codes(queries: UnitQuery[], places = nowhere) {
  return resolveUnits(index, queries, places).map((result) => result.terc ?? result.status);
}

describe('name forms', () => {
  it.each([
    ['Gmina Miejska Kościerzyna', 'gmina', '2206011'],
    ['Miasto Kościerzyna', 'gmina', '2206011'],
    ['Gmina Miasto Kościerzyna', 'gmina', '2206011'],
    ['Kościerzyna (miasto)', 'gmina', '2206011'],
    ['Kościerzyna (gmina wiejska)', 'gmina', '2206042'],
    ['Gmina wiejska Kościerzyna', 'gmina', '2206042'],
    ['Kamienna Góra (miasto)', 'gmina', '0207011'],
    ['Kamienna Góra (gmina wiejska)', 'gmina', '0207022'],
    ['Nowa Ruda (gmina wiejska)', 'gmina', '0208112'],
    ['Miasto Nowa Ruda', 'gmina', '0208041'],
    ['Miasto i Gmina Skawina', 'gmina', '1206113'],
    ['Gmina i Miasto Skawina', 'gmina', '1206113'],
    ['Gmina Miasta Gdańska', 'miasto na prawach powiatu', '2261011'],
    ['Gmina Miasto Szczecin', 'miasto na prawach powiatu', '3262011'],
    ['Gmina - Miasto Szczecin', 'miasto na prawach powiatu', '3262011'],
    ['Gmina Miejska w Chodzieży', 'gmina', '3001011'],
    ['Powiat Kościerski', 'powiat', '2206'],
    ['Powiat Krakowski', 'powiat', '1206'],
    ['Starostwo Powiatowe w Nowym Dworze Mazowieckim', 'powiat', '1414'],
    ['Województwo Małopolskie', 'województwo', '12'],
    ['Urząd Marszałkowski Województwa Małopolskiego', 'województwo', '12'],
    ['Skawina', 'gmina', '1206113'],
  ] as const)('%s → %s', (name, kind, terc) => {
    expect(resolveOne(name, kind)).toMatchObject({ status: 'resolved', terc });
  });

  it('ignores case, diacritics and hyphen/space variants', () => {
    expect(resolveOne('GMINA MIEJSKA KOŚCIERZYNA')).toMatchObject({ terc: '2206011', rules: [] });
    expect(resolveOne('Gmina Miejska Koscierzyna')).toMatchObject({
      terc: '2206011',
      rules: ['diacritics'],
    });
    expect(resolveOne('Miasto Świeradów Zdrój')).toMatchObject({
      terc: '0210021',
      rules: ['spelling-variant'],
    });
    expect(resolveOne('Miasto Świeradów-Zdrój')).toMatchObject({ terc: '0210021', rules: [] });
  });

  it('reads the genitive and locative forms as a rule', () => {
    expect(resolveOne('Gmina Miasta Radomia', 'miasto na prawach powiatu')).toMatchObject({
      terc: '1463011',
      rules: ['inflected'],
    });
  });

  it('finds the powiat seated in a city with powiat rights (not the city itself)', () => {
    expect(resolveOne('Starostwo Powiatowe w Radomiu', 'powiat')).toMatchObject({
      terc: '1425',
      rules: ['inflected', 'seat-of-powiat'],
    });
    expect(resolveOne('Powiat Radomski (Starostwo Powiatowe w Radomiu)', 'powiat')).toMatchObject({
      terc: '1425',
    });
  });
});

describe('a city with powiat rights is drawn as its gmina', () => {
  it.each(['Gmina Miejska Kraków', 'Miasto Kraków', 'Kraków', 'Miasto Kraków na prawach powiatu'])(
    '%s → 1261011',
    (name) => {
      expect(resolveOne(name, 'miasto na prawach powiatu')).toMatchObject({ terc: '1261011' });
    },
  );
});

describe('both Kościerzyna', () => {
  it('`Gmina Kościerzyna` alone is the rural gmina; a bare name is the town', () => {
    expect(resolveOne('Gmina Kościerzyna')).toMatchObject({
      terc: '2206042',
      rules: ['gmina-x-is-rural'],
    });
    expect(resolveOne('Kościerzyna')).toMatchObject({
      terc: '2206011',
      rules: ['bare-name-is-town'],
    });
  });

  it('the other members settle it: a code already named is not named twice', () => {
    const [urban, rural] = resolveUnits(
      index,
      [
        { name: 'Gmina Miejska Kościerzyna', kind: 'gmina' },
        { name: 'Gmina Kościerzyna', kind: 'gmina' },
      ],
      nowhere,
    );
    expect(urban).toMatchObject({ terc: '2206011', rules: [] });
    expect(rural).toMatchObject({ terc: '2206042', rules: ['other-members-exclusion'] });
    // the explicit rural form frees `Gmina Mińsk Mazowiecki` to be the town
    expect(
      codes([
        { name: 'Gmina Mińsk Mazowiecki', kind: 'gmina' },
        { name: 'Gmina wiejska Mińsk Mazowiecki', kind: 'gmina' },
      ]),
    ).toEqual(['1412011', '1412112']);
  });

  it('also for a city with powiat rights and the rural gmina around it', () => {
    expect(resolveOne('Gmina Zamość')).toMatchObject({ terc: '0620142' });
    expect(resolveOne('Zamość', null)).toMatchObject({ terc: '0664011' });
  });
});

describe('both powiat nowodworski', () => {
  it('is ambiguous without context, with both candidates', () => {
    const result = resolveOne('Powiat Nowodworski', 'powiat');
    expect(result?.status).toBe('ambiguous');
    expect(result?.candidates).toEqual([
      '1414 nowodworski (powiat, mazowieckie)',
      '2210 nowodworski (powiat, pomorskie)',
    ]);
  });

  it('takes the record voivodeship or powiat', () => {
    expect(
      resolveOne('Powiat Nowodworski', 'powiat', { voivodeships: ['14'], powiats: [] }),
    ).toMatchObject({ terc: '1414', rules: ['record-voivodeship'] });
    expect(
      resolveOne('Powiat Nowodworski', 'powiat', { voivodeships: [], powiats: ['2210'] }),
    ).toMatchObject({ terc: '2210', rules: ['record-powiat'] });
  });

  it('takes the voivodeship of the other members', () => {
    expect(
      codes([
        { name: 'Powiat Nowodworski', kind: 'powiat' },
        { name: 'Gmina Nowy Dwór Gdański', kind: 'gmina' },
      ]),
    ).toEqual(['2210', '2210023']);
    expect(
      codes([
        { name: 'Gmina Nasielsk', kind: 'gmina' },
        { name: 'Powiat Nowodworski', kind: 'powiat' },
      ]),
    ).toEqual(['1414043', '1414']);
  });
});

describe('Stargard (Stargard Szczeciński until 2016)', () => {
  it.each([
    ['Miasto Stargard Szczeciński', '3214011'],
    ['Gmina Miasto Stargard Szczeciński', '3214011'],
    ['Miasto Stargard (Szczeciński)', '3214011'],
    ['Gmina wiejska Stargard Szczeciński', '3214102'],
    ['Stargard', '3214011'],
  ])('%s → %s', (name, terc) => {
    const result = resolveOne(name);
    expect(result).toMatchObject({ status: 'resolved', terc });
  });

  it('names the rename in the rules and notes', () => {
    const result = resolveOne('Miasto Stargard Szczeciński');
    expect(result?.rules).toContain('historic-name');
    expect(result?.notes.join(' ')).toMatch(/2016/);
  });

  it('the town and the rural gmina in one record', () => {
    expect(
      codes([
        { name: 'Miasto Stargard (Szczeciński)', kind: 'gmina' },
        { name: 'Gmina Stargard (Szczeciński)', kind: 'gmina' },
      ]),
    ).toEqual(['3214011', '3214102']);
  });
});

describe('choosing among same-named units', () => {
  it('uses the powiat most of the other members share (Dobra near Police)', () => {
    expect(
      codes(
        [
          { name: 'Gmina Police', kind: 'gmina' },
          { name: 'Gmina Dobra', kind: 'gmina' },
        ],
        { voivodeships: ['32'], powiats: [] },
      ),
    ).toEqual(['3211043', '3211012']);
  });

  it('finds the register spelling with the adjective in parentheses', () => {
    expect(resolveOne('Gmina Dobra (Szczecińska)')).toMatchObject({ terc: '3211012', rules: [] });
    expect(resolveOne('Dobra Szczecińska')).toMatchObject({ terc: '3211012' });
  });

  it('uses the voivodeship of the other members', () => {
    // Zakrzew: powiat lubelski and powiat radomski
    const [, zakrzew] = resolveUnits(
      index,
      [
        { name: 'Gmina Radom', kind: 'miasto na prawach powiatu' },
        { name: 'Gmina Zakrzew', kind: 'gmina' },
      ],
      nowhere,
    );
    expect(zakrzew).toMatchObject({ terc: '1425132', rules: ['members-voivodeship'] });
  });

  it('uses the nearest powiat when it is clearly nearer, then the type preference', () => {
    // Świdnica: town and rural gmina in dolnośląskie, a rural gmina in lubuskie; Brzeg is opolskie
    const queries = (name: string): UnitQuery[] => [
      { name: 'Gmina Brzeg', kind: 'gmina' },
      { name, kind: 'gmina' },
    ];
    expect(resolveUnits(index, queries('Świdnica'), nowhere)[1]).toMatchObject({
      terc: '0219011',
      rules: ['nearest-to-members', 'bare-name-is-town'],
    });
    expect(resolveUnits(index, queries('Gmina Świdnica'), nowhere)[1]).toMatchObject({
      terc: '0219072',
      rules: ['nearest-to-members', 'gmina-x-is-rural'],
    });
  });

  it('relaxes a type word the register does not confirm, with a note', () => {
    const result = resolveOne('Miasto i Gmina Kaczory');
    expect(result).toMatchObject({ terc: '3019032', rules: ['type-relaxed'] });
    expect(result?.notes[0]).toMatch(/gmina wiejska/);
  });

  it('says why a name is not found', () => {
    expect(resolveOne('Gmina Atlantyda')).toMatchObject({
      status: 'unresolved',
      reason: 'no gmina named "Atlantyda" in the gazetteer',
    });
  });
});
