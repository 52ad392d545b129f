// Property-based tests of the link codec (issue 11), with fast-check: whatever a link holds,
// reading it never throws; what the app writes back reads again the same and without a notice;
// and every valid view survives a round trip through its link.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import {
  MAP_VIEW_LIMITS,
  canonicalMapHash,
  cleanMapHash,
  formatMapView,
  parseMapHash,
} from '../../../src/stores/url-map-hash';
import { parseViewState, serializeViewState } from '../../../src/stores/url-state';
import { canonicalHref } from '../../../src/stores/url-sync';
import {
  FILTER_VOCABULARIES,
  MAX_QUERY_LENGTH,
  MAX_REGIONS,
  MAX_YEAR,
  MIN_YEAR,
  PAGES,
  SORTS,
  VIEWS,
  sortedUnique,
  type ViewState,
} from '../../../src/stores/view-state';
import { normalizeQueryText } from '../../../src/utils/search-text';

const RUNS = { numRuns: 500 };

// ---------------------------------------------------------------------------------------------
// Links as a hostile sender writes them: the format's keys and values, garbage, %-escapes.

const KEYS = [
  'region',
  'type',
  'form',
  'sector',
  'unit',
  'years',
  'undated',
  'covering',
  'q',
  'practice',
  'view',
  'sort',
  'page',
  'lang',
  'embed',
  'map',
  'Region',
  '__proto__',
  'constructor',
  '',
  'foo',
];
const FRAGMENTS = [
  '22',
  '2206',
  '2206011',
  '00',
  '99',
  'abc',
  'energy-efficiency',
  'ngo',
  'city',
  '2010-2015',
  '2015-2010',
  '-2015',
  '2010-',
  '1',
  '0',
  'list',
  'table',
  'newest',
  'about',
  'accessibility',
  'en',
  'pl',
  '%',
  '%E0%A4%A',
  '%zz',
  '%20',
  '+',
  ',',
  '/',
  '6/52/19',
  '6/52/-999',
  '30/95/400',
  '<script>',
  'javascript:',
  '\u0000',
  '\u202e',
  '\ud800',
  'Kościerzyna',
  ' ',
];
const token = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const value = fc.array(token, { maxLength: 4 }).map((parts) => parts.join(''));
const pair = fc
  .tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), fc.boolean(), value)
  .map(([key, hasValue, text]) => (hasValue ? `${key}=${text}` : key));
/** A query string or hash, as anyone could write one. */
const linkPart = fc.oneof(
  fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join('&')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const withPrefix = (prefix: string) =>
  fc.tuple(fc.boolean(), linkPart).map(([has, text]) => (has ? `${prefix}${text}` : text));

// ---------------------------------------------------------------------------------------------
// Valid view states.

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((ds) => ds.join(''));
const nonZero2 = digits(2).filter((d) => d !== '00');
const terc = fc.oneof(
  nonZero2,
  fc.tuple(nonZero2, nonZero2).map(([a, b]) => a + b),
  fc
    .tuple(nonZero2, nonZero2, nonZero2, fc.constantFrom('1', '2', '3'))
    .map(([a, b, c, d]) => a + b + c + d),
);
const subset = <T extends string>(values: readonly T[]) =>
  fc.subarray([...values]).map((items) => sortedUnique(items));
const year = fc.integer({ min: MIN_YEAR, max: MAX_YEAR });
const years = fc.oneof(
  fc.constant(null),
  fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
  year.map((from) => ({ from, to: null })),
  year.map((to) => ({ from: null, to })),
);
const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 6 })
  .map((words) => words.join('-'));

const validState: fc.Arbitrary<ViewState> = fc
  .record({
    region: fc.uniqueArray(terc, { maxLength: MAX_REGIONS }).map((codes) => sortedUnique(codes)),
    type: subset(FILTER_VOCABULARIES.type),
    form: subset(FILTER_VOCABULARIES.form),
    sector: subset(FILTER_VOCABULARIES.sector),
    unit: subset(FILTER_VOCABULARIES.unit),
    years,
    undated: fc.boolean(),
    covering: fc.boolean(),
    q: fc
      .oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 50 }))
      .map((text) => normalizeQueryText(text, MAX_QUERY_LENGTH)),
    place: fc.option(terc, { nil: null }),
    practice: fc.option(slug, { nil: null }),
    view: fc.constantFrom(...VIEWS),
    sort: fc.constantFrom(...SORTS),
    page: fc.option(fc.constantFrom(...PAGES), { nil: null }),
    lang: fc.constantFrom(...LANGUAGES),
    embed: fc.boolean(),
  })
  .map(({ place, practice, view, sort, page, lang, embed, ...filters }) => ({
    filters: {
      ...filters,
      // each flag means something only beside its filter
      undated: filters.undated && filters.years !== null,
      covering: filters.covering && filters.region.length > 0,
    },
    place,
    practice,
    view,
    sort,
    page,
    lang,
    embed,
  }));

// ---------------------------------------------------------------------------------------------

describe('the query string', () => {
  test('for any input, parsing never throws', () => {
    fc.assert(
      fc.property(withPrefix('?'), (search) => {
        parseViewState(search);
      }),
      RUNS,
    );
  });

  test('what was parsed, written and parsed again, is the same and reports nothing ignored', () => {
    fc.assert(
      fc.property(withPrefix('?'), (search) => {
        const first = parseViewState(search);
        const written = serializeViewState(first.state);
        const again = parseViewState(written);
        expect(again.ignored).toEqual([]);
        expect(again.state).toEqual(first.state);
        expect(serializeViewState(again.state)).toBe(written);
      }),
      RUNS,
    );
  });

  test('for any valid state, parse(serialise(state)) equals it, with nothing ignored', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseViewState(serializeViewState(state));
        expect(parsed.ignored).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      RUNS,
    );
  });
});

describe('the map view in the hash', () => {
  test('for any input, parsing never throws', () => {
    fc.assert(
      fc.property(withPrefix('#'), (hash) => {
        parseMapHash(hash);
        canonicalMapHash(hash);
        cleanMapHash(hash);
      }),
      RUNS,
    );
  });

  test('the hash written back is its map entry alone, read again the same and without a notice', () => {
    fc.assert(
      fc.property(withPrefix('#'), (hash) => {
        for (const written of [canonicalMapHash(hash), cleanMapHash(hash)]) {
          expect(written).toMatch(/^(#map=[^&]*)?$/);
          const again = parseMapHash(written);
          expect(again.ignored).toEqual([]);
          expect(again.view).toEqual(parseMapHash(hash).view === null ? null : again.view);
          expect(canonicalMapHash(written)).toBe(canonicalMapHash(hash));
        }
      }),
      RUNS,
    );
  });

  // any view a map could report: far outside Poland, fractional zooms, -0
  const anyView = fc.record({
    zoom: fc.double({ min: 0, max: 22, noNaN: true }),
    lat: fc.double({ min: -85, max: 85, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
  });

  test('the view the map writes is a fixed point: reopened without a notice, written the same', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        const written = `#${formatMapView(view)}`;
        const read = parseMapHash(written);
        expect(read.ignored).toEqual([]);
        if (read.view === null) throw new Error(`${written} was not read`);
        expect(`#${formatMapView(read.view)}`).toBe(written);
        const L = MAP_VIEW_LIMITS;
        expect(read.view.lng).toBeGreaterThanOrEqual(L.west);
        expect(read.view.lng).toBeLessThanOrEqual(L.east);
      }),
      RUNS,
    );
  });

  test('for any view within the limits, parse(format(view)) equals it to the written precision', () => {
    const L = MAP_VIEW_LIMITS;
    const within = fc.record({
      zoom: fc.integer({ min: L.minZoom, max: L.maxZoom }),
      lat: fc.integer({ min: L.south * 1e4, max: L.north * 1e4 }).map((n) => n / 1e4),
      lng: fc.integer({ min: L.west * 1e4, max: L.east * 1e4 }).map((n) => n / 1e4),
    });
    fc.assert(
      fc.property(within, (view) => {
        const read = parseMapHash(formatMapView(view));
        expect(read.ignored).toEqual([]);
        expect(read.view).toEqual(view);
      }),
      RUNS,
    );
  });
});

describe('the whole link', () => {
  test('the link to share is a fixed point: it reads without a notice and shares the same', () => {
    fc.assert(
      fc.property(withPrefix('?'), withPrefix('#'), (search, hash) => {
        const location = { origin: 'https://example.test', pathname: '/', search, hash };
        const link = canonicalHref(location);
        const url = new URL(link);
        expect(parseViewState(url.search).ignored).toEqual([]);
        expect(parseMapHash(url.hash).ignored).toEqual([]);
        const again = { ...location, search: url.search, hash: url.hash };
        expect(canonicalHref(again)).toBe(link);
      }),
      RUNS,
    );
  });
});
