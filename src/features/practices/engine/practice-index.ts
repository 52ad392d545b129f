// The search index of one dataset, built once (per practices + gazetteer) and then queried by
// filterPractices, countByUnit and sortPractices; its full-text part is built lazily, apart
// (practice-text-index.ts). Facet values are bitsets; places are a practice → units "overlap"
// table and its inverse, so a region filter is one posting list and a choropleth is one pass over
// the matching practices.
//
// Region rule: a practice matches region R when any unit T of its territory overlaps R, i.e. T
// lies within R (gmina 2206042 is in powiat 2206 and voivodeship 22) or R lies within T (a
// practice covering voivodeship 22 covers powiat 2206 and gmina 2206042). So a partnership across
// two voivodeships matches both, and a voivodeship-wide practice shows in each of its gminy. The
// same rule gives the per-unit counts of the choropleth, so the map, the list and the counts agree.
import {
  COOPERATION_FORMS,
  PRACTICE_TYPES,
  SECTORS,
  type CooperationForm,
  type Practice,
  type PracticeType,
  type Sector,
  type Unit,
} from '../../../data/schemas';
import { gminaTypeOf, isCityWithPowiatRights, tercLevel } from '../../../data/terc';
import { LEADING_UNIT_TYPES, type LeadingUnitType } from '../../../stores/view-state';
import { createBitset, setBit, type Bitset } from './bitset';
import { attachTextIndex } from './practice-text-index';
import type { TextIndex } from './text-index';

/** A practice's territory unit `unit` overlaps region `region` (either lies within the other). */
function overlapsRegion(unit: string, region: string): boolean {
  return unit.startsWith(region) || region.startsWith(unit);
}

/**
 * The type of a leading unit, from the gazetteer entry when there is one, else from the code.
 * A city with powiat rights is `city` whether the leader is given as its powiat (1261) or its
 * gmina (1261011). Null for a malformed code.
 */
export function leadingUnitTypeOf(code: string, unit?: Unit): LeadingUnitType | null {
  const level = unit?.level ?? tercLevel(code);
  if (level === null) return null;
  if (level === 'voivodeship') return 'voivodeship';
  const city = unit?.cityWithPowiatRights ?? isCityWithPowiatRights(code);
  if (city) return 'city';
  if (level === 'powiat') return 'powiat';
  return unit?.gminaType ?? gminaTypeOf(code);
}

export interface PracticeIndex {
  readonly practices: readonly Practice[];
  /** Number of practices; bitsets index practices by their position in `practices`. */
  readonly size: number;
  readonly indexById: ReadonlyMap<string, number>;

  /** Gazetteer units sorted by TERC code (so a unit's subtree is contiguous after it). */
  readonly units: readonly Unit[];
  readonly unitIndexByCode: ReadonlyMap<string, number>;
  /** Indexes into `units` of the voivodeships, by code. */
  readonly voivodeshipIndexes: Uint32Array;

  readonly byType: Readonly<Record<PracticeType, Bitset>>;
  readonly byForm: Readonly<Record<CooperationForm, Bitset>>;
  /** A practice has a sector when one of its partners has it. */
  readonly bySector: Readonly<Record<Sector, Bitset>>;
  readonly byLeadingUnitType: Readonly<Record<LeadingUnitType, Bitset>>;
  /** yearStarted per practice, 0 when unknown. */
  readonly yearStarted: Uint16Array;
  /** Smallest and largest known yearStarted (0 when none is known). */
  readonly minYear: number;
  readonly maxYear: number;

  /** Units each practice overlaps: overlapUnits[overlapStart[p] .. overlapStart[p+1]), unique. */
  readonly overlapStart: Uint32Array;
  readonly overlapUnits: Uint32Array;
  /** The inverse: practices overlapping each unit, ascending: unitPractices[unitStart[u] .. unitStart[u+1]). */
  readonly unitStart: Uint32Array;
  readonly unitPractices: Uint32Array;
  // The text index is not a field: it is built on first need, see textIndexOf (practice-text-index.ts).
}

function bitsetsFor<K extends string>(keys: readonly K[], size: number): Record<K, Bitset> {
  return Object.fromEntries(keys.map((key) => [key, createBitset(size)])) as Record<K, Bitset>;
}

function compareCodes(a: Unit, b: Unit): number {
  return a.terc < b.terc ? -1 : a.terc > b.terc ? 1 : 0;
}

/** First index whose code is ≥ `code` (codes sorted). */
function lowerBoundCode(codes: readonly string[], code: string): number {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((codes[mid] ?? '') < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface BuildOptions {
  /**
   * A text index built beforehand by buildPracticeTextIndex over the same practices and units,
   * e.g. in a worker (it is plain data: typed arrays and a string array, cheap to transfer).
   */
  text?: TextIndex;
}

/**
 * Builds the index. `units` is the gazetteer (any order). Territory codes missing from the
 * gazetteer still match by code through their known ancestors and descendants.
 */
export function buildPracticeIndex(
  practices: readonly Practice[],
  gazetteerUnits: readonly Unit[],
  options: BuildOptions = {},
): PracticeIndex {
  const size = practices.length;
  const units = [...gazetteerUnits].sort(compareCodes);
  const unitIndexByCode = new Map(units.map((unit, i) => [unit.terc, i]));
  const indexById = new Map(practices.map((practice, i) => [practice.id, i]));

  // sorted codes: a unit's subtree is the run of codes after it that start with its code
  const codes = units.map((unit) => unit.terc);
  const inSubtree = (u: number, code: string) => codes[u]?.startsWith(code) === true;
  // per gazetteer unit, computed once: the end of its subtree and its ancestors' indexes (−1:
  // none), so a territory code found in the gazetteer costs one lookup, no slices
  const subtreeEnd = new Uint32Array(units.length);
  const powiatOf = new Int32Array(units.length).fill(-1);
  const voivodeshipOf = new Int32Array(units.length).fill(-1);
  for (let u = 0; u < units.length; u += 1) {
    const code = codes[u] ?? '';
    let end = u + 1;
    while (inSubtree(end, code)) end += 1;
    subtreeEnd[u] = end;
    if (code.length > 2) voivodeshipOf[u] = unitIndexByCode.get(code.slice(0, 2)) ?? -1;
    if (code.length > 4) powiatOf[u] = unitIndexByCode.get(code.slice(0, 4)) ?? -1;
  }

  const byType = bitsetsFor(PRACTICE_TYPES, size);
  const byForm = bitsetsFor(COOPERATION_FORMS, size);
  const bySector = bitsetsFor(SECTORS, size);
  const byLeadingUnitType = bitsetsFor(LEADING_UNIT_TYPES, size);
  const yearStarted = new Uint16Array(size);
  let minYear = 0;
  let maxYear = 0;

  const overlapStart = new Uint32Array(size + 1);
  let overlap = new Uint32Array(Math.max(16, size * 8));
  let overlapLength = 0;
  const stamp = new Int32Array(units.length).fill(-1);
  const addOverlap = (p: number, u: number) => {
    if (stamp[u] === p) return;
    stamp[u] = p;
    if (overlapLength === overlap.length) {
      const next = new Uint32Array(overlap.length * 2);
      next.set(overlap);
      overlap = next;
    }
    overlap[overlapLength++] = u;
  };

  for (let p = 0; p < size; p += 1) {
    const practice = practices[p];
    if (!practice) {
      overlapStart[p + 1] = overlapLength;
      continue;
    }
    setBit(byType[practice.type], p);
    setBit(byForm[practice.form], p);
    for (const partner of practice.partners) setBit(bySector[partner.sector], p);
    const leaderIndex = unitIndexByCode.get(practice.leader);
    const leaderType = leadingUnitTypeOf(
      practice.leader,
      leaderIndex === undefined ? undefined : units[leaderIndex],
    );
    if (leaderType !== null) setBit(byLeadingUnitType[leaderType], p);
    const year = practice.yearStarted;
    if (year !== null) {
      yearStarted[p] = year;
      if (minYear === 0 || year < minYear) minYear = year;
      if (year > maxYear) maxYear = year;
    }

    for (const code of practice.territory) {
      const self = unitIndexByCode.get(code);
      if (self !== undefined) {
        // ancestors (a gmina's powiat and voivodeship), the unit itself and everything within it
        const voivodeship = voivodeshipOf[self] ?? -1;
        if (voivodeship >= 0) addOverlap(p, voivodeship);
        const powiat = powiatOf[self] ?? -1;
        if (powiat >= 0) addOverlap(p, powiat);
        const end = subtreeEnd[self] ?? self;
        for (let u = self; u < end; u += 1) addOverlap(p, u);
        continue;
      }
      // not in the gazetteer: the same by code
      for (const length of [2, 4]) {
        if (code.length > length) {
          const ancestor = unitIndexByCode.get(code.slice(0, length));
          if (ancestor !== undefined) addOverlap(p, ancestor);
        }
      }
      for (let u = lowerBoundCode(codes, code); inSubtree(u, code); u += 1) addOverlap(p, u);
    }
    overlapStart[p + 1] = overlapLength;
  }
  const overlapUnits = overlap.slice(0, overlapLength);

  // Invert practice → units into unit → practices (practices stay ascending).
  const unitStart = new Uint32Array(units.length + 1);
  // (`?? 0` on typed-array reads only satisfies noUncheckedIndexedAccess)
  for (let i = 0; i < overlapLength; i += 1) {
    const next = (overlapUnits[i] ?? 0) + 1;
    unitStart[next] = (unitStart[next] ?? 0) + 1;
  }
  for (let u = 0; u < units.length; u += 1) {
    unitStart[u + 1] = (unitStart[u + 1] ?? 0) + (unitStart[u] ?? 0);
  }
  const fill = unitStart.slice(0, units.length);
  const unitPractices = new Uint32Array(overlapLength);
  for (let p = 0; p < size; p += 1) {
    const end = overlapStart[p + 1] ?? 0;
    for (let i = overlapStart[p] ?? 0; i < end; i += 1) {
      const u = overlapUnits[i] ?? 0;
      const at = fill[u] ?? 0;
      fill[u] = at + 1;
      unitPractices[at] = p;
    }
  }

  const voivodeshipIndexes = Uint32Array.from(
    units.flatMap((unit, i) => (unit.level === 'voivodeship' ? [i] : [])),
  );

  const index: PracticeIndex = {
    practices,
    size,
    indexById,
    units,
    unitIndexByCode,
    voivodeshipIndexes,
    byType,
    byForm,
    bySector,
    byLeadingUnitType,
    yearStarted,
    minYear,
    maxYear,
    overlapStart,
    overlapUnits,
    unitStart,
    unitPractices,
  };
  if (options.text) attachTextIndex(index, options.text);
  return index;
}

/** Practices overlapping region `code` (see the region rule above), as a new bitset. */
export function regionBits(index: PracticeIndex, code: string): Bitset {
  const bits = createBitset(index.size);
  const u = index.unitIndexByCode.get(code);
  if (u !== undefined) {
    const end = index.unitStart[u + 1] ?? 0;
    for (let i = index.unitStart[u] ?? 0; i < end; i += 1)
      setBit(bits, index.unitPractices[i] ?? 0);
    return bits;
  }
  // not in the gazetteer: the same rule, by code (slow path; links are validated against the gazetteer)
  index.practices.forEach((practice, p) => {
    if (practice.territory.some((unit) => overlapsRegion(unit, code))) setBit(bits, p);
  });
  return bits;
}
