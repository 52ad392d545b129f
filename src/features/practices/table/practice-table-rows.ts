// The table view's tree over the index: the children of a unit (a voivodeship's powiaty, a
// powiat's gminy) and the matching practices of one unit in the list's order.
import { andInto, createBitset, setBit } from '../engine/bitset';
import type { FilterResult } from '../engine/filter-practices';
import type { PracticeIndex } from '../engine/practice-index';
import { sortPractices } from '../engine/sort-practices';
import type { Sort } from '../../../stores/view-state';

const childrenByIndex = new WeakMap<PracticeIndex, Map<number, number[]>>();

/** Indexes (into index.units, code order) of the units one level below unit `u`. */
export function unitChildren(index: PracticeIndex, u: number): readonly number[] {
  let children = childrenByIndex.get(index);
  if (!children) {
    children = new Map();
    index.units.forEach((unit, i) => {
      const parentCode =
        unit.level === 'powiat'
          ? unit.terc.slice(0, 2)
          : unit.level === 'gmina'
            ? unit.terc.slice(0, 4)
            : null;
      const parent = parentCode === null ? undefined : index.unitIndexByCode.get(parentCode);
      if (parent === undefined || !children) return;
      const list = children.get(parent);
      if (list) list.push(i);
      else children.set(parent, [i]);
    });
    childrenByIndex.set(index, children);
  }
  return children.get(u) ?? [];
}

/**
 * The matching practices overlapping unit `u` (the rule of the region filter and of
 * unitCounts, so there are exactly unitCounts[u] of them), in the given order.
 */
export function practicesOfUnit(
  index: PracticeIndex,
  u: number,
  result: FilterResult,
  order: Sort,
): Uint32Array {
  const bits = createBitset(index.size);
  const end = index.unitStart[u + 1] ?? 0;
  for (let i = index.unitStart[u] ?? 0; i < end; i += 1) setBit(bits, index.unitPractices[i] ?? 0);
  andInto(bits, result.matches);
  return sortPractices(index, bits, order, result.textScores);
}
