// Times the explorer's filter engine in Node on synthetic practices over the real gazetteer:
// index build, then filter + facet counts + relevance sort for a fixed list of operations
// (region, type, sector, text, typing, combinations). Prints a table and one JSON line.
//
//   npx tsx tests/bench/filter-bench.ts [sizes…]        (default 1000 10000 100000)
//   npx tsx --expose-gc tests/bench/filter-bench.ts     (collects garbage between phases)
//
// Figures are for the engine alone (no React, no DOM); the browser bench measures the app.
import { OUTPUT_FILES } from '../../geodata/paths';
import { bitsToIndexes } from '../../src/features/practices/engine/bitset';
import { filterPractices } from '../../src/features/practices/engine/filter-practices';
import {
  buildPracticeIndex,
  type PracticeIndex,
} from '../../src/features/practices/engine/practice-index';
import {
  buildPracticeTextIndex,
  textIndexOf,
} from '../../src/features/practices/engine/practice-text-index';
import { globalOrdering, sortPractices } from '../../src/features/practices/engine/sort-practices';
import { EMPTY_FILTERS, type Filters } from '../../src/stores/view-state';
import type { Gazetteer, PracticesFile } from '../../src/data/schemas';
import { generatePracticesFile, readGazetteerFile } from './synthetic-practices';

const SEED = 1;
const WARM_UP_ROUNDS = 3;

interface Operation {
  kind: 'region' | 'type' | 'sector' | 'text' | 'combined';
  filters: Partial<Filters>;
}

/** A fixed list of ~40 operations, like a user clicking through filters and typing. */
function operations(): Operation[] {
  const ops: Operation[] = [];
  for (const region of ['22', '12', '14', '02', '2206', '1261', '1465011', '2206042', '30', '24']) {
    ops.push({ kind: 'region', filters: { region: [region] } });
  }
  ops.push({ kind: 'region', filters: { region: ['22', '12', '14', '1261', '2206011'] } });
  for (const type of [
    ['social-services'],
    ['energy-efficiency'],
    ['technical-services', 'social-dialogue'],
  ] as const) {
    ops.push({ kind: 'type', filters: { type: [...type] } });
  }
  for (const sector of [['ngo'], ['science'], ['business', 'public'], ['jst']] as const) {
    ops.push({ kind: 'sector', filters: { sector: [...sector] } });
  }
  // typing, one keystroke at a time, then whole words and inflected place names
  for (const q of [
    'K',
    'Ko',
    'Koś',
    'Kości',
    'Kościerz',
    'Kościerzynie',
    'g',
    'gm',
    'gminach',
    'Krakowa',
    'odpadami',
    'stowarzyszenie seniorów',
    'energii Gdańsku',
    'xyzzy',
  ]) {
    ops.push({ kind: 'text', filters: { q } });
  }
  ops.push({
    kind: 'combined',
    filters: { region: ['22'], type: ['social-services'], sector: ['ngo'] },
  });
  ops.push({
    kind: 'combined',
    filters: { region: ['12', '14'], q: 'transport', years: { from: 2010, to: null } },
  });
  ops.push({
    kind: 'combined',
    filters: {
      unit: ['city', 'urban'],
      form: ['project-partnership', 'euroregion'],
      sector: ['science'],
    },
  });
  ops.push({
    kind: 'combined',
    filters: { region: ['1261'], q: 'gmina', type: ['inter-municipal-cooperation'] },
  });
  return ops;
}

function run(index: PracticeIndex, partial: Partial<Filters>): number {
  const filters = { ...EMPTY_FILTERS, ...partial };
  const result = filterPractices(index, filters);
  const order = sortPractices(index, result.matches, 'relevance', result.textScores);
  return order.length + (result.facets?.type['social-services'] ?? 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function indexBytes(index: PracticeIndex): number {
  let bytes = 0;
  const add = (array: ArrayBufferView) => (bytes += array.byteLength);
  for (const sets of [index.byType, index.byForm, index.bySector, index.byLeadingUnitType]) {
    for (const bits of Object.values(sets)) add(bits);
  }
  for (const array of [
    index.yearStarted,
    index.placeStart,
    index.placeUnits,
    index.unitStart,
    index.unitPractices,
    index.territoryStart,
    index.territoryPractices,
  ])
    add(array);
  for (const array of [
    textIndexOf(index).postingStart,
    textIndexOf(index).postingDocs,
    textIndexOf(index).postingFields,
  ])
    add(array);
  return bytes;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function viaJson(size: number, gazetteer: Gazetteer) {
  let started = performance.now();
  const json = JSON.stringify(generatePracticesFile(size, gazetteer, SEED));
  const generateMs = performance.now() - started;
  started = performance.now();
  const { practices } = JSON.parse(json) as PracticesFile;
  return {
    practices,
    jsonMb: json.length / 1048576,
    generateMs,
    parseMs: performance.now() - started,
  };
}

/** A full collection between phases when Node runs with --expose-gc (npx tsx --expose-gc …). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Wall time and this process's CPU time (the machine may be busy: CPU time is the steadier figure). */
function timed<T>(work: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

function main(): void {
  const gazetteer = readGazetteerFile(process.env.GAZETTEER ?? OUTPUT_FILES.gazetteer);
  if (!gazetteer) {
    console.error(`No gazetteer at ${OUTPUT_FILES.gazetteer}: run \`npm run build:data\` first.`);
    process.exitCode = 1;
    return;
  }
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const ops = operations();
  const rows: Record<string, number | string>[] = [];

  for (const size of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]) {
    // through JSON, as the app receives them (flat strings, as JSON.parse makes them); the JSON
    // text is dropped before anything is timed, so its collection does not land in a filter
    const { practices, jsonMb, generateMs, parseMs } = viaJson(size, gazetteer);
    collectGarbage();
    const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const heapBefore = memory();
    const text = timed(() => buildPracticeTextIndex(practices, gazetteer.units));
    const facets = timed(() =>
      buildPracticeIndex(practices, gazetteer.units, { text: text.value }),
    );
    const index = facets.value;
    collectGarbage();
    // what the index keeps on the heap; only meaningful with --expose-gc
    const heapMb = (memory() - heapBefore) / 1048576;

    const defaultOrder = timed(() => globalOrdering(index, 'relevance'));
    const nameOrder = timed(() => globalOrdering(index, 'name'));

    // the very first operation, cold (JIT not warmed): what a user's first click costs
    const coldMs = timed(() => run(index, { region: ['22'] })).ms;
    for (let r = 0; r < WARM_UP_ROUNDS; r += 1)
      for (const op of ops.slice(0, 5)) run(index, op.filters);

    const times: number[] = [];
    const byKind = new Map<string, number[]>();
    let checksum = 0;
    const cpuTimes: number[] = [];
    for (const op of ops) {
      const { value, ms, cpuMs } = timed(() => run(index, op.filters));
      checksum += value;
      times.push(ms);
      cpuTimes.push(cpuMs);
      byKind.set(op.kind, [...(byKind.get(op.kind) ?? []), ms]);
    }
    const worstOf = (kind: string) => round(Math.max(...(byKind.get(kind) ?? [0])));
    const all = bitsToIndexes(filterPractices(index, EMPTY_FILTERS, { facets: false }).matches);
    rows.push({
      practices: size,
      jsonMb: round(jsonMb),
      generateMs: round(generateMs),
      parseMs: round(parseMs),
      indexBuildMs: round(text.ms + facets.ms),
      indexBuildCpuMs: round(text.cpuMs + facets.cpuMs),
      facetIndexMs: round(facets.ms),
      textIndexMs: round(text.ms),
      indexTypedArraysMb: round(indexBytes(index) / 1048576),
      indexHeapMb: round(heapMb),
      words: textIndexOf(index).words.length,
      defaultOrderMs: round(defaultOrder.ms),
      nameOrderMs: round(nameOrder.ms),
      coldFirstMs: round(coldMs),
      operations: ops.length,
      medianMs: round(median(times)),
      worstMs: round(Math.max(...times)),
      worstOperation: JSON.stringify(ops[times.indexOf(Math.max(...times))]?.filters),
      medianCpuMs: round(median(cpuTimes)),
      worstCpuMs: round(Math.max(...cpuTimes)),
      worstRegionMs: worstOf('region'),
      worstTypeMs: worstOf('type'),
      worstSectorMs: worstOf('sector'),
      worstTextMs: worstOf('text'),
      worstCombinedMs: worstOf('combined'),
      checksum: checksum + all.length,
    });
  }

  // one column per dataset size, one line per figure
  const figures = Object.keys(rows[0] ?? {}).filter(
    (key) => key !== 'checksum' && key !== 'worstOperation',
  );
  console.log(
    'Explorer filter engine, Node: each operation = filter + facet counts + relevance sort',
  );
  for (const figure of figures) {
    console.log(figure.padEnd(20) + rows.map((row) => String(row[figure]).padStart(12)).join(''));
  }
  for (const row of rows) console.log(`worst operation at ${row.practices}: ${row.worstOperation}`);
  console.log(JSON.stringify({ bench: 'filter-engine', seed: SEED, node: process.version, rows }));
}

main();
