// The orders of practices, defined once for the data build and the app: the build writes
// practices.json in the default order (compareDefault), and the list sorts by these three
// (features/practices/engine/sort-practices.ts computes each order once per index).
import type { Practice } from './schemas';

/** Polish collation for titles: `Łódź` after `Lublin`, `Żory` after `Zabrze`, `Gmina 9` before `Gmina 10`. */
const TITLE_COLLATOR = new Intl.Collator('pl', { numeric: true });

function compareIds(a: Practice, b: Practice): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Nulls last, larger first. */
function compareDescending(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a > b ? -1 : 1;
}

/** Newest: yearStarted descending, then dateAdded descending (unknown ones last), then id. */
export function compareNewest(a: Practice, b: Practice): number {
  return (
    compareDescending(a.yearStarted, b.yearStarted) ||
    compareDescending(a.dateAdded, b.dateAdded) ||
    compareIds(a, b)
  );
}

/** The default order (relevance without a text query): more partners first, then newest. */
export function compareDefault(a: Practice, b: Practice): number {
  return b.partners.length - a.partners.length || compareNewest(a, b);
}

/** By title in Polish collation, then id. */
export function compareName(a: Practice, b: Practice): number {
  return TITLE_COLLATOR.compare(a.title, b.title) || compareIds(a, b);
}
