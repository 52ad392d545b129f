// The guards the quick checks of the data files share (practices-, gazetteer- and
// boundaries-fast-check.ts): each says yes only where the zod schema would accept the value
// unchanged, so a "no" hands the file to zod, which names the error.
import { SAFE_URL_PATTERN } from './vocabularies';

type Fields = Record<string, unknown>;

/** A plain object whose own keys are all among `keys` (a strict z.object). */
export function isRecordOf(value: unknown, keys: ReadonlySet<string>): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !keys.has(key)) return false;
  }
  return true;
}

/** zod's z.number(): a finite number. */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** Already trimmed, so zod's trim returns it unchanged. */
export function isTrimmedText(value: unknown): boolean {
  return isNonEmptyString(value) && value.trim() === value;
}

export function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

export function isSafeUrl(value: unknown): boolean {
  return typeof value === 'string' && SAFE_URL_PATTERN.test(value);
}
