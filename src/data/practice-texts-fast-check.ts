// A quick check of practice-texts.json, written out by hand from practiceTextsFileSchema
// (schemas.ts), like practices-fast-check.ts: yes only when the data passes the schema and zod
// would return it unchanged; anything else goes to zod (decode-practice-texts.ts), which names the
// error. tests/unit/practice-texts-fast-check.test.ts mutates every field against the schema.
import type { PracticeTextsFile } from './schemas';
import { isOptionalString, isRecordOf, isSafeUrl, isTrimmedText } from './quick-check-guards';

const FILE_KEYS = new Set(['version', 'texts']);
const TEXTS_KEYS = new Set(['summary', 'description', 'sources']);
const SOURCE_KEYS = new Set(['url', 'kind']);

function isSource(value: unknown): boolean {
  if (!isRecordOf(value, SOURCE_KEYS)) return false;
  const kind = value.kind;
  return (value.url === null || isSafeUrl(value.url)) && (kind === 'bdp' || kind === 'other');
}

/** One entry of `texts`: what practiceTextsSchema accepts unchanged. */
export function isPlainPracticeTexts(value: unknown): boolean {
  if (!isRecordOf(value, TEXTS_KEYS)) return false;
  if (!isTrimmedText(value.summary) || !isOptionalString(value.description)) return false;
  const sources = value.sources;
  if (!Array.isArray(sources)) return false;
  for (const source of sources) if (!isSource(source)) return false;
  return true;
}

/**
 * True when `data` passes practiceTextsFileSchema and zod would return it as it is, so it can be
 * used without zod. False says nothing: run the schema for the verdict and the error.
 */
export function isPlainPracticeTextsFile(data: unknown): data is PracticeTextsFile {
  if (!isRecordOf(data, FILE_KEYS) || data.version !== 1) return false;
  const texts = data.texts;
  if (typeof texts !== 'object' || texts === null || Array.isArray(texts)) return false;
  // a record read from JSON: own keys only, and no prototype tricks (`__proto__` as an id)
  if (Object.getPrototypeOf(texts) !== Object.prototype) return false;
  for (const id in texts) {
    if (!Object.hasOwn(texts, id)) return false;
    if (!isPlainPracticeTexts((texts as Record<string, unknown>)[id])) return false;
  }
  return true;
}
