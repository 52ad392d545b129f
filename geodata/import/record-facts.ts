// Facts of the second source file beyond the first's columns: a partial member list
// (`members_complete: false`, `members_stated`) and CWD's integration level. Each becomes an
// optional practice field; what cannot be read is noted for a human, never guessed.
import type { CwdIntegration, Practice } from '../../src/data/schemas';
import { foldText } from '../../src/utils/search-text';
import type { SourceRecord } from './source-record';

/**
 * The total a `members_stated` text gives, or null: the numbers outside parentheses added up,
 * plus one for a lone `i powiat` (`18 gmin, 4 powiaty` → 22; `7 gmin i powiat (…)` → 8;
 * `wszystkie gminy powiatów …` → null).
 */
export function statedCount(stated: string): number | null {
  const outside = stated.replace(/\([^()]*\)/g, ' ');
  const numbers = [...outside.matchAll(/\d+/g)].map((match) => Number(match[0]));
  if (numbers.length === 0) return null;
  const lonePowiat = /\bi powiat\b/i.test(outside) ? 1 : 0;
  return numbers.reduce((sum, n) => sum + n, 0) + lonePowiat;
}

/**
 * `membership` when a record says its list is partial and the partners found are fewer than it
 * states. A complete list whose count disagrees with the stated one is noted, not changed.
 */
export function membershipOf(
  records: SourceRecord[],
  partnerCount: number,
  notes: string[],
): Practice['membership'] {
  const partial = records.find((record) => record.members_complete === false);
  const statedRecord = (partial ? [partial] : records).find((record) => record.members_stated);
  const stated = statedRecord?.members_stated ?? undefined;
  const count = stated ? statedCount(stated) : null;
  if (!partial) {
    if (stated && count !== null && count !== partnerCount) {
      notes.push(
        `members_stated "${stated}" says ${count}, but ${partnerCount} partners are listed`,
      );
    }
    return undefined;
  }
  if (count !== null && partnerCount >= count) {
    notes.push(
      `members_complete is false, but the ${partnerCount} partners listed reach the stated "${stated}": shown as complete`,
    );
    return undefined;
  }
  return {
    complete: false,
    ...(stated ? { stated } : {}),
    ...(count !== null ? { count } : {}),
  };
}

/** CWD's class text (`ponadpowiatowe, w pełni zintegrowane (…)`) → its slug, or null. */
export function parseCwdIntegration(text: string): CwdIntegration | null {
  const folded = foldText(text);
  const scope = /^\W*ponadpowiatowe/.test(folded)
    ? 'supra-county'
    : /^\W*powiatowe/.test(folded)
      ? 'county'
      : null;
  if (!scope) return null;
  let degree: 'unintegrated' | 'partly-integrated' | 'fully-integrated' | 'integrated';
  if (/niezintegrowane/.test(folded)) degree = 'unintegrated';
  else if (/czesciowo/.test(folded)) degree = 'partly-integrated';
  else if (/w pel/.test(folded)) degree = 'fully-integrated';
  else if (/zintegrowane/.test(folded)) degree = 'integrated';
  else return null;
  if (scope === 'county') {
    if (degree === 'unintegrated') return 'county-unintegrated';
    if (degree === 'integrated') return 'county-integrated';
    return null;
  }
  if (degree === 'integrated') return null;
  return `supra-county-${degree}`;
}

/** The first record's readable CWD integration class; one that cannot be read is noted. */
export function cwdIntegrationOf(
  records: SourceRecord[],
  notes: string[],
): CwdIntegration | undefined {
  for (const record of records) {
    if (!record.cwd_integration) continue;
    const level = parseCwdIntegration(record.cwd_integration);
    if (level) return level;
    notes.push(
      `cwd_integration "${record.cwd_integration}" is not one of the 5 CWD classes; left out`,
    );
  }
  return undefined;
}
