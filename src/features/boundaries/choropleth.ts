// The choropleth: units shaded by a count (the explorer passes the number of matching practices
// per unit). Pure: classes, colours and labels are testable without a map. Classes adapt to the
// largest count of the level shown (voivodeships reach thousands where gminy reach a few), with
// readable lower bounds (one class per value up to 5; 1, 2, 4, 8, 16 up to 40; then 1, 2, 5 × 10ⁿ)
// so the legend reads easily; 0 is left unfilled.
import type { UnitLevel } from '../../data/terc';

/** Count per unit by TERC code (any level); 0 for a unit without any. */
export type UnitCountLookup = (terc: string) => number;

/** Sequential blues, light to dark (ColorBrewer Blues); the zero class is unfilled. */
export const CHOROPLETH_COLORS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
const MAX_CLASSES = CHOROPLETH_COLORS.length;

export interface ChoroplethClass {
  /** Inclusive bounds. */
  min: number;
  max: number;
  /** null: unfilled. */
  color: string | null;
}

export interface ChoroplethScale {
  level: UnitLevel;
  /** The zero class first, then ascending, the last ending at the largest count. */
  classes: ChoroplethClass[];
}

/** The largest of 1, 2, 5 × 10ⁿ not above `value` (value ≥ 1). */
function niceFloor(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const digit = value / power;
  return (digit >= 5 ? 5 : digit >= 2 ? 2 : 1) * power;
}

/** Classes for counts from 0 to `maxCount`. */
export function choroplethClasses(maxCount: number): ChoroplethClass[] {
  const max = Math.max(0, Math.floor(maxCount));
  const zero: ChoroplethClass = { min: 0, max: 0, color: null };
  if (max === 0) return [zero];
  let lowers: number[];
  if (max <= MAX_CLASSES) {
    lowers = Array.from({ length: max }, (_, i) => i + 1);
  } else if (max <= 40) {
    // 1, 2–3, 4–7, 8–15, 16+
    lowers = [1, 2, 4, 8, 16].filter((lower) => lower <= max);
  } else {
    lowers = [
      ...new Set(
        Array.from({ length: MAX_CLASSES }, (_, i) => niceFloor(max ** (i / MAX_CLASSES))),
      ),
    ];
  }
  const n = lowers.length;
  const colorAt = (i: number) =>
    CHOROPLETH_COLORS[n === 1 ? 2 : Math.round((i * (MAX_CLASSES - 1)) / (n - 1))] ?? null;
  return [
    zero,
    ...lowers.map((min, i) => ({
      min,
      max: (lowers[i + 1] ?? max + 1) - 1,
      color: colorAt(i),
    })),
  ];
}

export function classOf(classes: readonly ChoroplethClass[], count: number): ChoroplethClass {
  for (let i = classes.length - 1; i >= 0; i -= 1) {
    const item = classes[i];
    if (item && count >= item.min) return item;
  }
  return classes[0] ?? { min: 0, max: 0, color: null };
}

/** The scale for the units of one level (their codes) under `countOf`. */
export function choroplethScale(
  level: UnitLevel,
  codes: readonly string[],
  countOf: UnitCountLookup,
): ChoroplethScale {
  let max = 0;
  for (const code of codes) max = Math.max(max, countOf(code));
  return { level, classes: choroplethClasses(max) };
}

/** "0", "1", "2–4", "1000–6234" (an en dash between the bounds). */
export function formatClassRange(item: ChoroplethClass): string {
  return item.min === item.max ? String(item.min) : `${item.min}–${item.max}`;
}
