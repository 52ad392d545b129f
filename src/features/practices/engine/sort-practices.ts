// Ordering the matching practices. Each order is computed once per index over all practices
// (lazily, then cached); sorting a result is then a walk through that order keeping the members of
// the result, O(n) with no comparisons. Only relevance with a text query sorts the result itself.
import { compareDefault, compareName, compareNewest } from '../../../data/practice-order';
import type { Practice } from '../../../data/schemas';
import type { Sort } from '../../../stores/view-state';
import { countBits, hasBit, type Bitset } from './bitset';
import type { PracticeIndex } from './practice-index';

interface Ordering {
  /** Practice indexes in this order. */
  order: Uint32Array;
  /** rank[p]: position of practice p in `order`. */
  rank: Uint32Array;
}

const orderings = new WeakMap<PracticeIndex, Partial<Record<Sort, Ordering>>>();

type Comparator = (a: Practice, b: Practice) => number;

/** One comparator for each order the link knows (SORTS): a new order fails to compile here. */
const COMPARATORS: Record<Sort, Comparator> = {
  relevance: compareDefault,
  newest: compareNewest,
  name: compareName,
};

/**
 * The order of all practices (computed on first use, then cached for the index): relevance
 * without a query = compareDefault, newest = compareNewest, name = compareName.
 */
export function globalOrdering(index: PracticeIndex, order: Sort): Ordering {
  let cache = orderings.get(index);
  if (!cache) orderings.set(index, (cache = {}));
  const cached = cache[order];
  if (cached) return cached;
  const compare = COMPARATORS[order];
  const { practices } = index;
  let sorted: Uint32Array;
  if (isSorted(practices, compare)) {
    // the build writes the file in the default order: one pass instead of a sort at load
    sorted = new Uint32Array(practices.length);
    for (let p = 0; p < sorted.length; p += 1) sorted[p] = p;
  } else {
    const keyed = practices.map((practice, position) => ({ practice, position }));
    keyed.sort((a, b) => compare(a.practice, b.practice));
    sorted = Uint32Array.from(keyed, (entry) => entry.position);
  }
  const rank = new Uint32Array(sorted.length);
  for (let r = 0; r < sorted.length; r += 1) rank[sorted[r] ?? 0] = r;
  return (cache[order] = { order: sorted, rank });
}

function isSorted(practices: readonly Practice[], compare: Comparator): boolean {
  let previous: Practice | undefined;
  for (const practice of practices) {
    if (previous !== undefined && compare(previous, practice) > 0) return false;
    previous = practice;
  }
  return true;
}

/**
 * The members of `matches` in the given order, as practice indexes. With `relevance` and text
 * scores (FilterResult.textScores), higher scores come first and ties keep the default order.
 */
export function sortPractices(
  index: PracticeIndex,
  matches: Bitset,
  order: Sort,
  textScores: Uint16Array | null = null,
): Uint32Array {
  const { order: global, rank } = globalOrdering(index, order);
  if (order !== 'relevance' || textScores === null) {
    const out = new Uint32Array(countBits(matches));
    let n = 0;
    for (let r = 0; r < global.length && n < out.length; r += 1) {
      const p = global[r] ?? 0;
      if (hasBit(matches, p)) out[n++] = p;
    }
    return out;
  }
  // one numeric key per match: (max − score) · size + rank, sorted natively as float64
  const size = index.size;
  const keys: number[] = [];
  const maxScore = 0xffff;
  for (let w = 0; w < matches.length; w += 1) {
    let word = matches[w] ?? 0;
    while (word !== 0) {
      const lowest = word & -word;
      const p = (w << 5) + 31 - Math.clz32(lowest);
      word ^= lowest;
      keys.push((maxScore - (textScores[p] ?? 0)) * size + (rank[p] ?? 0));
    }
  }
  const sortedKeys = Float64Array.from(keys).sort();
  const out = new Uint32Array(sortedKeys.length);
  for (let i = 0; i < sortedKeys.length; i += 1) out[i] = global[(sortedKeys[i] ?? 0) % size] ?? 0;
  return out;
}
