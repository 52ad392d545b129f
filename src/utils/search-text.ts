// Text normalisation for search: case- and diacritics-insensitive (ł → l too), tokens of letters
// and digits of any script, and a light rule for Polish inflection ("Kościerzynie" finds
// "Kościerzyna"). Pure functions, shared by the practice search and the place autocomplete.

/** Letters that Unicode does not decompose into base + mark, folded by hand. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const EXTRA_FOLD_PATTERN = /[łđøßæœı]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
const NON_TOKEN = /[^\p{L}\p{N}]+/u;

/** Lower case without diacritics: `Łódź` → `lodz`, `ŚWIĄTNIKI Górne` → `swiatniki gorne`. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (ch) => EXTRA_FOLDS[ch] ?? ch);
}

/** Folded tokens of letters and digits, in order, with repeats: `Gmina Miasta Gdańska` → `gmina`, `miasta`, `gdanska`. */
export function tokenizeText(text: string): string[] {
  return foldText(text)
    .split(NON_TOKEN)
    .filter((token) => token.length > 0);
}

/**
 * Short Polish words that carry no meaning in a search ("partnerstwo w Kościerzynie"); they are
 * dropped from queries (never from the index), unless the query has nothing else.
 */
export const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'i',
  'o',
  'u',
  'w',
  'we',
  'z',
  'ze',
  'na',
  'do',
  'od',
  'po',
  'za',
  'dla',
  'oraz',
  'lub',
  'the',
  'of',
  'and',
  'in',
]);

/** At most this many query tokens are used; a longer query only narrows further anyway. */
export const MAX_QUERY_TOKENS = 12;

/** Query tokens: folded, stop words dropped (unless only stop words), deduplicated, capped. */
export function tokenizeQuery(query: string): string[] {
  const tokens = [...new Set(tokenizeText(query))];
  const meaningful = tokens.filter((token) => !SEARCH_STOP_WORDS.has(token));
  return (meaningful.length > 0 ? meaningful : tokens).slice(0, MAX_QUERY_TOKENS);
}

/** The shortest stem two words must share; also the length below which a query token is a plain prefix. */
export const MIN_STEM_LENGTH = 4;
/** The longest inflectional ending the rule tolerates on the shorter word (`-ach`, `-ami`, `-owi`). */
export const MAX_ENDING_LENGTH = 3;

/** Length of the common prefix of two strings. */
export function sharedPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

/**
 * Does folded query token `query` find folded word `word`?
 *
 * - A query token shorter than MIN_STEM_LENGTH is a prefix (search as you type): `kr` finds `krakow`.
 * - Otherwise the two must share a prefix of at least max(4, min(|query|, |word|) − 3): the shorter
 *   of the two may lose up to three final letters to its ending. `koscierzynie` finds
 *   `koscierzyna`, `gminach` finds `gmina`, `krakowa` finds `krakow`, `lodzi` finds `lodz`.
 *   Stem alternations inside the word (Białystok → Białymstoku) are not handled.
 *
 * Both arguments must already be folded (see foldText / tokenizeQuery).
 */
export function matchesStem(query: string, word: string): boolean {
  if (query.length < MIN_STEM_LENGTH) return word.startsWith(query);
  const shared = sharedPrefixLength(query, word);
  return (
    shared >= Math.max(MIN_STEM_LENGTH, Math.min(query.length, word.length) - MAX_ENDING_LENGTH)
  );
}

/**
 * The prefix every word found by `query` starts with (see matchesStem), so a sorted dictionary can
 * narrow to a contiguous range by binary search before testing each word.
 */
export function stemLookupPrefix(query: string): string {
  return query.slice(0, MIN_STEM_LENGTH);
}

// Cs: a lone surrogate (from a cut or hostile input) is not text either.
const CONTROL_AND_FORMAT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * A free-text query as the app keeps it: control, format (bidi overrides, zero-width) and
 * unassigned characters removed, whitespace collapsed, trimmed, and cut to `maxLength` code points
 * (never inside a surrogate pair). Case and diacritics are kept: the user sees what they typed.
 */
export function normalizeQueryText(raw: string, maxLength: number): string {
  // a megabyte of input is cut before the regexes; normalised text never needs more than this
  const cleaned = raw
    .slice(0, maxLength * 8)
    .replace(CONTROL_AND_FORMAT, ' ')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
  const codePoints = Array.from(cleaned);
  if (codePoints.length <= maxLength) return cleaned;
  return codePoints.slice(0, maxLength).join('').trim();
}
