// Just enough of source maps (v3) to name a position of the minified production bundle: where a
// function of a CPU profile comes from in src/ or node_modules/. The build writes the maps
// (vite.config.ts: build.sourcemap) next to the bundles; the browser never fetches them.
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** [generated column, source index, original line, original column] per segment, per line. */
type Segment = [number, number, number, number];

export interface OriginalPosition {
  source: string;
  /** 1-based, as editors show it. */
  line: number;
  column: number;
  /** The original line's text, trimmed (when the map carries the sources). */
  text: string | null;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined)
      throw new Error(`source map: bad VLQ character ${JSON.stringify(char)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export class SourceMap {
  private readonly lines: Segment[][] = [];
  private readonly sources: string[];
  private readonly contents: (string[] | null)[];

  constructor(json: { sources: string[]; sourcesContent?: (string | null)[]; mappings: string }) {
    this.sources = json.sources;
    this.contents = json.sources.map((_, i) => json.sourcesContent?.[i]?.split('\n') ?? null);
    let source = 0;
    let line = 0;
    let column = 0;
    for (const text of json.mappings.split(';')) {
      let generated = 0;
      const segments: Segment[] = [];
      for (const part of text.split(',')) {
        if (!part) continue;
        const [g = 0, s, l, c] = decodeVlq(part);
        generated += g;
        if (s === undefined || l === undefined || c === undefined) continue;
        source += s;
        line += l;
        column += c;
        segments.push([generated, source, line, column]);
      }
      this.lines.push(segments);
    }
  }

  static read(file: string): SourceMap | null {
    if (!existsSync(file)) return null;
    return new SourceMap(JSON.parse(readFileSync(file, 'utf8')));
  }

  /** The original position of a 0-based generated line and column (the closest segment at or before it). */
  lookup(line: number, column: number): OriginalPosition | null {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    if ((segments[0]?.[0] ?? 0) > column) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((segments[mid]?.[0] ?? 0) <= column) lo = mid;
      else hi = mid - 1;
    }
    const segment = segments[lo];
    if (!segment) return null;
    const [, sourceIndex, originalLine, originalColumn] = segment;
    const text = this.contents[sourceIndex]?.[originalLine]?.trim() ?? null;
    return {
      source: this.sources[sourceIndex] ?? '?',
      line: originalLine + 1,
      column: originalColumn + 1,
      text: text && text.length > 90 ? `${text.slice(0, 87)}...` : text,
    };
  }
}
