// Build-time configuration from VITE_* variables, parsed tolerantly: a bad value falls back to
// the default with a console warning, never a broken map.

export interface TileConfig {
  url: string;
  attribution: string;
}

export const DEFAULT_TILES: TileConfig = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>',
};

type Env = Partial<Record<string, string | boolean | undefined>>;

/** A usable tile URL template: http(s) with {z}, {x} and {y}. */
function isTileUrlTemplate(value: string): boolean {
  return /^https?:\/\//.test(value) && ['{z}', '{x}', '{y}'].every((part) => value.includes(part));
}

/** Tiles from `VITE_TILE_URL` / `VITE_TILE_ATTRIBUTION`, else OpenStreetMap's. */
export function readTileConfig(env: Env, warn: (message: string) => void = console.warn) {
  const url = typeof env.VITE_TILE_URL === 'string' ? env.VITE_TILE_URL.trim() : '';
  const attribution =
    typeof env.VITE_TILE_ATTRIBUTION === 'string' ? env.VITE_TILE_ATTRIBUTION.trim() : '';
  if (url === '') return DEFAULT_TILES;
  if (!isTileUrlTemplate(url)) {
    warn(
      `VITE_TILE_URL ignored: "${url}" is not an http(s) URL template with {z}, {x} and {y}; ` +
        'using OpenStreetMap tiles.',
    );
    return DEFAULT_TILES;
  }
  // Another tile server needs its own attribution; without one, keep OSM's (the usual source).
  return { url, attribution: attribution || DEFAULT_TILES.attribution } satisfies TileConfig;
}
