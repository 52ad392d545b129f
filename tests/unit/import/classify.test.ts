import { describe, expect, it } from 'vitest';
import { classifyForm, classifyType, deriveTags } from '../../../geodata/import/classify';

const type = (
  title: string,
  jstCount = 1,
  summary = '',
  otherPartnerCount = 0,
  bdp: string | null = null,
) => classifyType({ bdpSection: bdp, title, summary, jstCount, otherPartnerCount });
const form = (title: string, jstCount = 1, summary = '', otherPartnerCount = 0) =>
  classifyForm({ title, summary, jstCount, otherPartnerCount });

describe('classifyType', () => {
  it('takes the BDP section when there is one', () => {
    expect(type('Cokolwiek', 1, '', 0, 'Współpraca między JST')).toEqual({
      value: 'inter-municipal-cooperation',
      rule: 'BDP section "Współpraca między JST"',
    });
    expect(type('Cokolwiek', 1, '', 0, 'Usługi społeczne').value).toBe('social-services');
  });

  it.each([
    ['Termomodernizacja trzech budynków szkolnych', 'energy-efficiency'],
    ['Klaster energii „Partnerska Energia”', 'energy-efficiency'],
    [
      'WiP – Współpraca i partycypacja NGO w przestrzeni Gminy Miejskiej Kraków',
      'jst-ngo-cooperation',
    ],
    ['Sołtysi jako element komunikacji z mieszkańcami', 'social-dialogue'],
    ['Koszaliński system oceny przedszkoli i szkół', 'social-services'],
    ['System segregacji odpadów komunalnych w Pruszkowie', 'technical-services'],
    ['Raport o stanie bezpieczeństwa ruchu drogowego', 'technical-services'],
    ['Centrum Usług Wspólnych w Gdańsku', 'institutional-development'],
  ])('%s → %s', (title, value) => {
    expect(type(title).value).toBe(value);
  });

  it('makes a partnership of local governments inter-municipal cooperation', () => {
    expect(type('Mikroregion Pogórze', 16)).toEqual({
      value: 'inter-municipal-cooperation',
      rule: 'two or more local governments',
    });
    expect(type('Euroregion Nysa', 0).value).toBe('inter-municipal-cooperation');
    // energy stays energy even when many do it
    expect(type('Klaster energii', 5).value).toBe('energy-efficiency');
  });
});

describe('classifyForm', () => {
  it.each([
    ['Związek Międzygminny „Natura”', 4, 'inter-municipal-union'],
    ['Związek Powiatowo-Gminny „PPL”', 4, 'inter-municipal-union'],
    ['Stowarzyszenie Metropolia Bydgoszcz', 2, 'local-government-association'],
    ['Stowarzyszenie LGD „Partnerstwo dla Ziemi Kujawskiej”', 6, 'local-action-group'],
    ['Partnerstwo gmin „Królewski Gościniec Podlasia” (Leader+)', 2, 'local-action-group'],
    ['Stowarzyszenie Gmin RP Euroregion „Sprewa-Nysa-Bóbr”', 10, 'euroregion'],
    ['Kielecki Obszar Funkcjonalny – Porozumienie ZIT KOF', 13, 'functional-area-partnership'],
    ['Miejski Obszar Funkcjonalny Suwałk (MOF)', 2, 'functional-area-partnership'],
    ['Kampania Promocyjna Żuław – umowa partnerska gmin', 6, 'inter-municipal-agreement'],
    ['Projekt współpracy „Trasą od Leśnego Kręgu”', 2, 'project-partnership'],
    ['Termomodernizacja szkół', 1, 'single-unit'],
    ['Zintegrowany Plan Rozwoju – Projekty edukacyjne muzeum', 1, 'single-unit'],
  ])('%s → %s', (title, jstCount, value) => {
    expect(form(title, jstCount).value).toBe(value);
  });

  it('reads an association named Związek from its summary', () => {
    expect(form('Związek Gmin Pomorskich', 1, 'Stowarzyszenie gmin wiejskich…')).toEqual({
      value: 'local-government-association',
      rule: 'związek in the title, stowarzyszenie in the summary',
    });
  });

  it('uses the summary for partnerships without keywords, ignoring negated words', () => {
    expect(form('Strategia dla gmin', 6, 'Sześć gmin podpisało porozumienie').value).toBe(
      'inter-municipal-agreement',
    );
    expect(
      form('Forum NORDA', 20, 'Nieformalne forum (nie stowarzyszenie ani związek) samorządów'),
    ).toEqual({
      value: 'inter-municipal-agreement',
      rule: 'two or more local governments, no keyword',
    });
  });

  it('tells a cross-sector partnership from one whose members are not listed', () => {
    expect(form('Partnerstwo lokalne na rzecz aktywizacji', 0, '', 9).value).toBe(
      'project-partnership',
    );
    expect(form('Partnerstwo Doliny Środkowej Odry', 0).value).toBe('inter-municipal-agreement');
  });
});

describe('deriveTags', () => {
  it('names topics as sorted slugs', () => {
    expect(deriveTags('Związek ZIT MOF Ełk', 'strategia i transport publiczny')).toEqual([
      'mof',
      'strategia',
      'transport',
      'zit',
    ]);
  });
});
