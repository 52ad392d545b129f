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

function tokenizeSlowly(text: string): string[] {
  return foldText(text)
    .split(NON_TOKEN)
    .filter((token) => token.length > 0);
}

// Fast path of tokenizeText for Latin text (the index tokenizes millions of strings): a table
// from char code to its folded letter (0: a separator; SLOW: folds to several letters or lies
// outside the table). A string with any SLOW char takes the general path; both give the same.
const FAST_TABLE_SIZE = 0x250; // Basic Latin … Latin Extended-B
const SLOW = 0xffff;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const FAST_FOLD = (() => {
  const table = new Uint16Array(FAST_TABLE_SIZE);
  for (let code = 0; code < FAST_TABLE_SIZE; code += 1) {
    const char = String.fromCharCode(code);
    if (!LETTER_OR_DIGIT.test(char)) continue;
    const folded = foldText(char);
    table[code] = folded.length === 1 && LETTER_OR_DIGIT.test(folded) ? folded.charCodeAt(0) : SLOW;
  }
  return table;
})();
/** General Punctuation (dashes, typographic quotes, ellipsis, zero-width and bidi marks): separators, no letter or digit among them. */
const PUNCTUATION_FROM = 0x2000;
const PUNCTUATION_TO = 0x206f;

function foldCode(code: number): number {
  if (code < FAST_TABLE_SIZE) return FAST_FOLD[code] ?? SLOW;
  return code >= PUNCTUATION_FROM && code <= PUNCTUATION_TO ? 0 : SLOW;
}

const MAX_FAST_TOKEN = 1024;
const tokenBuffer = new Uint16Array(MAX_FAST_TOKEN);

/**
 * Receives one folded token as char codes, `codes[0..length)` (a shared buffer, valid only
 * during the call), with its FNV-1a hash (see hashTokenCodes), computed while scanning.
 */
export type TokenVisitor = (codes: Uint16Array, length: number, hash: number) => void;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over char codes: the hash scanTokens passes to its visitor. */
export function hashTokenCodes(codes: Uint16Array, length: number): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < length; k += 1) hash = Math.imul(hash ^ (codes[k] ?? 0), FNV_PRIME);
  return hash >>> 0;
}

function visitSlowly(text: string, skip: number, visit: TokenVisitor): void {
  const tokens = tokenizeSlowly(text);
  for (let t = skip; t < tokens.length; t += 1) {
    const token = tokens[t] ?? '';
    const codes = token.length <= MAX_FAST_TOKEN ? tokenBuffer : new Uint16Array(token.length);
    for (let k = 0; k < token.length; k += 1) codes[k] = token.charCodeAt(k);
    visit(codes, token.length, hashTokenCodes(codes, token.length));
  }
}

/**
 * The tokens of tokenizeText, as folded char codes in a shared buffer, without creating a string
 * per token: what the index uses to tokenize millions of strings quickly.
 */
export function scanTokens(text: string, visit: TokenVisitor): void {
  let length = 0;
  let visited = 0;
  let hash = FNV_OFFSET;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const folded = foldCode(code);
    if (folded === SLOW || (folded !== 0 && length === MAX_FAST_TOKEN)) {
      // the general path over the whole text (case folding can depend on context), skipping
      // the tokens already visited, which it gives identically
      visitSlowly(text, visited, visit);
      return;
    }
    if (folded === 0) {
      if (length > 0) {
        visit(tokenBuffer, length, hash >>> 0);
        visited += 1;
      }
      length = 0;
      hash = FNV_OFFSET;
      continue;
    }
    tokenBuffer[length] = folded;
    length += 1;
    hash = Math.imul(hash ^ folded, FNV_PRIME);
  }
}

function codesToString(codes: Uint16Array, length: number): string {
  let text = '';
  for (let k = 0; k < length; k += 1024) {
    text += String.fromCharCode.apply(
      null,
      codes.subarray(k, Math.min(length, k + 1024)) as unknown as number[],
    );
  }
  return text;
}

/** Folded tokens of letters and digits, in order, with repeats: `Gmina Miasta Gdańska` → `gmina`, `miasta`, `gdanska`. */
export function tokenizeText(text: string): string[] {
  const tokens: string[] = [];
  scanTokens(text, (codes, length) => tokens.push(codesToString(codes, length)));
  return tokens;
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
/** The longest inflectional ending the rule tolerates on the query (`-ach`, `-ami`, `-owi`). */
export const MAX_ENDING_LENGTH = 3;
/** A shared stem this long may carry a four-letter ending. */
const LONG_STEM_LENGTH = 8;

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
 * - Otherwise the two must share a stem of at least 4 letters, after which the query may carry an
 *   ending of up to three letters (four after a stem of 8 or more), and the word any ending (it
 *   may still be being typed). `koscierzynie` finds `koscierzyna`, `gminach` finds `gmina`, `krakowa` finds
 *   `krakow`, `lodzi` finds `lodz`; `kosciezyna` does not find `koscielec` (its "ending" `zyna`
 *   is four letters: a typo, see matchesWithTypo, not an inflection). Stem alternations inside
 *   the word (Białystok → Białymstoku) are not handled.
 *
 * Both arguments must already be folded (see foldText / tokenizeQuery).
 */
export function matchesStem(query: string, word: string): boolean {
  if (query.length < MIN_STEM_LENGTH) return word.startsWith(query);
  const shared = sharedPrefixLength(query, word);
  const ending = query.length - shared;
  // a long stem may carry one letter more (`niepelnosprawnosc|iami`, `gminy|owie`... `-iami`, `-owie`)
  return (
    shared >= MIN_STEM_LENGTH &&
    (ending <= MAX_ENDING_LENGTH ||
      (ending === MAX_ENDING_LENGTH + 1 && shared >= LONG_STEM_LENGTH))
  );
}

/** Words of this many letters or more forgive one wrong letter (see typoAllowance). */
export const MIN_TYPO_LENGTH = 5;
/** Words of this many letters or more forgive two. */
export const MIN_TWO_TYPOS_LENGTH = 8;

/** How many wrong letters a folded query token of this length forgives: 0, 1 or 2. */
export function typoAllowance(length: number): number {
  return length >= MIN_TWO_TYPOS_LENGTH ? 2 : length >= MIN_TYPO_LENGTH ? 1 : 0;
}

// One row of the distance table per letter of `a`, three rows kept (the transposition looks two
// back); reused across calls, since a dictionary scan calls this once per word.
let rows: [Uint8Array, Uint8Array, Uint8Array] = [
  new Uint8Array(64),
  new Uint8Array(64),
  new Uint8Array(64),
];

/**
 * Whether `a` and `b` are at most `max` edits apart, an edit being one letter inserted, deleted,
 * replaced, or two neighbours swapped (optimal string alignment). Hand-written rather than a
 * library: it is bounded (gives up as soon as a whole row exceeds `max`, so a dictionary scan
 * costs about one comparison of the first letters per word) and allocates nothing per call.
 */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  if (max === 0) return false;
  const width = b.length + 1;
  if (rows[0].length < width)
    rows = [new Uint8Array(width), new Uint8Array(width), new Uint8Array(width)];
  let [older, previous, current] = rows;
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let cost = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        cost = Math.min(cost, (older[j - 2] ?? 0) + 1);
      }
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > max) return false;
    [older, previous, current] = [previous, current, older];
  }
  return (previous[b.length] ?? max + 1) <= max;
}

/**
 * Does folded query token `query` find folded word `word` despite a typo? Only for tokens of
 * MIN_TYPO_LENGTH letters or more: one wrong letter (two from MIN_TWO_TYPOS_LENGTH) against the
 * word, or against the word's start as long as the token, so a typo inside an inflected or
 * half-typed word still counts (`kosciezyna` finds `koscierzyna`, `kosciezyn` finds it too).
 */
export function matchesWithTypo(query: string, word: string): boolean {
  const max = typoAllowance(query.length);
  if (max === 0) return false;
  if (withinEditDistance(query, word, max)) return true;
  return word.length > query.length && withinEditDistance(query, word.slice(0, query.length), max);
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
