// Filtering and facet counting over a PracticeIndex. OR within one filter, AND across filters.
// Facet counts are disjunctive: the count next to an option is |(AND of all OTHER filters) ∧
// option|, the number of practices the view would show if that option were the only one chosen
// in its filter. So choosing one option does not zero the counts of its siblings.
import {
  COOPERATION_FORMS,
  PRACTICE_TYPES,
  SECTORS,
  type CooperationForm,
  type PracticeType,
  type Sector,
} from '../../../data/vocabularies';
import {
  LEADING_UNIT_TYPES,
  type Filters,
  type LeadingUnitType,
  type YearRange,
} from '../../../stores/view-state';
import {
  andInto,
  andNotInto,
  countAnd,
  countBits,
  createBitset,
  fullBitset,
  orInto,
  setBit,
  type Bitset,
} from './bitset';
import { coveringBits, regionBits, type PracticeIndex } from './practice-index';
import { textIndexOf, type SearchTexts } from './practice-text-index';
import { searchText } from './text-index';

/** The facets with counts (the text query has none). */
type FacetKey = 'region' | 'type' | 'form' | 'sector' | 'unit' | 'years';

interface YearCounts {
  /** The first year of `counts` (index.minYear); 0 when no practice has a known year. */
  readonly from: number;
  /** counts[i]: practices started in year from + i. */
  readonly counts: Int32Array;
  /** Practices without a known start year (never matched by a year range). */
  readonly unknownYear: number;
}

interface FacetCounts {
  readonly type: Readonly<Record<PracticeType, number>>;
  readonly form: Readonly<Record<CooperationForm, number>>;
  readonly sector: Readonly<Record<Sector, number>>;
  readonly unit: Readonly<Record<LeadingUnitType, number>>;
  /** Per unit of index.units: practices taking part in it, with every filter except region. */
  readonly region: Int32Array;
  /** Start years, with every filter except years. */
  readonly years: YearCounts;
}

export interface FilterResult {
  /** Practices matching every filter. Do not mutate. */
  readonly matches: Bitset;
  readonly count: number;
  /** Text relevance per practice when a text query is active (meaningful for matches only). */
  readonly textScores: Uint16Array | null;
  /** The text query as probably meant, when part of it matched only as a typo (folded words). */
  readonly textSuggestion: string | null;
  /**
   * With a region filter: practices that match every other filter and cover the region without
   * taking part in it (practices of its powiat or voivodeship), whether or not `covering` adds
   * them to the matches. 0 without a region filter.
   */
  readonly covering: number;
  /** Disjunctive facet counts; null when not asked for. */
  readonly facets: FacetCounts | null;
  /** Per unit of index.units: matching practices taking part in it (the choropleth). Null when facets were not asked for. */
  readonly unitCounts: Int32Array | null;
}

export interface FilterOptions {
  /** Compute facet counts and unit counts (default true). */
  facets?: boolean;
  /** The practices' texts, once loaded: the text query then finds summaries too. */
  texts?: SearchTexts;
}

/**
 * Practices whose yearStarted lies in the range (inclusive; an open end is unbounded), and with
 * `undated` those whose start year is not known.
 */
function yearBits(index: PracticeIndex, range: YearRange, undated = false): Bitset {
  const bits = createBitset(index.size);
  const from = range.from ?? 1;
  const to = range.to ?? 65535;
  const years = index.yearStarted;
  for (let p = 0; p < years.length; p += 1) {
    const year = years[p] ?? 0;
    if (year === 0 ? undated : year >= from && year <= to) setBit(bits, p);
  }
  return bits;
}

function unionOf(index: PracticeIndex, sets: readonly Bitset[]): Bitset {
  const bits = createBitset(index.size);
  for (const set of sets) orInto(bits, set);
  return bits;
}

/**
 * Number of practices of `bits` taking part in each unit of index.units (one pass over the members
 * of `bits`). countByUnit(index, result.matches) is the choropleth.
 */
export function countByUnit(index: PracticeIndex, bits: Bitset): Int32Array {
  const counts = new Int32Array(index.units.length);
  const { placeStart, placeUnits } = index;
  // (`?? 0` on typed-array reads only satisfies noUncheckedIndexedAccess)
  for (let w = 0; w < bits.length; w += 1) {
    let word = bits[w] ?? 0;
    while (word !== 0) {
      const lowest = word & -word;
      const p = (w << 5) + 31 - Math.clz32(lowest);
      word ^= lowest;
      const end = placeStart[p + 1] ?? 0;
      for (let i = placeStart[p] ?? 0; i < end; i += 1) {
        const u = placeUnits[i] ?? 0;
        counts[u] = (counts[u] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** The count of unit `code` in a per-unit array (countByUnit, facets.region); 0 for an unknown code. */
export function countOfUnit(index: PracticeIndex, counts: Int32Array, code: string): number {
  const u = index.unitIndexByCode.get(code);
  return u === undefined ? 0 : (counts[u] ?? 0);
}

function countYears(index: PracticeIndex, bits: Bitset): YearCounts {
  const from = index.minYear;
  const counts = new Int32Array(from === 0 ? 0 : index.maxYear - from + 1);
  let unknownYear = 0;
  const years = index.yearStarted;
  for (let w = 0; w < bits.length; w += 1) {
    let word = bits[w] ?? 0;
    while (word !== 0) {
      const lowest = word & -word;
      const year = years[(w << 5) + 31 - Math.clz32(lowest)] ?? 0;
      word ^= lowest;
      if (year === 0) unknownYear += 1;
      else counts[year - from] = (counts[year - from] ?? 0) + 1;
    }
  }
  return { from, counts, unknownYear };
}

function countOptions<K extends string>(
  keys: readonly K[],
  sets: Readonly<Record<K, Bitset>>,
  base: Bitset,
): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, countAnd(base, sets[key])])) as Record<
    K,
    number
  >;
}

/**
 * Applies `filters` to the index: the matching practices, their text scores, and (unless
 * `options.facets` is false) the disjunctive facet counts and the per-unit counts.
 * A query with no searchable token (only punctuation) filters nothing.
 */
export function filterPractices(
  index: PracticeIndex,
  filters: Filters,
  options: FilterOptions = {},
): FilterResult {
  const active: { key: FacetKey | 'q'; bits: Bitset }[] = [];
  // the practices covering a chosen region without taking part in it: counted apart, matched
  // only when the person asks for them (filters.covering)
  let coveringOnly: Bitset | null = null;
  if (filters.region.length > 0) {
    const takingPart = unionOf(
      index,
      filters.region.map((code) => regionBits(index, code)),
    );
    coveringOnly = andNotInto(
      unionOf(
        index,
        filters.region.map((code) => coveringBits(index, code)),
      ),
      takingPart,
    );
    active.push({
      key: 'region',
      bits: filters.covering ? orInto(takingPart.slice(), coveringOnly) : takingPart,
    });
  }
  const listFilters = [
    ['type', filters.type, index.byType],
    ['form', filters.form, index.byForm],
    ['sector', filters.sector, index.bySector],
    ['unit', filters.unit, index.byLeadingUnitType],
  ] as const;
  for (const [key, values, sets] of listFilters) {
    if (values.length > 0) {
      const lookup = sets as Readonly<Record<string, Bitset | undefined>>;
      // own keys only: a hostile value such as `__proto__` selects nothing
      const chosen = values.flatMap((value) =>
        Object.hasOwn(lookup, value) ? (lookup[value] ?? []) : [],
      );
      active.push({ key, bits: unionOf(index, chosen) });
    }
  }
  if (filters.years !== null) {
    active.push({ key: 'years', bits: yearBits(index, filters.years, filters.undated) });
  }
  let textScores: Uint16Array | null = null;
  let textSuggestion: string | null = null;
  if (filters.q !== '') {
    const match = searchText(textIndexOf(index, options.texts ?? null), filters.q);
    if (match !== null) {
      textScores = match.scores;
      textSuggestion = match.suggestion;
      active.push({ key: 'q', bits: match.bits });
    }
  }

  // prefix[i] = AND of active[0..i), suffix[i] = AND of active[i..): the filter of "all but i" is
  // prefix[i] ∧ suffix[i + 1], without recomputing k − 1 intersections per facet.
  const all = fullBitset(index.size);
  const prefix: Bitset[] = [all];
  let matches = all;
  for (const { bits } of active) {
    matches = andInto(matches.slice(), bits);
    prefix.push(matches);
  }
  const count = countBits(matches);
  const coveringCountOf = (others: Bitset) =>
    coveringOnly === null ? 0 : countAnd(others, coveringOnly);
  if (options.facets === false) {
    // the region filter comes first, so "all but region" is the AND of the rest
    let others = all;
    if (coveringOnly !== null)
      for (const { bits } of active.slice(1)) others = andInto(others.slice(), bits);
    return {
      matches,
      count,
      textScores,
      textSuggestion,
      covering: coveringCountOf(others),
      facets: null,
      unitCounts: null,
    };
  }
  const suffix: Bitset[] = [];
  suffix[active.length] = all;
  let tail = all;
  for (let i = active.length - 1; i >= 0; i -= 1) {
    const filter = active[i];
    if (filter) tail = andInto(tail.slice(), filter.bits);
    suffix[i] = tail;
  }
  const allBut = (key: FacetKey): Bitset => {
    const i = active.findIndex((filter) => filter.key === key);
    const before = prefix[i];
    const after = suffix[i + 1];
    return before && after ? andInto(before.slice(), after) : matches;
  };

  const regionBase = allBut('region');
  const region = countByUnit(index, regionBase);
  const facets: FacetCounts = {
    type: countOptions(PRACTICE_TYPES, index.byType, allBut('type')),
    form: countOptions(COOPERATION_FORMS, index.byForm, allBut('form')),
    sector: countOptions(SECTORS, index.bySector, allBut('sector')),
    unit: countOptions(LEADING_UNIT_TYPES, index.byLeadingUnitType, allBut('unit')),
    region,
    years: countYears(index, allBut('years')),
  };
  const unitCounts = regionBase === matches ? region : countByUnit(index, matches);
  return {
    matches,
    count,
    textScores,
    textSuggestion,
    covering: coveringCountOf(regionBase),
    facets,
    unitCounts,
  };
}
