import { describe, expect, it } from 'vitest';
import { COOPERATION_FORMS, PRACTICE_TYPES, SECTORS } from '../../../src/data/schemas';
import { MAX_PARAMS, type UrlIssue } from '../../../src/stores/url-issues';
import { formatMapView, parseMapHash } from '../../../src/stores/url-map-hash';
import {
  parseViewState,
  serializeViewState,
  validateViewState,
} from '../../../src/stores/url-state';
import { LANGUAGES } from '../../../src/i18n/languages';
import {
  DEFAULT_VIEW_STATE,
  LEADING_UNIT_TYPES,
  MAX_QUERY_LENGTH,
  MAX_REGIONS,
  PAGES,
  SORTS,
  VIEWS,
  type ViewState,
} from '../../../src/stores/view-state';
import { normalizeQueryText } from '../../../src/utils/search-text';
import { createRandom } from '../../bench/synthetic-practices';
import { defined } from './fixtures';

function withFilters(
  filters: Partial<ViewState['filters']>,
  rest: Partial<ViewState> = {},
): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...rest, filters: { ...DEFAULT_VIEW_STATE.filters, ...filters } };
}

// ---------------------------------------------------------------------------------------------
// Random canonical states for the round trip

const QUERY_ALPHABET = [
  ...'abcxyzĄąĆćĘęŁłŃńÓóŚśŹźŻż',
  ' ',
  ' ',
  '&',
  '=',
  ',',
  '+',
  '%',
  '#',
  '?',
  '/',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '😀',
  '中',
  'ß',
  '%20',
  '%zz',
  '<script>',
];

function randomState(random: () => number): ViewState {
  const int = (max: number) => Math.floor(random() * max);
  const subset = <T>(items: readonly T[]) => items.filter(() => random() < 0.25);
  const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
  // a powiat or gmina number: 01–99 (never 00)
  const part = () => String(1 + int(99)).padStart(2, '0');
  const region = Array.from({ length: int(6) }, () => {
    const voivodeship = String(2 + 2 * int(16)).padStart(2, '0');
    const level = int(3);
    return level === 0
      ? voivodeship
      : level === 1
        ? voivodeship + part()
        : voivodeship + part() + part() + String(1 + int(3));
  });
  const yearA = 1900 + int(201);
  const yearB = yearA + int(2100 - yearA + 1);
  const yearsKind = int(5);
  const years =
    yearsKind === 0
      ? null
      : yearsKind === 1
        ? { from: yearA, to: null }
        : yearsKind === 2
          ? { from: null, to: yearB }
          : yearsKind === 3
            ? { from: yearA, to: yearA }
            : { from: yearA, to: yearB };
  const rawQuery = Array.from(
    { length: int(30) },
    () => QUERY_ALPHABET[int(QUERY_ALPHABET.length)],
  ).join('');
  const practice =
    random() < 0.5 ? null : Array.from({ length: 1 + int(3) }, () => digits(2) + 'ab').join('-');
  return {
    filters: {
      region: [...new Set(region)].sort(),
      type: subset(PRACTICE_TYPES).sort(),
      form: subset(COOPERATION_FORMS).sort(),
      sector: subset(SECTORS).sort(),
      unit: subset(LEADING_UNIT_TYPES).sort(),
      years,
      undated: years !== null && random() < 0.5,
      covering: region.length > 0 && random() < 0.5,
      q: normalizeQueryText(rawQuery, MAX_QUERY_LENGTH),
    },
    place: random() < 0.3 ? (region[0] ?? null) : null,
    practice,
    view: VIEWS[int(VIEWS.length)] ?? 'map',
    sort: SORTS[int(SORTS.length)] ?? 'relevance',
    page: random() < 0.2 ? (PAGES[int(PAGES.length)] ?? null) : null,
    lang: LANGUAGES[int(LANGUAGES.length)] ?? 'pl',
    embed: random() < 0.3,
  };
}

describe('URL codec: round trip', () => {
  it('parse(serialize(state)) gives back the state, with nothing ignored, for 2,000 random states', () => {
    const random = createRandom(20240501);
    for (let i = 0; i < 2000; i += 1) {
      const state = randomState(random);
      const query = serializeViewState(state);
      const parsed = parseViewState(query);
      expect(parsed.ignored, query).toEqual([]);
      expect(parsed.state, query).toEqual(state);
      expect(serializeViewState(parsed.state)).toBe(query);
      expect(parseViewState(`?${query}`).state).toEqual(state);
    }
  });

  it('the default view is the empty query string', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    expect(parseViewState('?')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });
});

describe('URL codec: canonical form', () => {
  it('fixed key order, sorted and unique lists, defaults omitted', () => {
    const state = withFilters(
      {
        region: ['2206', '12', '2206', '02'],
        sector: ['science', 'ngo', 'jst'],
        type: ['social-services'],
        unit: ['rural', 'city'],
        form: ['single-unit', 'euroregion'],
        years: { from: 2010, to: 2015 },
        q: 'Kościerzyna & Lipusz',
      },
      { practice: 'koscierskie-partnerstwo', view: 'list', lang: 'en' },
    );
    expect(serializeViewState(state)).toBe(
      'region=02,12,2206&type=social-services&form=euroregion,single-unit&sector=jst,ngo,science' +
        '&unit=city,rural&years=2010-2015&q=Ko%C5%9Bcierzyna+%26+Lipusz' +
        '&practice=koscierskie-partnerstwo&view=list&lang=en',
    );
    expect(serializeViewState(withFilters({}, { view: 'map', lang: 'pl' }))).toBe('');
  });

  it('different spellings of one view give one link', () => {
    const spellings = [
      'region=2206,12&type=social-services&view=list',
      'view=list&type=social-services&region=12&region=2206',
      'region=12,2206,12,&type=SOCIAL-SERVICES&view=LIST',
      'region=%31%32,2206&type=social-services&view=list&utm_source=x',
      'region=+12+,2206&type=social-services&view=list&q=+++',
    ];
    const links = spellings.map((query) => serializeViewState(parseViewState(query).state));
    expect(new Set(links)).toEqual(new Set(['region=12,2206&type=social-services&view=list']));
  });

  it('embed: `embed=1` is the embed mode, written last; any other value is no embed', () => {
    const parsed = parseViewState('embed=1&region=22&lang=en');
    expect(parsed).toEqual({
      state: withFilters({ region: ['22'] }, { lang: 'en', embed: true }),
      ignored: [],
    });
    expect(serializeViewState(parsed.state)).toBe('region=22&lang=en&embed=1');
    for (const off of ['embed=0', 'embed=', 'embed']) {
      expect(parseViewState(off)).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    }
    const junk = parseViewState('embed=yes');
    expect(junk.state.embed).toBe(false);
    expect(junk.ignored).toEqual([{ key: 'embed', value: 'yes', reason: 'invalid-value' }]);
    expect(serializeViewState(junk.state)).toBe('');
  });

  it('years: a range, open ends and a single year', () => {
    const years = (value: string) => parseViewState(`years=${value}`).state.filters.years;
    expect(years('2010-2015')).toEqual({ from: 2010, to: 2015 });
    expect(years('2010-')).toEqual({ from: 2010, to: null });
    expect(years('-2015')).toEqual({ from: null, to: 2015 });
    expect(years('2012')).toEqual({ from: 2012, to: 2012 });
    expect(years('2010%E2%80%932015')).toEqual({ from: 2010, to: 2015 }); // en dash
    expect(serializeViewState(withFilters({ years: { from: 2012, to: 2012 } }))).toBe('years=2012');
    expect(serializeViewState(withFilters({ years: { from: null, to: 2015 } }))).toBe(
      'years=-2015',
    );
    expect(serializeViewState(withFilters({ years: { from: 2010, to: null } }))).toBe(
      'years=2010-',
    );
  });
});

describe('URL codec: the site pages (page)', () => {
  it('about and accessibility are read, written after sort and before lang', () => {
    expect(parseViewState('page=about').state.page).toBe('about');
    expect(parseViewState('page=ACCESSIBILITY').state.page).toBe('accessibility');
    expect(serializeViewState(withFilters({}, { page: 'about', sort: 'name', lang: 'en' }))).toBe(
      'sort=name&page=about&lang=en',
    );
    // the explorer's state stays in the link under a page, so "back to the map" restores it
    expect(serializeViewState(parseViewState('page=about&region=22&view=list').state)).toBe(
      'region=22&view=list&page=about',
    );
  });

  it('an unknown page is dropped and reported; a second one is reported as repeated', () => {
    const unknown = parseViewState('page=impressum&lang=en');
    expect(unknown.state.page).toBeNull();
    expect(unknown.ignored).toEqual([{ key: 'page', value: 'impressum', reason: 'invalid-value' }]);
    expect(serializeViewState(unknown.state)).toBe('lang=en');
    const twice = parseViewState('page=about&page=accessibility');
    expect(twice.state.page).toBe('about');
    expect(twice.ignored).toEqual([
      { key: 'page', value: 'accessibility', reason: 'repeated-key' },
    ]);
    expect(parseViewState('page=').ignored).toEqual([]);
  });
});

describe('URL codec: bad input', () => {
  const parse = (query: string) => parseViewState(query);
  const issue = (key: string, value: string, reason: UrlIssue['reason']): UrlIssue => ({
    key,
    value,
    reason,
  });

  it('unknown keys are ignored and reported, valid ones kept', () => {
    const { state, ignored } = parse('region=22&foo=bar&Region=14&__proto__=x&constructor=1');
    expect(state.filters.region).toEqual(['22']);
    expect(ignored).toEqual([
      issue('foo', 'bar', 'unknown-key'),
      issue('Region', '14', 'unknown-key'),
      issue('__proto__', 'x', 'unknown-key'),
      issue('constructor', '1', 'unknown-key'),
    ]);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('malformed codes and unknown slugs are dropped item by item', () => {
    const { state, ignored } = parse(
      'region=22,2206,220601,abc,00,2200,2206044,22060111&type=social-services,cooking&sector=ngo,NGO,pirates&view=globe&lang=de',
    );
    expect(state.filters.region).toEqual(['22', '2206']);
    expect(state.filters.type).toEqual(['social-services']);
    expect(state.filters.sector).toEqual(['ngo']);
    expect(state.view).toBe('map');
    expect(state.lang).toBe('pl');
    expect(ignored).toEqual([
      issue('region', '220601', 'invalid-value'),
      issue('region', 'abc', 'invalid-value'),
      issue('region', '00', 'invalid-value'),
      issue('region', '2200', 'invalid-value'),
      issue('region', '2206044', 'invalid-value'),
      issue('region', '22060111', 'invalid-value'),
      issue('type', 'cooking', 'invalid-value'),
      issue('sector', 'pirates', 'invalid-value'),
      issue('view', 'globe', 'invalid-value'),
      issue('lang', 'de', 'invalid-value'),
    ]);
  });

  it('bad year ranges are dropped; a reversed one is put in order and reported', () => {
    expect(parse('years=2015-2010')).toEqual({
      state: withFilters({ years: { from: 2010, to: 2015 } }),
      ignored: [issue('years', '2015-2010', 'reversed-range')],
    });
    for (const bad of [
      '-',
      '20x0-2015',
      '1800-1900',
      '2010-2200',
      '2010-2015-2020',
      '10-15',
      'abc',
    ]) {
      const { state, ignored } = parse(`years=${bad}`);
      expect(state.filters.years, bad).toBeNull();
      expect(ignored, bad).toEqual([issue('years', bad, 'invalid-value')]);
    }
  });

  it('garbage %-encoding is reported, never thrown', () => {
    const { state, ignored } = parse('q=%E0%A4%A&region=%zz&%ZZ=1&type=social-services&view=%');
    expect(state.filters.type).toEqual(['social-services']);
    expect(state.filters.q).toBe('');
    expect(ignored).toEqual([
      issue('%ZZ', '1', 'malformed-encoding'),
      issue('q', '%E0%A4%A', 'malformed-encoding'),
      issue('region', '%zz', 'malformed-encoding'),
      issue('view', '%', 'malformed-encoding'),
    ]);
  });

  it('repeated keys: lists merge, single values keep the first valid one', () => {
    const { state, ignored } = parse(
      'type=social-services&type=energy-efficiency,social-services&view=list&view=table&q=one&q=two&years=2010-2012&years=2013&practice=a&practice=b&lang=xx&lang=en',
    );
    expect(state.filters.type).toEqual(['energy-efficiency', 'social-services']);
    expect(state.view).toBe('list');
    expect(state.filters.q).toBe('one');
    expect(state.filters.years).toEqual({ from: 2010, to: 2012 });
    expect(state.practice).toBe('a');
    expect(state.lang).toBe('en');
    expect(ignored).toEqual([
      issue('view', 'table', 'repeated-key'),
      issue('q', 'two', 'repeated-key'),
      issue('years', '2013', 'repeated-key'),
      issue('practice', 'b', 'repeated-key'),
      issue('lang', 'xx', 'invalid-value'),
    ]);
  });

  it('huge values: q is cut, other values dropped, and quotes in the report stay short', () => {
    const longQuery = 'ą'.repeat(100_000);
    const parsed = parse(`q=${encodeURIComponent(longQuery)}&region=${'2'.repeat(100_000)}`);
    expect(Array.from(parsed.state.filters.q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.state.filters.region).toEqual([]);
    expect(parsed.ignored.map((entry) => [entry.key, entry.reason])).toEqual([
      ['region', 'too-long'],
      ['q', 'truncated'],
    ]);
    for (const entry of parsed.ignored)
      expect(Array.from(entry.value).length).toBeLessThanOrEqual(81);
  });

  it('too many regions and too many parameters are cut and reported', () => {
    const codes = Array.from(
      { length: MAX_REGIONS + 5 },
      (_, i) => `22${String(i + 1).padStart(2, '0')}`,
    );
    const tooMany = parse(`region=${codes.join(',')}`);
    expect(tooMany.state.filters.region).toHaveLength(MAX_REGIONS);
    expect(tooMany.ignored).toEqual([
      issue('region', codes.slice(MAX_REGIONS).join(','), 'too-many-values'),
    ]);
    const params = Array.from({ length: MAX_PARAMS + 7 }, () => 'region=22').join('&');
    expect(parse(params).ignored).toEqual([issue('', '7', 'too-many-params')]);
  });

  it('script tags and other markup are text in q and invalid everywhere else', () => {
    const { state, ignored } = parse(
      `q=${encodeURIComponent('<script>alert(1)</script>')}&practice=${encodeURIComponent('<script>x</script>')}&type=%3Cimg%20src%3Dx%3E`,
    );
    expect(state.filters.q).toBe('<script>alert(1)</script>');
    expect(state.practice).toBeNull();
    expect(ignored).toEqual([
      issue('practice', '<script>x</script>', 'invalid-value'),
      issue('type', '<img src=x>', 'invalid-value'),
    ]);
    // serialized, the markup is percent-encoded
    expect(serializeViewState(state)).toBe('q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  });

  it('control and bidi characters are removed from q, whitespace collapsed', () => {
    const { state } = parse(`q=${encodeURIComponent('  a\u0000b\u202Ec\u200B\n\td  ')}`);
    expect(state.filters.q).toBe('a b c d');
  });

  it('empty values are no filter, and are not reported', () => {
    expect(parse('region=&type=&years=&q=&practice=&view=&lang=&&')).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [],
    });
  });
});

describe('URL codec: validation against loaded data', () => {
  it('drops region codes not in the gazetteer and an unknown practice, reporting each', () => {
    const state = parseViewState('region=22,2206,9901&practice=nope&type=social-services').state;
    const known = { regionCodes: new Set(['22', '2206']), practiceIds: new Set(['miasta-nauki']) };
    const { state: valid, ignored } = validateViewState(state, known);
    expect(valid.filters.region).toEqual(['22', '2206']);
    expect(valid.practice).toBeNull();
    expect(valid.filters.type).toEqual(['social-services']);
    expect(ignored).toEqual([
      { key: 'region', value: '9901', reason: 'unknown-region' },
      { key: 'practice', value: 'nope', reason: 'unknown-practice' },
    ]);
    const clean = {
      ...state,
      filters: { ...state.filters, region: ['22'] },
      practice: 'miasta-nauki',
    };
    expect(validateViewState(clean, known)).toEqual({ state: clean, ignored: [] });
  });
});

describe('map hash', () => {
  it('round trip and canonical numbers', () => {
    const { view, ignored } = parseMapHash('#map=9/54.123456789/18.1');
    expect(ignored).toEqual([]);
    expect(view).toEqual({ zoom: 9, lat: 54.12346, lng: 18.1 });
    expect(formatMapView(defined(view))).toBe('map=9/54.1235/18.1000');
    expect(parseMapHash(formatMapView({ zoom: 6.5, lat: 52, lng: 19 })).view).toEqual({
      zoom: 6.5,
      lat: 52,
      lng: 19,
    });
  });

  it('clamps to sane ranges and reports it', () => {
    const { view, ignored } = parseMapHash('map=30/-91/500');
    expect(view).toEqual({ zoom: 18, lat: 47.5, lng: 26.5 });
    expect(ignored).toEqual([{ key: 'map', value: '30/-91/500', reason: 'out-of-range' }]);
  });

  it('rejects garbage, reports unknown entries, ignores an empty hash', () => {
    expect(parseMapHash('')).toEqual({ view: null, ignored: [] });
    expect(parseMapHash('#')).toEqual({ view: null, ignored: [] });
    for (const bad of ['9/54', '9/54/18/1', 'a/b/c', '9/54/1e3', '9//18', '<script>/1/2']) {
      expect(parseMapHash(`#map=${bad}`), bad).toEqual({
        view: null,
        ignored: [{ key: 'map', value: bad, reason: 'invalid-value' }],
      });
    }
    expect(parseMapHash('#map=9/54/18&map=5/50/20&x=1').ignored).toEqual([
      { key: 'map', value: '5/50/20', reason: 'repeated-key' },
      { key: 'x', value: '1', reason: 'unknown-key' },
    ]);
  });
});
