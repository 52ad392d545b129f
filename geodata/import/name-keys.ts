// Text helpers for matching Polish names: case, diacritics, hyphens, quotes and inflection.

const POLISH_LETTERS: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
};

/** Lower case, without diacritics: `Świeradów` → `swieradow` (ł has no decomposition, so map it). */
export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (letter) => POLISH_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * The key names are compared by: lower case, quotes dropped, hyphens and dashes as spaces,
 * whitespace collapsed. Diacritics are kept (`Łask` and `Lask` stay different).
 * `Świeradów-Zdrój`, `Świeradów Zdrój` and `ŚWIERADÓW  ZDRÓJ` share one key.
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[„”"“‟«»‚‘’`']/g, '')
    .replace(/[-‐‑‒–—]/g, ' ')
    .replace(/[,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `nameKey` without diacritics, for names typed without Polish letters. */
export function foldedKey(text: string): string {
  return foldDiacritics(nameKey(text));
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * How well an inflected form matches a name, word by word, on folded keys: `gdanska` ~ `gdansk`
 * (genitive), `nowym dworze mazowieckim` ~ `nowy dwor mazowiecki` (locative). Each word must share
 * a stem with the name's word: all but its last two letters (Polish endings alternate:
 * Ostróda → Ostródzie, Gdynia → Gdyni). Returns 0 for no match, else a score where a form that
 * contains every name word whole scores highest.
 */
export function inflectedMatchScore(form: string, name: string): number {
  const formWords = foldedKey(form).split(' ');
  const nameWords = foldedKey(name).split(' ');
  if (formWords.length !== nameWords.length) return 0;
  let score = 0;
  for (let index = 0; index < nameWords.length; index += 1) {
    const formWord = formWords[index] ?? '';
    const nameWord = nameWords[index] ?? '';
    const prefix = commonPrefixLength(formWord, nameWord);
    const needed = Math.max(Math.min(3, nameWord.length), nameWord.length - 2);
    if (prefix < needed || formWord.length > nameWord.length + 4) return 0;
    score += prefix === nameWord.length ? 2 : 1;
  }
  return score / (2 * nameWords.length);
}

/** True when `adjective` is derived from the town `name`: `radomski` ← `Radom`, `płocki` ← `Płock`. */
export function sharesStem(adjective: string, name: string): boolean {
  const a = foldedKey(adjective);
  const n = foldedKey(name);
  const prefix = commonPrefixLength(a, n);
  return prefix >= 4 && prefix >= n.length - 1;
}

/** Readable slug: Polish letters transliterated, lower case, words joined by hyphens. */
export function slugify(text: string, maxLength = 60): string {
  const words = foldDiacritics(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length === 0 ? word.length : length + 1 + word.length;
    if (next > maxLength && kept.length > 0) break;
    kept.push(word.slice(0, maxLength));
    length = next;
  }
  // a slug that ends in a preposition reads as cut off
  while (kept.length > 1 && SLUG_TAIL_WORDS.has(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join('-');
}

const SLUG_TAIL_WORDS = new Set([
  'i',
  'w',
  'z',
  'o',
  'a',
  'na',
  'do',
  'od',
  'dla',
  'we',
  'ze',
  'po',
  'przy',
  'oraz',
  'jako',
  'the',
  'of',
]);
