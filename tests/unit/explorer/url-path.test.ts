import { describe, expect, test } from 'vitest';
import {
  appPathOf,
  parseLocation,
  practicePageOf,
  practicePagePathname,
} from '../../../src/stores/url-path';
import { canonicalHref } from '../../../src/stores/url-sync';
import { toSearchString } from '../../../src/stores/url-state';

const at = (pathname: string, search = '', base = '/') => parseLocation({ pathname, search }, base);

describe("a practice's page path ⇄ the view state", () => {
  test('the path names the practice, as ?practice= does', () => {
    expect(at('/praktyki/miasta-nauki/').state.practice).toBe('miasta-nauki');
    expect(at('/praktyki/miasta-nauki').state.practice).toBe('miasta-nauki');
    expect(at('/praktyki/miasta-nauki/index.html').state.practice).toBe('miasta-nauki');
    expect(toSearchString(at('/praktyki/miasta-nauki/', '?region=22&lang=en').state)).toBe(
      '?region=22&practice=miasta-nauki&lang=en',
    );
  });

  test('under a sub-path (Vite base) only that base counts', () => {
    expect(at('/mapa/praktyki/miasta-nauki/', '', '/mapa/').state.practice).toBe('miasta-nauki');
    expect(at('/praktyki/miasta-nauki/', '', '/mapa/').state.practice).toBeNull();
    expect(appPathOf('/mapa/praktyki/miasta-nauki/', '/mapa/')).toBe('/mapa/');
    expect(practicePagePathname('miasta-nauki', '/mapa/')).toBe('/mapa/praktyki/miasta-nauki/');
  });

  test("other paths are not a practice's page and are kept as they are", () => {
    for (const path of ['/', '/praktyki/', '/praktyki/a/b/', '/x/praktyki/a/', '/index.html']) {
      expect(practicePageOf(path, '/')).toBeNull();
      expect(appPathOf(path, '/')).toBe(path);
      expect(at(path).state.practice).toBeNull();
    }
  });

  test("the query's practice wins over the path's", () => {
    expect(at('/praktyki/a/', '?practice=b').state.practice).toBe('b');
  });

  test('a hostile path adds no keys and is refused by the query checks, by name', () => {
    const injected = at('/praktyki/x&region=22/');
    expect(injected.state.filters.region).toEqual([]);
    expect(injected.state.practice).toBeNull();
    expect(injected.ignored).toEqual([
      expect.objectContaining({ key: 'practice', reason: 'invalid-value' }),
    ]);
    const script = at('/praktyki/%3Cscript%3E/');
    expect(script.state.practice).toBeNull();
    expect(script.ignored.map((issue) => issue.key)).toEqual(['practice']);
    // a broken escape is refused, not thrown
    expect(at('/praktyki/%E0%A4%A/').state.practice).toBeNull();
  });

  test("the view's link from a practice's page is the canonical query form", () => {
    expect(
      canonicalHref({
        origin: 'https://mapa.example',
        pathname: '/praktyki/miasta-nauki/',
        search: '?lang=en',
        hash: '#map=9/54/18',
      }),
    ).toBe('https://mapa.example/?practice=miasta-nauki&lang=en#map=9/54/18');
  });
});
