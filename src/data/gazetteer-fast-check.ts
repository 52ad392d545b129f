// A quick check of gazetteer.json, written out by hand from gazetteerSchema (schemas.ts), as
// practices-fast-check.ts is for practices: zod's object parsers over 2,900 units are a long task
// on a phone's CPU while the map waits. Yes only when the data passes the schema AND zod would
// return it unchanged (no unknown keys to strip); otherwise the caller runs zod for the verdict
// and the error. tests/unit/gazetteer-fast-check.test.ts checks that a yes here is zod's yes.
import type { GazetteerFile } from './schemas';
import { isTercCode } from './terc';
import { isNumber, isRecordOf } from './quick-check-guards';

const FILE_KEYS = new Set(['version', 'terc', 'name', 'label', 'bbox']);

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

function isColumn(value: unknown, length: number, isEntry: (entry: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length !== length) return false;
  for (const entry of value) if (!isEntry(entry)) return false;
  return true;
}

const isTerc = (value: unknown) => typeof value === 'string' && isTercCode(value);
const isName = (value: unknown) => typeof value === 'string' && value.length > 0;

/**
 * True when `data` passes gazetteerSchema and zod would return it as it is. False says nothing:
 * run the schema for the verdict and the error.
 */
export function isPlainGazetteer(data: unknown): data is GazetteerFile {
  if (!isRecordOf(data, FILE_KEYS) || data.version !== 2 || !Array.isArray(data.terc)) {
    return false;
  }
  const length = data.terc.length;
  return (
    isColumn(data.terc, length, isTerc) &&
    isColumn(data.name, length, isName) &&
    isColumn(data.label, length, isLngLat) &&
    isColumn(data.bbox, length, isBbox)
  );
}
