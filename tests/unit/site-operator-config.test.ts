import { describe, expect, test } from 'vitest';
import { readSiteOperator } from '../../src/config/site-operator';

function read(env: Record<string, string>) {
  const warnings: string[] = [];
  const operator = readSiteOperator(env, (message) => warnings.push(message));
  return { operator, warnings };
}

describe("the site operator's configuration", () => {
  test('nothing set: every value is a placeholder naming its variable, without warnings', () => {
    const { operator, warnings } = read({});
    expect(warnings).toEqual([]);
    expect(operator.name).toEqual({ set: false, variable: 'VITE_OPERATOR_NAME' });
    expect(operator.email).toEqual({ set: false, variable: 'VITE_OPERATOR_EMAIL' });
    expect(operator.statementPrepared).toEqual({ set: false, variable: 'VITE_STATEMENT_PREPARED' });
    expect(Object.values(operator).every((value) => !value.set)).toBe(true);
  });

  test('set values are kept, on one line and trimmed', () => {
    const { operator, warnings } = read({
      VITE_OPERATOR_NAME: '  Związek Miast Polskich\n',
      VITE_OPERATOR_ADDRESS: 'ul. Robocza 42,\n  61-517 Poznań',
      VITE_OPERATOR_EMAIL: 'dostepnosc@zmp.poznan.pl',
      VITE_OPERATOR_PHONE: '+48 61 633 50 50',
      VITE_SITE_URL: 'https://mapa.example.pl/',
      VITE_SITE_PUBLISHED: '2026-12-01',
    });
    expect(warnings).toEqual([]);
    expect(operator.name).toEqual({ set: true, value: 'Związek Miast Polskich' });
    expect(operator.address).toEqual({ set: true, value: 'ul. Robocza 42, 61-517 Poznań' });
    expect(operator.email).toEqual({ set: true, value: 'dostepnosc@zmp.poznan.pl' });
    expect(operator.phone).toEqual({ set: true, value: '+48 61 633 50 50' });
    expect(operator.siteUrl).toEqual({ set: true, value: 'https://mapa.example.pl/' });
    expect(operator.published).toEqual({ set: true, value: '2026-12-01' });
  });

  test.each([
    ['VITE_OPERATOR_EMAIL', 'a@b.pl, c@d.pl', 'a single e-mail address'],
    ['VITE_OPERATOR_EMAIL', 'x@y.pl?bcc=z@w.pl', 'a single e-mail address'],
    ['VITE_OPERATOR_EMAIL', 'nobody', 'a single e-mail address'],
    ['VITE_OPERATOR_PHONE', 'call us', 'a phone number'],
    ['VITE_SITE_URL', 'javascript:alert(1)', 'not an absolute http(s) URL'],
    ['VITE_SITE_PUBLISHED', '2026-02-30', 'a date YYYY-MM-DD'],
    ['VITE_STATEMENT_REVIEWED', '1.12.2026', 'a date YYYY-MM-DD'],
    ['VITE_OPERATOR_NAME', 'x'.repeat(501), 'text of at most 500'],
  ])(
    '%s=%j is refused with a warning naming it, and the placeholder stays',
    (variable, raw, what) => {
      const { operator, warnings } = read({ [variable]: raw });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(variable);
      expect(warnings[0]).toContain(what);
      const value = Object.values(operator).find((v) => !v.set && v.variable === variable);
      expect(value).toEqual({ set: false, variable });
    },
  );
});
