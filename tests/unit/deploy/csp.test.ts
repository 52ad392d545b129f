import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  headerPolicy,
  metaPolicy,
  parsePolicy,
  tileSource,
  tileSourceFromEnv,
} from '../../../deploy/csp';
import { nginxHeaderPolicy } from '../../../deploy/vite-plugins';

const nginxFile = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../deploy/nginx/${name}`, import.meta.url)), 'utf8');

describe('the Content-Security-Policy', () => {
  test('scripts, data and everything else only from the site; images also from data: and the tiles', () => {
    const policy = parsePolicy(metaPolicy());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(metaPolicy()).not.toMatch(/unsafe-|\*/);
  });

  test('the meta leaves out frame-ancestors, which only a header can carry', () => {
    expect(parsePolicy(metaPolicy()).has('frame-ancestors')).toBe(false);
    expect(headerPolicy()).toBe(`${metaPolicy()}; frame-ancestors *`);
    expect(headerPolicy(undefined, "'self' https://portal.example")).toMatch(
      /; frame-ancestors 'self' https:\/\/portal\.example$/,
    );
  });

  test('the tile host comes from VITE_TILE_URL as the app reads it', () => {
    expect(tileSourceFromEnv({})).toBe('https://tile.openstreetmap.org');
    expect(tileSourceFromEnv({ VITE_TILE_URL: 'https://maps.example.pl/t/{z}/{x}/{y}.png' })).toBe(
      'https://maps.example.pl',
    );
    // an unusable template: the app falls back to OpenStreetMap, and so does the policy
    expect(tileSourceFromEnv({ VITE_TILE_URL: 'javascript:alert(1)' }, () => {})).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileSource('https://{s}.tile.example.com:8443/{z}/{x}/{y}{r}.png')).toBe(
      'https://*.tile.example.com:8443',
    );
    expect(tileSource('HTTP://Tiles.Example.com/{z}/{x}/{y}.png')).toBe('http://tiles.example.com');
    // a placeholder CSP cannot express as a host: the whole scheme
    expect(tileSource('https://tiles-{s}.example.com/{z}/{x}/{y}.png')).toBe('https:');
  });
});

describe('the nginx config', () => {
  test('sends exactly the policy of deploy/csp.ts as a header', () => {
    expect(nginxHeaderPolicy(nginxFile('mapa-praktyk-site.conf'))).toBe(headerPolicy());
  });

  test('adds nothing to the site rules but where to listen and what to serve', () => {
    // the e2e stories run nginx with mapa-praktyk-site.conf and their own listen and root, so
    // the server block must hold nothing else for them to cover it
    const directives = nginxFile('mapa-praktyk.conf')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter((line) => line !== '');
    expect(directives).toEqual([
      'server {',
      'listen 80;',
      'listen [::]:80;',
      'server_name _;',
      'root /usr/share/nginx/html;',
      'include mapa-praktyk-site.conf;',
      '}',
    ]);
  });
});
