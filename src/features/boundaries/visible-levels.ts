import { LEVEL_MIN_ZOOM } from '../../config/map';
import type { UnitLevel } from '../../data/terc';

const COARSE_TO_FINE: readonly UnitLevel[] = ['voivodeship', 'powiat', 'gmina'];

/** The levels drawn at a zoom: voivodeships always, powiaty from 7, gminy from 8. */
export function visibleLevels(zoom: number): UnitLevel[] {
  return COARSE_TO_FINE.filter((level) => level === 'voivodeship' || zoom >= LEVEL_MIN_ZOOM[level]);
}

/** The finest level drawn: the one that answers hover and click. */
export function interactiveLevel(zoom: number): UnitLevel {
  return visibleLevels(zoom).at(-1) ?? 'voivodeship';
}
