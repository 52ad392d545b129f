// Matching units of the gazetteer against what the user types: case- and diacritics-insensitive,
// best matches first. Pure, so the explorer's region autocomplete can reuse and test it.
import type { Unit } from './schemas';
import {
  matchesStem,
  matchesWithTypo,
  sharedPrefixLength,
  tokenizeQuery,
  tokenizeText,
} from '../utils/search-text';

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

// Three tiers, each offered only when the one before finds nothing: the name as typed (exact,
// prefix, every word a prefix, a substring), then Polish endings, then typos.
const SCORE = { exact: 0, prefix: 1, wordPrefixes: 2, infix: 3, inflected: 4, typo: 6 } as const;

/**
 * How far query words are from the entry's words as inflections, 0 to 1 (so it stays within its
 * tier): the share of each name word that the query word leaves out. `krakowie` keeps all of
 * `krakow` (Kraków, 0) but only two thirds of `krakowski` (powiat krakowski).
 */
function inflectionDistance(entry: UnitSearchEntry, queryWords: readonly string[]): number {
  let distance = 0;
  for (const q of queryWords) {
    let best = 1;
    for (const word of entry.words) {
      if (word.length > 0) best = Math.min(best, 1 - sharedPrefixLength(q, word) / word.length);
    }
    distance += best;
  }
  return queryWords.length === 0 ? 0 : distance / queryWords.length;
}

/**
 * Lower is better; null when the entry does not match. Words are matched by the practice search's
 * rule (utils/search-text): `krakowa` and `krakowie` find Kraków, ranked by how much of the word
 * they share; `kosciezyna` finds Kościerzyna as a typo.
 */
function scoreEntry(
  entry: UnitSearchEntry,
  query: string,
  queryWords: readonly string[],
  meaningfulWords: readonly string[],
): number | null {
  if (/^\d{2,7}$/.test(query)) return entry.unit.terc.startsWith(query) ? SCORE.prefix : null;
  if (entry.key === query) return SCORE.exact;
  if (entry.key.startsWith(query)) return SCORE.prefix;
  const findsEvery = (words: readonly string[], finds: (q: string, word: string) => boolean) =>
    words.every((q) => entry.words.some((word) => finds(q, word)));
  if (findsEvery(queryWords, (q, word) => word.startsWith(q))) return SCORE.wordPrefixes;
  if (entry.key.includes(query)) return SCORE.infix;
  // as in the practice search, "w Krakowie" looks for Krakowie alone
  if (findsEvery(meaningfulWords, matchesStem))
    return SCORE.inflected + inflectionDistance(entry, meaningfulWords);
  if (findsEvery(meaningfulWords, (q, word) => matchesStem(q, word) || matchesWithTypo(q, word)))
    return SCORE.typo;
  return null;
}

function tierOf(score: number): number {
  return score < SCORE.inflected ? 0 : score < SCORE.typo ? 1 : 2;
}

export interface UnitMatches {
  /** The best matches, at most `limit`. */
  units: Unit[];
  /** How many entries matched in all. */
  total: number;
  /** True when nothing matched as typed and `units` are guesses at a typo ("did you mean"). */
  corrected: boolean;
}

export function matchUnits(
  entries: readonly UnitSearchEntry[],
  text: string,
  limit = 20,
): UnitMatches {
  const queryWords = tokenizeText(text);
  const meaningfulWords = tokenizeQuery(text);
  const query = queryWords.join(' ');
  if (query === '') return { units: [], total: 0, corrected: false };
  const scored: { entry: UnitSearchEntry; score: number }[] = [];
  for (const entry of entries) {
    const score = scoreEntry(entry, query, queryWords, meaningfulWords);
    if (score !== null) scored.push({ entry, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      LEVEL_RANK[a.entry.unit.level] - LEVEL_RANK[b.entry.unit.level] ||
      collator.compare(a.entry.unit.name, b.entry.unit.name) ||
      (a.entry.unit.terc < b.entry.unit.terc ? -1 : 1),
  );
  const bestTier = tierOf(scored[0]?.score ?? 0); // sorted: the best first
  const kept = scored.filter((item) => tierOf(item.score) === bestTier);
  return {
    units: kept.slice(0, limit).map((item) => item.entry.unit),
    total: kept.length,
    corrected: bestTier === tierOf(SCORE.typo) && kept.length > 0,
  };
}
