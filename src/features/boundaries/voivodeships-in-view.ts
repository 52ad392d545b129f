// Which voivodeships are seen from close up: pure, so it is tested without a map.
import { BOUNDARY_DETAIL } from '../../config/data-files';
import { VOIVODESHIP_CODES } from '../../data/use-detailed-boundaries';

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

/** The codes, in code order, of the voivodeships whose bbox meets the view at this zoom. */
export function voivodeshipsInView(
  view: BBox,
  zoom: number,
  bboxOf: (code: string) => BBox | undefined,
): string[] {
  if (zoom < BOUNDARY_DETAIL.minZoom) return [];
  const [west, south, east, north] = view;
  return VOIVODESHIP_CODES.filter((code) => {
    const bbox = bboxOf(code);
    if (!bbox) return false;
    const [w, s, e, n] = bbox;
    return w <= east && e >= west && s <= north && n >= south;
  });
}

/** Adds what is new to a sorted list; the same list when nothing is. */
export function addCodes(known: string[], found: readonly string[]): string[] {
  const missing = found.filter((code) => !known.includes(code));
  return missing.length === 0 ? known : [...known, ...missing].sort();
}
