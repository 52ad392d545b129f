// A quick check of a practices file, written out by hand from practicesFileSchema (schemas.ts).
// zod costs ~0.7 s on the main thread for 100,000 practices (and as much again in garbage); this
// check walks the same records in a fraction of that without allocating. It says yes only when the
// data passes the schema AND zod would return it unchanged (no unknown keys to strip, no title to
// trim); for anything else the caller runs zod, so errors name the file, record and
// field exactly as before. Keep it in step with schemas.ts: tests/unit/practices-fast-check.test.ts
// mutates every field and checks that a yes here always means the same yes from zod.
import {
  COOPERATION_FORMS,
  CWD_INTEGRATION_LEVELS,
  ISO_DATE_PATTERN,
  PRACTICE_TYPES,
  SECTORS,
  SLUG_PATTERN,
} from './vocabularies';
import type { PracticesFile } from './schemas';
import { isTercCode } from './terc';
import {
  isNonEmptyString,
  isOptionalString,
  isRecordOf,
  isSafeUrl,
  isTrimmedText,
} from './quick-check-guards';

const TYPES: ReadonlySet<unknown> = new Set(PRACTICE_TYPES);
const FORMS: ReadonlySet<unknown> = new Set(COOPERATION_FORMS);
const SECTOR_SET: ReadonlySet<unknown> = new Set(SECTORS);

const FILE_KEYS = new Set(['version', 'practices']);
const PRACTICE_KEYS = new Set([
  'id',
  'title',
  'type',
  'form',
  'yearStarted',
  'dateAdded',
  'dateUpdated',
  'leader',
  'implementer',
  'partners',
  'territory',
  'tags',
  'membership',
  'cwdIntegration',
]);
const IMPLEMENTER_KEYS = new Set(['name', 'street', 'postalCode', 'town', 'phone', 'websites']);
const PARTNER_KEYS = new Set(['name', 'sector', 'terc', 'role']);
const MEMBERSHIP_KEYS = new Set(['complete', 'stated', 'count']);
const CWD_LEVELS: ReadonlySet<unknown> = new Set(CWD_INTEGRATION_LEVELS);

function isTerc(value: unknown): boolean {
  return typeof value === 'string' && isTercCode(value);
}

function isDateOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'string' && ISO_DATE_PATTERN.test(value));
}

function isImplementer(value: unknown): boolean {
  if (value === null) return true;
  if (!isRecordOf(value, IMPLEMENTER_KEYS)) return false;
  if (!isNonEmptyString(value.name)) return false;
  if (!isOptionalString(value.street) || !isOptionalString(value.postalCode)) return false;
  if (!isOptionalString(value.town) || !isOptionalString(value.phone)) return false;
  const websites = value.websites;
  if (!Array.isArray(websites)) return false;
  for (const url of websites) if (!isSafeUrl(url)) return false;
  return true;
}

function isPartner(value: unknown): boolean {
  if (!isRecordOf(value, PARTNER_KEYS)) return false;
  if (!isNonEmptyString(value.name) || !SECTOR_SET.has(value.sector)) return false;
  if (value.terc !== undefined && !isTerc(value.terc)) return false;
  const role = value.role;
  return role === undefined || role === 'leader' || role === 'member';
}

function isMembership(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isRecordOf(value, MEMBERSHIP_KEYS) || value.complete !== false) return false;
  if (value.stated !== undefined && !isNonEmptyString(value.stated)) return false;
  const count = value.count;
  return count === undefined || (Number.isInteger(count) && Number(count) >= 1);
}

function isPractice(value: unknown): boolean {
  if (!isRecordOf(value, PRACTICE_KEYS)) return false;
  const id = value.id;
  if (typeof id !== 'string' || !SLUG_PATTERN.test(id)) return false;
  if (!isTrimmedText(value.title)) return false;
  if (!TYPES.has(value.type) || !FORMS.has(value.form)) return false;
  const year = value.yearStarted;
  if (year !== null && !(Number.isInteger(year) && Number(year) >= 1900 && Number(year) <= 2100)) {
    return false;
  }
  if (!isDateOrNull(value.dateAdded) || !isDateOrNull(value.dateUpdated)) return false;
  if (!isTerc(value.leader) || !isImplementer(value.implementer)) return false;
  const { partners, territory, tags } = value;
  if (!Array.isArray(partners) || !Array.isArray(territory) || territory.length === 0) return false;
  if (!Array.isArray(tags)) return false;
  for (const partner of partners) if (!isPartner(partner)) return false;
  for (const code of territory) if (!isTerc(code)) return false;
  for (const tag of tags) if (typeof tag !== 'string') return false;
  if (!isMembership(value.membership)) return false;
  return value.cwdIntegration === undefined || CWD_LEVELS.has(value.cwdIntegration);
}

/**
 * True when `data` passes practicesFileSchema and zod would return it as it is, so it can be
 * used without zod. False says nothing: run the schema for the verdict and the error.
 */
export function isPlainPracticesFile(data: unknown): data is PracticesFile {
  if (!isRecordOf(data, FILE_KEYS) || data.version !== 1) return false;
  const practices = data.practices;
  if (!Array.isArray(practices)) return false;
  for (const practice of practices) if (!isPractice(practice)) return false;
  return true;
}
