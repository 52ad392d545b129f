import type { UnitLevel } from '../../data/terc';

const progress = new WeakMap<object, { shown: Set<UnitLevel>; reported: boolean }>();

/**
 * Records that `level` is on `map`; true exactly once per map: when every level in `expected`
 * (those visible at that moment) has been shown.
 */
export function noteLevelShown(
  map: object,
  level: UnitLevel,
  expected: readonly UnitLevel[],
): boolean {
  const state = progress.get(map) ?? { shown: new Set<UnitLevel>(), reported: false };
  progress.set(map, state);
  state.shown.add(level);
  if (state.reported || !expected.every((l) => state.shown.has(l))) return false;
  state.reported = true;
  return true;
}
