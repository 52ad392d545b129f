// The search index of one dataset, built once (per practices + gazetteer) and then queried by
// filterPractices, countByUnit and sortPractices; its full-text part is built lazily, apart
// (practice-text-index.ts). Facet values are bitsets; places are a practice → units "takes part"
// table and its inverse, so a region filter is one posting list and a choropleth is one pass over
// the matching practices.
//
// Region rule: a practice takes part in region R when a unit T of its territory lies within R
// (T is R, or gmina 2206042 is in powiat 2206 and voivodeship 22). So a partnership across two
// voivodeships is in both, and a practice of voivodeship 22 is in 22 but not in each of its gminy:
// for those it is a practice "covering" the place (T contains R), offered apart (coveringBits)
// because the gmina itself may take no part in it. The same rule gives the per-unit counts of the
// choropleth, so the map, the list and the counts agree.
import {
  COOPERATION_FORMS,
  PRACTICE_TYPES,
  SECTORS,
  type CooperationForm,
  type PracticeType,
  type Sector,
} from '../../../data/vocabularies';
import type { Practice, Unit } from '../../../data/schemas';
import { gminaTypeOf, isCityWithPowiatRights, tercLevel } from '../../../data/terc';
import { LEADING_UNIT_TYPES, type LeadingUnitType } from '../../../stores/view-state';
import { andNotInto, createBitset, setBit, type Bitset } from './bitset';
import { attachTextIndex } from './practice-text-index';
import type { TextIndex } from './text-index';

/** A practice's territory unit `unit` lies within region `region` (or is it). */
function liesWithin(unit: string, region: string): boolean {
  return unit.startsWith(region);
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

  /**
   * Units each practice takes part in (its territory units and the powiaty and voivodeships they
   * lie in): placeUnits[placeStart[p] .. placeStart[p+1]), unique.
   */
  readonly placeStart: Uint32Array;
  readonly placeUnits: Uint32Array;
  /** The inverse: practices taking part in each unit, ascending: unitPractices[unitStart[u] .. unitStart[u+1]). */
  readonly unitStart: Uint32Array;
  readonly unitPractices: Uint32Array;
  /** Practices whose territory names unit u itself: territoryPractices[territoryStart[u] .. territoryStart[u+1]). */
  readonly territoryStart: Uint32Array;
  readonly territoryPractices: Uint32Array;
  // The text index is not a field: it is built on first need, see textIndexOf (practice-text-index.ts).
}

function bitsetsFor<K extends string>(keys: readonly K[], size: number): Record<K, Bitset> {
  return Object.fromEntries(keys.map((key) => [key, createBitset(size)])) as Record<K, Bitset>;
}

function compareCodes(a: Unit, b: Unit): number {
  return a.terc < b.terc ? -1 : a.terc > b.terc ? 1 : 0;
}

export interface BuildOptions {
  /**
   * A text index built beforehand by buildPracticeTextIndex over the same practices and units,
   * e.g. in a worker (it is plain data: typed arrays and a string array, cheap to transfer).
   */
  text?: TextIndex;
}

/**
/** A growable list of unit indexes (territories run to millions of entries at 100k practices). */
class GrowableUnits {
  private data: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  includesFrom(from: number, value: number): boolean {
    for (let i = from; i < this.length; i += 1) if (this.data[i] === value) return true;
    return false;
  }
  slice(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Inverts practice → units (values[start[p] .. start[p+1])) into unit → practices, practices
 * ascending: [start per unit, practices].
 */
function invert(
  start: Uint32Array,
  values: Uint32Array,
  size: number,
  unitCount: number,
): [Uint32Array, Uint32Array] {
  const unitStart = new Uint32Array(unitCount + 1);
  // (`?? 0` on typed-array reads only satisfies noUncheckedIndexedAccess)
  for (let i = 0; i < values.length; i += 1) {
    const next = (values[i] ?? 0) + 1;
    unitStart[next] = (unitStart[next] ?? 0) + 1;
  }
  for (let u = 0; u < unitCount; u += 1) {
    unitStart[u + 1] = (unitStart[u + 1] ?? 0) + (unitStart[u] ?? 0);
  }
  const fill = unitStart.slice(0, unitCount);
  const practicesOfUnit = new Uint32Array(values.length);
  for (let p = 0; p < size; p += 1) {
    const end = start[p + 1] ?? 0;
    for (let i = start[p] ?? 0; i < end; i += 1) {
      const u = values[i] ?? 0;
      const at = fill[u] ?? 0;
      fill[u] = at + 1;
      practicesOfUnit[at] = p;
    }
  }
  return [unitStart, practicesOfUnit];
}

/**
 * Builds the index. `units` is the gazetteer (any order). Territory codes missing from the
 * gazetteer still take part, by code, in the powiat and voivodeship they would lie in.
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

  // per gazetteer unit, computed once: its powiat's and voivodeship's indexes (−1: none), so a
  // territory code found in the gazetteer costs one lookup, no slices
  const powiatOf = new Int32Array(units.length).fill(-1);
  const voivodeshipOf = new Int32Array(units.length).fill(-1);
  units.forEach(({ terc: code }, u) => {
    if (code.length > 2) voivodeshipOf[u] = unitIndexByCode.get(code.slice(0, 2)) ?? -1;
    if (code.length > 4) powiatOf[u] = unitIndexByCode.get(code.slice(0, 4)) ?? -1;
  });

  const byType = bitsetsFor(PRACTICE_TYPES, size);
  const byForm = bitsetsFor(COOPERATION_FORMS, size);
  const bySector = bitsetsFor(SECTORS, size);
  const byLeadingUnitType = bitsetsFor(LEADING_UNIT_TYPES, size);
  const yearStarted = new Uint16Array(size);
  let minYear = 0;
  let maxYear = 0;

  const placeStart = new Uint32Array(size + 1);
  const namedStart = new Uint32Array(size + 1);
  const places = new GrowableUnits(size * 4);
  const named = new GrowableUnits(size * 2);
  const stamp = new Int32Array(units.length).fill(-1);
  const addPlace = (p: number, u: number) => {
    if (stamp[u] === p) return;
    stamp[u] = p;
    places.push(u);
  };

  for (let p = 0; p < size; p += 1) {
    const practice = practices[p];
    if (!practice) {
      placeStart[p + 1] = places.length;
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

    const namedFrom = named.length;
    for (const code of practice.territory) {
      const self = unitIndexByCode.get(code);
      if (self !== undefined) {
        // the unit itself and the units it lies in (a gmina's powiat and voivodeship)
        addPlace(p, self);
        const powiat = powiatOf[self] ?? -1;
        if (powiat >= 0) addPlace(p, powiat);
        const voivodeship = voivodeshipOf[self] ?? -1;
        if (voivodeship >= 0) addPlace(p, voivodeship);
        if (!named.includesFrom(namedFrom, self)) named.push(self);
        continue;
      }
      // not in the gazetteer: the units it lies in, by code
      for (const length of [2, 4]) {
        if (code.length > length) {
          const ancestor = unitIndexByCode.get(code.slice(0, length));
          if (ancestor !== undefined) addPlace(p, ancestor);
        }
      }
    }
    placeStart[p + 1] = places.length;
    namedStart[p + 1] = named.length;
  }
  const placeUnits = places.slice();
  const [unitStart, unitPractices] = invert(placeStart, placeUnits, size, units.length);
  const [territoryStart, territoryPractices] = invert(
    namedStart,
    named.slice(),
    size,
    units.length,
  );

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
    placeStart,
    placeUnits,
    unitStart,
    unitPractices,
    territoryStart,
    territoryPractices,
  };
  if (options.text) attachTextIndex(index, options.text);
  return index;
}

/** Practices taking part in region `code` (see the region rule above), as a new bitset. */
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
    if (practice.territory.some((unit) => liesWithin(unit, code))) setBit(bits, p);
  });
  return bits;
}

/**
 * Practices covering region `code` without taking part in it: their territory names a unit that
 * contains it (its powiat or voivodeship), and no unit within it. A new bitset.
 */
export function coveringBits(index: PracticeIndex, code: string): Bitset {
  const bits = createBitset(index.size);
  for (const length of [2, 4]) {
    if (code.length <= length) continue;
    const u = index.unitIndexByCode.get(code.slice(0, length));
    if (u === undefined) continue;
    const end = index.territoryStart[u + 1] ?? 0;
    for (let i = index.territoryStart[u] ?? 0; i < end; i += 1)
      setBit(bits, index.territoryPractices[i] ?? 0);
  }
  return andNotInto(bits, regionBits(index, code));
}
