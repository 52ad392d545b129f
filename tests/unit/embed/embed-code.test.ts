import { describe, expect, test } from 'vitest';
import {
  EMBED_HEIGHT,
  embedIframeCode,
  embedTitle,
  escapeHtmlAttribute,
  parseEmbedHeight,
} from '../../../src/app/embed-code';
import { EMBED_CATALOGUES } from '../../../src/i18n/messages-embed';
import { canonicalHref } from '../../../src/stores/url-sync';

/** The attributes of the one element in `html`, as a browser's parser would read them. */
function attributesOf(html: string): Record<string, string> {
  const match = /^<iframe((?:\s+[a-z-]+="[^"]*")*)><\/iframe>$/.exec(html);
  if (!match) throw new Error(`not one iframe with quoted attributes: ${html}`);
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return Object.fromEntries(
    [...(match[1] ?? '').matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [
      name,
      decode(value ?? ''),
    ]),
  );
}

describe('the iframe code', () => {
  test('has the address, title, full width, the height and lazy loading', () => {
    const code = embedIframeCode({
      src: 'https://mapa.example/?region=22&embed=1#map=7/54.1/18.0',
      title: 'Mapa Praktyk: pomorskie',
      height: 480,
    });
    expect(attributesOf(code)).toEqual({
      src: 'https://mapa.example/?region=22&embed=1#map=7/54.1/18.0',
      title: 'Mapa Praktyk: pomorskie',
      width: '100%',
      height: '480',
      loading: 'lazy',
      style: 'border: 0',
    });
    expect(code).toContain('?region=22&amp;embed=1');
  });

  test('a hostile title (a typed search, names from data) stays text inside its attribute', () => {
    const hostile = `"><script>alert(1)</script><img src=x onerror='x'> & „Kościerzyna”`;
    const code = embedIframeCode({ src: 'https://mapa.example/', title: hostile, height: 300 });
    expect(code).not.toMatch(/<script|<img/);
    expect(code.match(/</g)).toHaveLength(2); // <iframe and </iframe
    expect(attributesOf(code).title).toBe(hostile);
  });

  test('the address from a link with a hostile search is encoded, and stays in its attribute', () => {
    const src = canonicalHref(
      { origin: 'https://mapa.example', pathname: '/', search: '?q="><b>x</b>', hash: '' },
      { embed: true, lang: 'en' },
    );
    const code = embedIframeCode({ src, title: 't', height: 300 });
    expect(attributesOf(code).src).toBe(src);
    expect(new URL(attributesOf(code).src ?? '').searchParams.get('q')).toBe('"><b>x</b>');
    expect(new URL(src).search).toMatch(/&lang=en&embed=1$/);
  });

  test('refuses an address that is not http(s) and a height that is not a whole positive number', () => {
    expect(() => embedIframeCode({ src: 'javascript:alert(1)', title: 't', height: 300 })).toThrow(
      /http/,
    );
    expect(() => embedIframeCode({ src: 'https://a.example/', title: 't', height: 0 })).toThrow();
    expect(() => embedIframeCode({ src: 'https://a.example/', title: 't', height: 2.5 })).toThrow();
  });

  test('escapeHtmlAttribute escapes the five characters that matter', () => {
    expect(escapeHtmlAttribute(`&"'<>a`)).toBe('&amp;&quot;&#39;&lt;&gt;a');
  });
});

describe('the title and the height', () => {
  test('the title names the map and the filters, or says there are none', () => {
    expect(
      embedTitle('Mapa Praktyk', ['pomorskie', 'Usługi społeczne'], 'wszystkie praktyki'),
    ).toBe('Mapa Praktyk: pomorskie, Usługi społeczne');
    expect(embedTitle('Mapa Praktyk', [], 'wszystkie praktyki')).toBe(
      'Mapa Praktyk: wszystkie praktyki',
    );
  });

  test('a height is a whole number of pixels within the limits, with or without px', () => {
    expect(parseEmbedHeight('500')).toBe(500);
    expect(parseEmbedHeight(' 640px ')).toBe(640);
    expect(parseEmbedHeight(String(EMBED_HEIGHT.min))).toBe(EMBED_HEIGHT.min);
    expect(parseEmbedHeight(String(EMBED_HEIGHT.max))).toBe(EMBED_HEIGHT.max);
    for (const bad of ['', 'abc', '12', '199', '2001', '50%', '-500', '5e2', '500.5', '1 000']) {
      expect(parseEmbedHeight(bad), bad).toBeNull();
    }
  });
});

test("the builder's part of the catalogue: English has the Polish keys and placeholders", () => {
  const placeholders = (message: string) =>
    [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const { pl, en } = EMBED_CATALOGUES;
  expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
  for (const key of Object.keys(pl) as (keyof typeof pl)[]) {
    expect(placeholders(en[key]), key).toEqual(placeholders(pl[key]));
  }
});
