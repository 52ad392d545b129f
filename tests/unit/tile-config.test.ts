import { expect, test } from 'vitest';
import { DEFAULT_TILES, readTileConfig } from '../../src/config/env';

test('OpenStreetMap tiles with their attribution by default', () => {
  expect(readTileConfig({})).toEqual(DEFAULT_TILES);
  expect(DEFAULT_TILES.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  expect(DEFAULT_TILES.attribution).toContain(
    '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>',
  );
});

test('VITE_TILE_URL and VITE_TILE_ATTRIBUTION override them', () => {
  expect(
    readTileConfig({
      VITE_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png',
      VITE_TILE_ATTRIBUTION: '© Example',
    }),
  ).toEqual({ url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example' });
});

test('a bad tile URL is ignored with a warning naming the variable', () => {
  const warnings: string[] = [];
  const config = readTileConfig({ VITE_TILE_URL: 'javascript:alert(1)' }, (m) => warnings.push(m));
  expect(config).toEqual(DEFAULT_TILES);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('VITE_TILE_URL');
});
