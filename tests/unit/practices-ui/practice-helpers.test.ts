import { decodeGazetteer } from '../../../src/data/gazetteer-file';
import { describe, expect, test, vi } from 'vitest';
import {
  PLACEHOLDER_CORRECTIONS_EMAIL,
  readCorrectionsEmail,
} from '../../../src/config/corrections';
import { gazetteerSchema, practicesFileSchema, type Partner } from '../../../src/data/schemas';
import { filterPractices } from '../../../src/features/practices/engine/filter-practices';
import { buildPracticeIndex } from '../../../src/features/practices/engine/practice-index';
import {
  displayUrl,
  mailtoHref,
  practiceLink,
  safeHref,
} from '../../../src/features/practices/practice-links';
import {
  practicesOfUnit,
  unitChildren,
} from '../../../src/features/practices/table/practice-table-rows';
import {
  countPhrase,
  formatAddress,
  formatDate,
  partnersBrief,
  partnersBySector,
} from '../../../src/features/practices/practice-text';
import { practicesInBounds } from '../../../src/features/practices/engine/practices-in-bounds';
import { sortPractices } from '../../../src/features/practices/engine/sort-practices';
import { visibleRange } from '../../../src/components/ui/virtual-list';
import { createTranslate } from '../../../src/i18n/translate';
import { EMPTY_FILTERS } from '../../../src/stores/view-state';
import appGazetteer from '../../fixtures/app/gazetteer.json';
import fixture from '../../fixtures/practices-ui/practices.json';

const gazetteer = decodeGazetteer(gazetteerSchema.parse(appGazetteer));
const practices = practicesFileSchema.parse(fixture).practices;
const index = buildPracticeIndex(practices, gazetteer.units);
const pl = createTranslate('pl');

describe('safe links', () => {
  test('http(s) and mailto pass; everything else is dropped', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('  http://example.org ')).toBe('http://example.org/');
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      'java\u0000script:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example',
      '/relative',
      'https://',
      'https://exa mple.org',
      '',
      null,
      undefined,
    ]) {
      expect(safeHref(bad), String(bad)).toBeNull();
    }
  });

  test('display text drops the scheme and a trailing slash', () => {
    expect(displayUrl('https://www.gmina.example/projekty/')).toBe('www.gmina.example/projekty');
    expect(displayUrl('https://gmina.example/')).toBe('gmina.example');
    expect(displayUrl('mailto:a@example.org')).toBe('a@example.org');
  });

  test('a mailto cannot gain recipients or headers from the data', () => {
    const href = mailtoHref({
      to: 'x@example.org',
      subject: 'a&cc=evil@example.org',
      body: 'line\r\nBcc: evil@example.org',
    });
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect([...params.keys()]).toEqual(['subject', 'body']);
    expect(params.get('subject')).toBe('a&cc=evil@example.org');
  });

  test("a practice's own link is its page (and a non-default language)", () => {
    const location = { origin: 'https://mapa.example', pathname: '/app/' };
    expect(practiceLink(location, 'skawina-seniorzy', 'pl')).toBe(
      'https://mapa.example/app/praktyki/skawina-seniorzy/',
    );
    expect(practiceLink(location, 'skawina-seniorzy', 'en')).toBe(
      'https://mapa.example/app/praktyki/skawina-seniorzy/?lang=en',
    );
    // opened from another practice's page, or from the app's index.html: the same page
    const fromPage = { origin: 'https://mapa.example', pathname: '/praktyki/inna/' };
    expect(practiceLink(fromPage, 'skawina-seniorzy', 'pl')).toBe(
      'https://mapa.example/praktyki/skawina-seniorzy/',
    );
    const fromFile = { origin: 'https://mapa.example', pathname: '/mapa/index.html' };
    expect(practiceLink(fromFile, 'skawina-seniorzy', 'pl')).toBe(
      'https://mapa.example/mapa/praktyki/skawina-seniorzy/',
    );
  });
});

describe('the corrections address', () => {
  test('a placeholder on a reserved domain by default', () => {
    expect(readCorrectionsEmail({})).toBe(PLACEHOLDER_CORRECTIONS_EMAIL);
    expect(PLACEHOLDER_CORRECTIONS_EMAIL.endsWith('.example')).toBe(true);
  });

  test('VITE_CORRECTIONS_EMAIL when it is one address; anything else is refused with a warning', () => {
    expect(readCorrectionsEmail({ VITE_CORRECTIONS_EMAIL: ' kontakt@gmina.example ' })).toBe(
      'kontakt@gmina.example',
    );
    for (const bad of [
      'a@b.example,c@d.example',
      'a@b.example?cc=x@y.example',
      'nope',
      'a b@c.example',
    ]) {
      const warn = vi.fn();
      expect(readCorrectionsEmail({ VITE_CORRECTIONS_EMAIL: bad }, warn)).toBe(
        PLACEHOLDER_CORRECTIONS_EMAIL,
      );
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('VITE_CORRECTIONS_EMAIL ignored'));
    }
  });
});

describe('practice text', () => {
  const practice = (id: string) => {
    const found = practices.find((p) => p.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  test('partners in brief, by sector in a fixed order', () => {
    expect(partnersBrief(pl, 'pl', practice('koscierskie-partnerstwo'))).toBe(
      '5 partnerów: 3 JST, 1 NGO, 1 biznes',
    );
    expect(partnersBrief(pl, 'pl', practice('liszki-dialog'))).toBe('bez wymienionych partnerów');
    const many: Partner[] = [
      ...Array.from({ length: 14 }, (_, i) => ({ name: `G${i}`, sector: 'jst' as const })),
      { name: 'N', sector: 'ngo' },
      { name: 'B', sector: 'business' },
    ];
    expect(partnersBrief(pl, 'pl', { ...practice('liszki-dialog'), partners: many })).toBe(
      '16 partnerów: 14 JST, 1 NGO, 1 biznes',
    );
  });

  test('plural forms of counted nouns', () => {
    expect(countPhrase(pl, 'pl', 'count.partners', 1)).toBe('1 partner');
    expect(countPhrase(pl, 'pl', 'count.units', 3)).toBe('3 jednostki');
    expect(countPhrase(pl, 'pl', 'count.units', 12)).toBe('12 jednostek');
    expect(countPhrase(pl, 'pl', 'count.units', 10000)).toBe('10\u00a0000 jednostek');
    expect(countPhrase(createTranslate('en'), 'en', 'count.units', 1)).toBe('1 unit');
  });

  test('the leader first in its sector', () => {
    const groups = partnersBySector(practice('koscierskie-partnerstwo').partners);
    expect(groups.map(([sector]) => sector)).toEqual(['jst', 'ngo', 'business']);
    expect(groups[0]?.[1][0]?.name).toBe('Gmina Miejska Kościerzyna');
  });

  test('dates and addresses', () => {
    expect(formatDate('pl', '2020-03-01')).toBe('1 marca 2020');
    expect(formatDate('en', '2020-03-01')).toBe('March 1, 2020');
    expect(formatDate('pl', 'not a date')).toBe('not a date');
    expect(formatAddress({ name: 'x', town: 'Kościerzyna', websites: [] })).toBe('Kościerzyna');
  });
});

describe('only what is in the map view', () => {
  test("a practice is in view when its leader's label point is", () => {
    const all = sortPractices(index, filterPractices(index, EMPTY_FILTERS).matches, 'name');
    const ids = (order: Uint32Array) => Array.from(order, (p) => practices[p]?.id);
    expect(ids(practicesInBounds(index, all, [17.5, 53.9, 18.5, 54.3]))).toEqual([
      'koscierski-fundusz',
      'koscierskie-partnerstwo',
    ]);
    expect(practicesInBounds(index, all, [0, 0, 1, 1])).toHaveLength(0);
    expect(practicesInBounds(index, all, [14, 49, 24.5, 55])).toHaveLength(practices.length);
  });
});

describe('the table tree', () => {
  const u = (terc: string) => {
    const found = index.unitIndexByCode.get(terc);
    if (found === undefined) throw new Error(terc);
    return found;
  };
  const codes = (list: readonly number[]) => list.map((i) => index.units[i]?.terc);

  test('children one level down, in code order', () => {
    expect(codes(unitChildren(index, u('12')))).toEqual(['1206', '1261']);
    expect(codes(unitChildren(index, u('1206')))).toEqual(['1206072', '1206113']);
    expect(codes(unitChildren(index, u('1206072')))).toEqual([]);
  });

  test("a unit's practices are exactly as many as its count, for any filter", () => {
    for (const filters of [
      EMPTY_FILTERS,
      { ...EMPTY_FILTERS, type: ['social-services' as const] },
      { ...EMPTY_FILTERS, region: ['22'] },
      { ...EMPTY_FILTERS, q: 'Kraków' },
    ]) {
      const result = filterPractices(index, filters);
      index.units.forEach((_, i) => {
        expect(practicesOfUnit(index, i, result, 'relevance').length).toBe(result.unitCounts?.[i]);
      });
    }
  });
});

describe('virtual list window', () => {
  test('the rows in view plus overscan, clamped to the list', () => {
    expect(visibleRange(10000, 100, 0, 500, 5)).toEqual({ start: 0, end: 10 });
    expect(visibleRange(10000, 100, 5000, 500, 5)).toEqual({ start: 45, end: 60 });
    expect(visibleRange(10000, 100, 999_999, 500, 5)).toEqual({ start: 9990, end: 10000 });
    expect(visibleRange(0, 100, 0, 500, 5)).toEqual({ start: 0, end: 0 });
  });
});
