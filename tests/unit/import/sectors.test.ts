import { describe, expect, it } from 'vitest';
import { classifySector, sectorFromName } from '../../../geodata/import/sectors';

describe('sectorFromName', () => {
  it.each([
    ['Stowarzyszenie Gmin Polskich Euroregionu Pomerania', 'ngo'],
    ['Fundacja Rozwoju Uniwersytetu Gdańskiego', 'ngo'],
    ['Beskidzkie Towarzystwo Turystyczne „Przełom Wisłoka”', 'ngo'],
    ['Lokalna Grupa Działania Dunajec-Biała', 'ngo'],
    ['LGD „Lider Pojezierza”', 'ngo'],
    ['Ochotnicza Straż Pożarna w Zaborowie', 'ngo'],
    ['Spółdzielnia Socjalna Wspólna Sprawa', 'ngo'],
    ['Związek Stowarzyszeń „Kraina Drwęcy i Pasłęki”', 'ngo'],
    ['Regionalna Izba Gospodarcza Pomorza', 'business'],
    ['Cech Przedsiębiorców i Pracodawców w Ostródzie', 'business'],
    ['Pętla Żuławska Sp. z o.o.', 'business'],
    ['Agencja Rozwoju Regionalnego „ARLEG” S.A.', 'business'],
    ['„TRAKO” Wierzbicki i wspólnicy s.j.', 'business'],
    ['IHK Neubrandenburg', 'business'],
    ['Uniwersytet Szczeciński', 'science'],
    ['Politechnika Gdańska', 'science'],
    ['Akademia Górniczo-Hutnicza', 'science'],
    ['Państwowa Wyższa Szkoła Zawodowa im. Witelona w Legnicy', 'science'],
    ['Mazowiecka Izba Rolnicza', 'public'],
    ['Powiatowy Urząd Pracy w Nowym Dworze Mazowieckim', 'public'],
    ['Miejski Ośrodek Pomocy Społecznej', 'public'],
    ['Regionalna Agencja Poszanowania Energii i Środowiska w Toruniu', 'public'],
    ['Słowiński Park Narodowy', 'public'],
    ['Nadleśnictwo Gdańsk (Lasy Państwowe)', 'public'],
    ['Komunalny Związek Celowy Gmin Pomorza Zachodniego Pomerania', 'public'],
    ['Wojewoda Lubuski (członek wspierający)', 'public'],
  ])('%s → %s', (name, sector) => {
    expect(sectorFromName(name)?.sector).toBe(sector);
  });

  it('says nothing when the name says nothing', () => {
    expect(sectorFromName('Kaszubski Instytut Rozwoju')).toBeNull();
    expect(sectorFromName('Centrum Społecznego Rozwoju')).toBeNull();
  });
});

describe('classifySector', () => {
  it('takes the sector from the kind', () => {
    expect(classifySector('Fundacja SocLab', 'ngo')).toEqual({ sector: 'ngo', rule: 'kind' });
    expect(classifySector('Straż Miejska', 'public-other')).toEqual({
      sector: 'public',
      rule: 'kind',
    });
  });

  it('keeps the kind and reports a name that contradicts it', () => {
    const decision = classifySector('Stowarzyszenie Przedsiębiorcy Kościerzyna', 'business');
    expect(decision.sector).toBe('business');
    expect(decision.conflict).toMatch(/"Stowarzyszenie" in the name says ngo/);
  });

  it('classifies an unknown kind by the name, or reports it', () => {
    expect(classifySector('Pętla Żuławska Sp. z o.o.', 'unknown')).toEqual({
      sector: 'business',
      rule: 'name: sp. z o.o.',
    });
    const unknown = classifySector('Sdružení Splav', 'unknown');
    expect(unknown).toMatchObject({ sector: 'public', rule: 'default' });
    expect(unknown.conflict).toBeDefined();
  });
});
