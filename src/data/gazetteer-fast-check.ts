// A quick check of gazetteer.json, written out by hand from gazetteerSchema (schemas.ts), as
// practices-fast-check.ts is for practices: zod's object parsers over 2,900 units are a long task
// on a phone's CPU while the map waits. Yes only when the data passes the schema AND zod would
// return it unchanged (no unknown keys to strip); otherwise the caller runs zod for the verdict
// and the error. tests/unit/gazetteer-fast-check.test.ts checks that a yes here is zod's yes.
import type { Gazetteer } from './schemas';
import { isTercCode } from './terc';
import { isNumber, isRecordOf } from './quick-check-guards';

const FILE_KEYS = new Set(['version', 'units']);
const UNIT_KEYS = new Set([
  'terc',
  'name',
  'level',
  'gminaType',
  'cityWithPowiatRights',
  'powiat',
  'voivodeship',
  'label',
  'bbox',
]);
const LEVELS: ReadonlySet<unknown> = new Set(['voivodeship', 'powiat', 'gmina']);
const GMINA_TYPES: ReadonlySet<unknown> = new Set(['urban', 'rural', 'urban-rural']);

function isTerc(value: unknown): boolean {
  return typeof value === 'string' && isTercCode(value);
}

function isOptionalTerc(value: unknown): boolean {
  return value === undefined || isTerc(value);
}

/** [lng, lat] inside the schema's box around Poland. */
function isLngLat(value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [lng, lat] = value as unknown[];
  return isNumber(lng) && lng >= 14 && lng <= 24.5 && isNumber(lat) && lat >= 49 && lat <= 55;
}

function isBbox(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    isNumber(value[0]) &&
    isNumber(value[1]) &&
    isNumber(value[2]) &&
    isNumber(value[3])
  );
}

function isUnit(unit: unknown): boolean {
  if (!isRecordOf(unit, UNIT_KEYS)) return false;
  return (
    isTerc(unit.terc) &&
    typeof unit.name === 'string' &&
    unit.name.length > 0 &&
    LEVELS.has(unit.level) &&
    (unit.gminaType === undefined || GMINA_TYPES.has(unit.gminaType)) &&
    typeof unit.cityWithPowiatRights === 'boolean' &&
    isOptionalTerc(unit.powiat) &&
    isOptionalTerc(unit.voivodeship) &&
    isLngLat(unit.label) &&
    isBbox(unit.bbox)
  );
}

/**
 * True when `data` passes gazetteerSchema and zod would return it as it is. False says nothing:
 * run the schema for the verdict and the error.
 */
export function isPlainGazetteer(data: unknown): data is Gazetteer {
  if (!isRecordOf(data, FILE_KEYS) || data.version !== 1) return false;
  const units = data.units;
  if (!Array.isArray(units)) return false;
  for (const unit of units) if (!isUnit(unit)) return false;
  return true;
}
