// Matching units of the gazetteer against what the user types: case- and diacritics-insensitive,
// best matches first. Pure, so the explorer's region autocomplete can reuse and test it.
import type { Unit } from './schemas';
import { tokenizeText } from '../utils/search-text';

export interface UnitSearchEntry {
  unit: Unit;
  /** The folded display name, e.g. `powiat koscierski` (words joined by one space). */
  key: string;
  words: readonly string[];
}

const LEVEL_RANK: Record<Unit['level'], number> = { voivodeship: 0, powiat: 1, gmina: 2 };
const collator = new Intl.Collator('pl');

/**
 * One entry per unit a user would look for. The gmina of a city with powiat rights (Kraków
 * 1261011) is left out: its powiat (1261) is the same place, has the same name, and contains it.
 */
export function buildUnitSearchEntries(
  units: readonly Unit[],
  displayName: (unit: Unit) => string,
): UnitSearchEntry[] {
  return units
    .filter((unit) => !(unit.level === 'gmina' && unit.cityWithPowiatRights))
    .map((unit) => {
      const words = tokenizeText(displayName(unit));
      return { unit, key: words.join(' '), words };
    });
}

/** Lower is better; null when the entry does not match. */
function scoreEntry(entry: UnitSearchEntry, query: string, queryWords: string[]): number | null {
  if (/^\d{2,7}$/.test(query)) return entry.unit.terc.startsWith(query) ? 1 : null;
  if (entry.key === query) return 0;
  if (entry.key.startsWith(query)) return 1;
  if (queryWords.every((q) => entry.words.some((word) => word.startsWith(q)))) return 2;
  if (entry.key.includes(query)) return 3;
  return null;
}

export interface UnitMatches {
  /** The best matches, at most `limit`. */
  units: Unit[];
  /** How many entries matched in all. */
  total: number;
}

export function matchUnits(
  entries: readonly UnitSearchEntry[],
  text: string,
  limit = 20,
): UnitMatches {
  const queryWords = tokenizeText(text);
  const query = queryWords.join(' ');
  if (query === '') return { units: [], total: 0 };
  const scored: { entry: UnitSearchEntry; score: number }[] = [];
  for (const entry of entries) {
    const score = scoreEntry(entry, query, queryWords);
    if (score !== null) scored.push({ entry, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      LEVEL_RANK[a.entry.unit.level] - LEVEL_RANK[b.entry.unit.level] ||
      collator.compare(a.entry.unit.name, b.entry.unit.name) ||
      (a.entry.unit.terc < b.entry.unit.terc ? -1 : 1),
  );
  return { units: scored.slice(0, limit).map((item) => item.entry.unit), total: scored.length };
}
