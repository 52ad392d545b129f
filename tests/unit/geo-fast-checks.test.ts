// The quick checks of the gazetteer and the boundaries say yes only where zod says yes and would
// return the data unchanged: every field of a real record is replaced by each candidate value
// (and dropped, and joined by an unknown key), and wherever the quick check accepts, zod must too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isPlainBoundaries } from '../../src/data/boundaries-fast-check';
import { isPlainGazetteer } from '../../src/data/gazetteer-fast-check';
import { boundariesSchema, gazetteerSchema } from '../../src/data/schemas';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/app');

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

const CANDIDATES: unknown[] = [
  undefined,
  null,
  0,
  -1,
  15,
  50,
  1e9,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  '',
  'a',
  '22',
  '2206011',
  '220601',
  'gmina',
  'urban',
  'Polygon',
  'GeometryCollection',
  'Topology',
  [],
  [1],
  [15, 50],
  [15, 50, 16],
  [15, 50, 16, 51],
  [15, 50, 16, 51, 1],
  ['15', 50],
  [[0, 0]],
  [[[0, 0]]],
  [[['0', 0]]],
  {},
  { extra: 1 },
];

/** Every variant of `value` with one field (at any depth, `depth` levels down) replaced. */
function* variants(value: unknown, depth: number): Generator<unknown> {
  if (depth < 0 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    // the first two items are enough to reach every shape
    for (const at of [0, 1]) {
      if (at >= value.length) continue;
      for (const candidate of CANDIDATES) {
        const copy = [...value];
        copy[at] = candidate;
        yield copy;
      }
      for (const inner of variants(value[at], depth - 1)) {
        const copy = [...value];
        copy[at] = inner;
        yield copy;
      }
    }
    yield [...value, value[0]];
    return;
  }
  const record = value as Record<string, unknown>;
  yield { ...record, unknownKey: 1 };
  for (const key of Object.keys(record)) {
    yield Object.fromEntries(Object.entries(record).filter(([other]) => other !== key));
    for (const candidate of CANDIDATES) yield { ...record, [key]: candidate };
    for (const inner of variants(record[key], depth - 1)) yield { ...record, [key]: inner };
  }
}

function expectNoFalseYes(
  check: (data: unknown) => boolean,
  schema: z.ZodType,
  base: unknown,
  depth: number,
) {
  let accepted = 0;
  let tried = 0;
  for (const variant of variants(base, depth)) {
    tried += 1;
    if (!check(variant)) continue;
    accepted += 1;
    const result = schema.safeParse(variant);
    expect(result.success, JSON.stringify(variant).slice(0, 300)).toBe(true);
    expect(result.data).toEqual(variant);
  }
  // the variants reach both verdicts
  expect(tried).toBeGreaterThan(accepted);
  expect(accepted).toBeGreaterThan(0);
}

describe('the gazetteer quick check', () => {
  const file = fixture('gazetteer.json');
  // three units: every column cut to its first three entries
  const small = Object.fromEntries(
    Object.entries(file).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.slice(0, 3) : value,
    ]),
  );

  it('accepts the fixture file, as zod does', () => {
    expect(gazetteerSchema.safeParse(file).success).toBe(true);
    expect(isPlainGazetteer(file)).toBe(true);
  });

  it('never says yes where zod says no or would change the data', () => {
    expectNoFalseYes(isPlainGazetteer, gazetteerSchema, small, 4);
  });
});

describe('the boundaries quick check', () => {
  const file = fixture('boundaries.topo.json');
  const objects = file.objects as Record<string, { type: string; geometries: unknown[] }>;
  const small = {
    ...file,
    arcs: (file.arcs as unknown[]).slice(0, 2),
    objects: Object.fromEntries(
      Object.entries(objects).map(([key, collection]) => [
        key,
        { ...collection, geometries: collection.geometries.slice(0, 2) },
      ]),
    ),
  };

  it('accepts the fixture file, as zod does', () => {
    expect(boundariesSchema.safeParse(file).success).toBe(true);
    expect(isPlainBoundaries(file)).toBe(true);
  });

  it('never says yes where zod says no or would change the data', () => {
    expectNoFalseYes(isPlainBoundaries, boundariesSchema, small, 4);
  });
});
