// The preview image of a build-time page (Open Graph / Twitter card, 1200×630 PNG): the outline
// of Poland's voivodeships with the practice's territory filled, its title and the app's name.
// Drawn as SVG from the light boundaries (topojson-client), rasterised by resvg-js (Rust, a
// prebuilt binary from npm; no browser, no system libraries) with Debian's DejaVu Sans
// (fonts-dejavu-core), which resvg needs for the text.
import { existsSync } from 'node:fs';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PREVIEW_IMAGE_SIZE } from '../src/config/site.ts';
import { escapeHtml } from './page-head.ts';

/** The fonts the images need (Debian: `apt-get install fonts-dejavu-core`; FONT_DIR elsewhere). */
export const PREVIEW_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
  (name) => `${process.env.PREVIEW_FONT_DIR ?? '/usr/share/fonts/truetype/dejavu'}/${name}`,
);

/** Fails with the file to install when a font is missing (resvg would draw no text at all). */
export function checkPreviewFonts(): void {
  const missing = PREVIEW_FONT_FILES.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `preview images: font file(s) missing: ${missing.join(', ')}. ` +
        "Install Debian's fonts-dejavu-core (apt-get install fonts-dejavu-core), or set " +
        'PREVIEW_FONT_DIR to a folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf.',
    );
  }
}

const { width: W, height: H } = PREVIEW_IMAGE_SIZE;
const MAP = { x: 40, y: 40, width: 560, height: 550 };
const TEXT_X = 640;
const TEXT_WIDTH = W - TEXT_X - 48;
const ACCENT = '#0b5cad';

type Ring = [number, number][];
interface Drawn {
  d: string;
  box: [number, number, number, number];
}

const FONT_OPTIONS = {
  loadSystemFonts: false,
  fontFiles: PREVIEW_FONT_FILES,
  defaultFontFamily: 'DejaVu Sans',
};

/** Advances of the title's font (bold, 100 px), measured by resvg itself, once per character. */
const advances = new Map<string, number>();
function advance(char: string): number {
  let width = advances.get(char);
  if (width !== undefined) return width;
  const span = (count: number) => {
    const text = escapeHtml(`x${char.repeat(count)}x`);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="200">` +
      `<text x="0" y="150" font-family="DejaVu Sans" font-weight="bold" font-size="100" ` +
      `xml:space="preserve">${text}</text></svg>`;
    return new Resvg(svg, { font: FONT_OPTIONS }).getBBox()?.width ?? 0;
  };
  // the difference of 20 and 10 of the character between two others: its advance, spaces too
  width = (span(20) - span(10)) / 10 / 100;
  advances.set(char, width);
  return width;
}
const textWidth = (text: string, size: number) =>
  [...text].reduce((sum, char) => sum + advance(char), 0) * size;

/**
 * The title in lines of at most `width` px, `maxLines` at most, the last cut with an ellipsis. A
 * line may break after a hyphen (`Południowo-` / `Wschodniego`); a word longer than a line is cut.
 */
export function wrapTitle(title: string, size: number, width: number, maxLines: number): string[] {
  const pieces = title
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .flatMap((word) => word.split(/(?<=-)(?=.)/).map((text, i) => ({ text, glued: i > 0 })));
  const lines: string[] = [];
  let line = '';
  for (const { text, glued } of pieces) {
    const candidate = line === '' ? text : `${line}${glued ? '' : ' '}${text}`;
    if (line === '' || textWidth(candidate, size) <= width) {
      line = candidate;
    } else {
      lines.push(line);
      line = text;
    }
  }
  if (line !== '') lines.push(line);
  const cut = (text: string) => {
    let out = text;
    while (out !== '' && textWidth(`${out}…`, size) > width) out = out.slice(0, -1);
    return `${out.replace(/[\s,;:.–-]+$/, '')}…`;
  };
  const fitted = lines.map((text) => (textWidth(text, size) <= width ? text : cut(text)));
  if (fitted.length <= maxLines) return fitted;
  return [...fitted.slice(0, maxLines - 1), cut(fitted[maxLines - 1] ?? '')];
}

/** Draws any practice of one topology: the projection and every unit's path, made once. */
export function previewPainter(topology: Topology, appName: string) {
  const bbox = topology.bbox ?? [14.1, 49, 24.2, 54.9];
  const [west, south, east, north] = bbox as [number, number, number, number];
  // equirectangular, shrunk east–west by the cosine of the middle latitude: Poland as on a map
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min(MAP.width / ((east - west) * kx), MAP.height / (north - south));
  const offsetX = MAP.x + (MAP.width - (east - west) * kx * scale) / 2;
  const offsetY = MAP.y + (MAP.height - (north - south) * scale) / 2;
  const project = ([lon, lat]: number[]): [number, number] => [
    Math.round((offsetX + ((lon ?? 0) - west) * kx * scale) * 10) / 10,
    Math.round((offsetY + (north - (lat ?? 0)) * scale) * 10) / 10,
  ];
  const pathOf = (rings: Ring[]): Drawn => {
    const box: Drawn['box'] = [Infinity, Infinity, -Infinity, -Infinity];
    const parts: string[] = [];
    for (const ring of rings) {
      let previous = '';
      const points: string[] = [];
      for (const position of ring) {
        const [x, y] = project(position);
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
        const point = `${x} ${y}`;
        if (point !== previous) points.push(point);
        previous = point;
      }
      if (points.length > 2) parts.push(`M${points.join('L')}Z`);
    }
    return { d: parts.join(''), box };
  };

  const objects = topology.objects as Record<string, GeometryCollection>;
  const level = (terc: string) =>
    terc.length === 2 ? 'voivodeship' : terc.length === 4 ? 'powiat' : 'gmina';
  const geometries = new Map<string, GeometryCollection['geometries'][number]>();
  for (const name of ['voivodeship', 'powiat', 'gmina']) {
    for (const geometry of objects[name]?.geometries ?? []) {
      if (geometry.id !== undefined) geometries.set(`${name}:${String(geometry.id)}`, geometry);
    }
  }
  const units = new Map<string, Drawn | null>();
  const unit = (terc: string): Drawn | null => {
    let drawn = units.get(terc);
    if (drawn !== undefined) return drawn;
    const geometry = geometries.get(`${level(terc)}:${terc}`);
    drawn = null;
    if (geometry) {
      const shape = (feature(topology, geometry) as GeoJSON.Feature).geometry;
      if (shape?.type === 'Polygon') drawn = pathOf(shape.coordinates as Ring[]);
      if (shape?.type === 'MultiPolygon') drawn = pathOf((shape.coordinates as Ring[][]).flat());
    }
    units.set(terc, drawn);
    return drawn;
  };
  const voivodeships = objects.voivodeship;
  if (!voivodeships) throw new Error('preview images: the boundaries have no voivodeship object');
  const lines = (filter: (a: unknown, b: unknown) => boolean) =>
    mesh(topology, voivodeships, filter)
      .coordinates.map((line) => `M${line.map((p) => project(p).join(' ')).join('L')}`)
      .join('');
  // the country's outline (arcs of one voivodeship only) and the borders between voivodeships
  const country = lines((a, b) => a === b);
  const borders = lines((a, b) => a !== b);
  const land = [...geometries.entries()]
    .filter(([key]) => key.startsWith('voivodeship:'))
    .map(([key]) => unit(key.slice('voivodeship:'.length))?.d ?? '')
    .join('');

  /** The SVG of one page's preview: `territory` filled (empty: Poland alone). */
  return function svgFor(title: string, territory: readonly string[]): string {
    const drawn = territory.map(unit).filter((d): d is Drawn => d !== null);
    const box = drawn.reduce<Drawn['box']>(
      (acc, { box: b }) => [
        Math.min(acc[0], b[0]),
        Math.min(acc[1], b[1]),
        Math.max(acc[2], b[2]),
        Math.max(acc[3], b[3]),
      ],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
    // a territory too small to see at this scale is ringed
    const small = drawn.length > 0 && Math.max(box[2] - box[0], box[3] - box[1]) < 24;
    const ring = small
      ? `<circle cx="${(box[0] + box[2]) / 2}" cy="${(box[1] + box[3]) / 2}" r="22" fill="none" stroke="${ACCENT}" stroke-width="4"/>`
      : '';
    const size = 46;
    const lines = wrapTitle(title, size, TEXT_WIDTH, 6);
    const top = H / 2 - ((lines.length - 1) * size * 1.2) / 2 + size * 0.35;
    const text = lines
      .map(
        (line, i) =>
          `<text x="${TEXT_X}" y="${Math.round(top + i * size * 1.2)}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="#1a1a1a">${escapeHtml(line)}</text>`,
      )
      .join('');
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
      `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
      `<rect x="0" y="0" width="${W}" height="12" fill="${ACCENT}"/>` +
      `<path d="${land}" fill="#eef1f5" stroke="none"/>` +
      `<path d="${drawn.map((d) => d.d).join('')}" fill="${ACCENT}" fill-opacity="0.85" stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round"/>` +
      `<path d="${borders}" fill="none" stroke="#7b8794" stroke-width="1.2" stroke-linejoin="round"/>` +
      `<path d="${country}" fill="none" stroke="#3e4c59" stroke-width="2" stroke-linejoin="round"/>` +
      ring +
      `<text x="${TEXT_X}" y="84" font-family="DejaVu Sans" font-weight="bold" font-size="30" fill="${ACCENT}">${escapeHtml(appName)}</text>` +
      text +
      `</svg>`
    );
  };
}

/** The PNG of an SVG (resvg-js renders on libuv's thread pool: several may run at once). */
export async function renderPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    font: FONT_OPTIONS,
  });
  return image.asPng();
}

/** Runs `task` over `items`, `concurrency` at a time, keeping the results' order. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
