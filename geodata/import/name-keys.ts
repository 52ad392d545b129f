// Keys that unit names are compared by when the importer resolves a named local government:
// the spelling differences a name key ignores (case, quotes, hyphens), and the Polish inflection
// of place names (`w Gdańsku`, `powiat radomski`). Folding itself is the app's (search-text.ts).
import { foldText, sharedPrefixLength } from '../../src/utils/search-text';

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
export function foldedNameKey(text: string): string {
  return foldText(nameKey(text));
}

/**
 * How well an inflected form matches a name, word by word, on folded keys: `gdanska` ~ `gdansk`
 * (genitive), `nowym dworze mazowieckim` ~ `nowy dwor mazowiecki` (locative). Each word must share
 * a stem with the name's word: all but its last two letters (Polish endings alternate:
 * Ostróda → Ostródzie, Gdynia → Gdyni). Returns 0 for no match, else a score where a form that
 * contains every name word whole scores highest.
 */
export function inflectedMatchScore(form: string, name: string): number {
  const formWords = foldedNameKey(form).split(' ');
  const nameWords = foldedNameKey(name).split(' ');
  if (formWords.length !== nameWords.length) return 0;
  let score = 0;
  for (let index = 0; index < nameWords.length; index += 1) {
    const formWord = formWords[index] ?? '';
    const nameWord = nameWords[index] ?? '';
    const prefix = sharedPrefixLength(formWord, nameWord);
    const needed = Math.max(Math.min(3, nameWord.length), nameWord.length - 2);
    if (prefix < needed || formWord.length > nameWord.length + 4) return 0;
    score += prefix === nameWord.length ? 2 : 1;
  }
  return score / (2 * nameWords.length);
}

/** True when `adjective` is derived from the town `name`: `radomski` ← `Radom`, `płocki` ← `Płock`. */
export function sharesStem(adjective: string, name: string): boolean {
  const a = foldedNameKey(adjective);
  const n = foldedNameKey(name);
  const prefix = sharedPrefixLength(a, n);
  return prefix >= 4 && prefix >= n.length - 1;
}
