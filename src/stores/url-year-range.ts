// The `years` value of a link: a yearStarted range, inclusive. `2010-2015`, open ends `2010-` and
// `-2015`, one year `2012` (= 2012-2012, its canonical form); en and em dashes read as hyphens.
import { MAX_YEAR, MIN_YEAR, type YearRange } from './view-state';

const YEAR_RANGE = /^(\d{4})?\s*[-–—]\s*(\d{4})?$/;
const SINGLE_YEAR = /^\d{4}$/;

/** Parses a `years` value; a reversed range is returned swapped with `reversed: true`. */
export function parseYearRange(value: string): { range: YearRange; reversed: boolean } | null {
  const text = value.trim();
  let from: number | null;
  let to: number | null;
  if (SINGLE_YEAR.test(text)) {
    from = Number(text);
    to = from;
  } else {
    const match = YEAR_RANGE.exec(text);
    if (!match) return null;
    from = match[1] === undefined ? null : Number(match[1]);
    to = match[2] === undefined ? null : Number(match[2]);
  }
  if (from === null && to === null) return null;
  for (const year of [from, to]) {
    if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return null;
  }
  if (from !== null && to !== null && from > to) {
    return { range: { from: to, to: from }, reversed: true };
  }
  return { range: { from, to }, reversed: false };
}

/** Canonical `years` value: `2010-2015`, `2010-`, `-2015`, `2012`. */
export function serializeYearRange(range: YearRange): string {
  if (range.from !== null && range.from === range.to) return String(range.from);
  return `${range.from ?? ''}-${range.to ?? ''}`;
}
