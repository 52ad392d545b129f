// Full-text index over practices: a sorted dictionary of folded words, each with the list of
// practices (and the fields) it occurs in. A query token is looked up by binary search on its
// first letters, then each word in that range is tested with the Polish-inflection rule
// (matchesStem), and the postings of the words that pass are unioned. Every query token must
// match (AND).
import {
  matchesStem,
  matchesWithTypo,
  stemLookupPrefix,
  tokenizeQuery,
  scanTokens,
} from '../../../utils/search-text';
import { andInto, countBits, createBitset, setBit, type Bitset } from './bitset';

/** Where a word occurs, as bit flags; a higher flag ranks higher (see FIELD_WEIGHTS). */
const TEXT_FIELDS = {
  summary: 1,
  partner: 2,
  place: 4,
  title: 8,
} as const;
type TextField = keyof typeof TEXT_FIELDS;

export interface TextIndex {
  /** Number of documents (practices). */
  readonly size: number;
  /** Folded words, sorted by code unit (the order binary search relies on). */
  readonly words: readonly string[];
  /** Postings of words[i]: postingDocs[postingStart[i] .. postingStart[i+1]), documents ascending. */
  readonly postingStart: Uint32Array;
  readonly postingDocs: Uint32Array;
  /** TEXT_FIELDS flags of each posting. */
  readonly postingFields: Uint8Array;
}

/** Adds `text` of a document under a field. */
export type AddText = (text: string, field: TextField) => void;

class GrowableU32 {
  data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Distinct words by id, looked up straight from folded char codes (an open-addressing hash
 * table), so tokenizing millions of words creates a string only for each new word.
 */
class WordTable {
  words: string[] = [];
  private hashes: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  private static same(word: string, codes: Uint16Array, length: number): boolean {
    if (word.length !== length) return false;
    for (let k = 0; k < length; k += 1) if (word.charCodeAt(k) !== codes[k]) return false;
    return true;
  }

  /** Id of the word in `codes[0..length)` whose hash is `hash` (hashTokenCodes), added if new. */
  idOf(codes: Uint16Array, length: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? -1;
      if (id === -1) {
        const newId = this.words.length;
        this.words.push(
          String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]),
        );
        this.hashes.push(hash);
        this.slots[slot] = newId;
        if (this.words.length * 2 > this.slots.length) this.grow();
        return newId;
      }
      if (this.hashes[id] === hash && WordTable.same(this.words[id] ?? '', codes, length))
        return id;
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    });
  }
}

/** Documents tokenized between two pauses of textIndexBuilder (about a millisecond of work). */
const DOCUMENTS_PER_STEP = 256;

/** Builds the index of `size` documents; `describe(i, add)` adds the texts of document i. */
export function buildTextIndex(
  size: number,
  describe: (documentIndex: number, add: AddText) => void,
): TextIndex {
  const builder = textIndexBuilder(size, describe);
  for (;;) {
    const step = builder.next();
    if (step.done) return step.value;
  }
}

/**
 * buildTextIndex as a generator that pauses every few hundred documents, so the build can run in
 * slices of idle time (and be finished at once when a search needs it before it is done).
 */
export function* textIndexBuilder(
  size: number,
  describe: (documentIndex: number, add: AddText) => void,
): Generator<void, TextIndex, void> {
  const table = new WordTable();
  const docs = new GrowableU32();
  const ids = new GrowableU32();
  const fieldsOfPosting = new GrowableU32();
  let maskOfWord = new Uint8Array(1024);
  const wordsOfDoc: number[] = [];
  let flag = 0;
  const addWord = (codes: Uint16Array, length: number, hash: number) => {
    const id = table.idOf(codes, length, hash);
    if (id >= maskOfWord.length) {
      const next = new Uint8Array(maskOfWord.length * 2);
      next.set(maskOfWord);
      maskOfWord = next;
    }
    const mask = maskOfWord[id] ?? 0;
    if (mask === 0) wordsOfDoc.push(id);
    maskOfWord[id] = mask | flag;
  };
  const add: AddText = (text, field) => {
    flag = TEXT_FIELDS[field];
    scanTokens(text, addWord);
  };

  for (let doc = 0; doc < size; doc += 1) {
    describe(doc, add);
    for (const id of wordsOfDoc) {
      docs.push(doc);
      ids.push(id);
      fieldsOfPosting.push(maskOfWord[id] ?? 0);
      maskOfWord[id] = 0;
    }
    wordsOfDoc.length = 0;
    if (doc % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield;
  }

  // Sort the dictionary, then lay the postings out by word (a counting sort keeps documents
  // ascending within each word). `?? 0` only satisfies noUncheckedIndexedAccess.
  const wordList = table.words;
  const order = Array.from(wordList.keys()).sort((a, b) =>
    (wordList[a] ?? '') < (wordList[b] ?? '') ? -1 : 1,
  );
  const words = order.map((id) => wordList[id] ?? '');
  const rankOfWord = new Uint32Array(wordList.length);
  order.forEach((id, rank) => (rankOfWord[id] = rank));
  const postingStart = new Uint32Array(wordList.length + 1);
  const postings = ids.length;
  const rankOfPosting = new Uint32Array(postings);
  for (let p = 0; p < postings; p += 1) {
    const rank = rankOfWord[ids.data[p] ?? 0] ?? 0;
    rankOfPosting[p] = rank;
    postingStart[rank + 1] = (postingStart[rank + 1] ?? 0) + 1;
  }
  for (let r = 0; r < wordList.length; r += 1) {
    postingStart[r + 1] = (postingStart[r + 1] ?? 0) + (postingStart[r] ?? 0);
  }
  const fill = postingStart.slice(0, wordList.length);
  const postingDocs = new Uint32Array(postings);
  const postingFields = new Uint8Array(postings);
  for (let p = 0; p < postings; p += 1) {
    const rank = rankOfPosting[p] ?? 0;
    const at = fill[rank] ?? 0;
    fill[rank] = at + 1;
    postingDocs[at] = docs.data[p] ?? 0;
    postingFields[at] = fieldsOfPosting.data[p] ?? 0;
  }
  return { size, words, postingStart, postingDocs, postingFields };
}

/** First index whose word is ≥ `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Dictionary words that query token `token` (folded) finds, as indexes into `words`. */
export function findWords(index: TextIndex, token: string): number[] {
  const prefix = stemLookupPrefix(token);
  const found: number[] = [];
  const { words } = index;
  for (let i = lowerBound(words, prefix); i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (!word.startsWith(prefix)) break;
    if (matchesStem(token, word)) found.push(i);
  }
  return found;
}

/**
 * Dictionary words that `token` finds only as a typo (see matchesWithTypo): what a token that finds
 * nothing as typed falls back to. A scan of the whole dictionary, done only on such a miss.
 */
export function findWordsWithTypo(index: TextIndex, token: string): number[] {
  const found: number[] = [];
  index.words.forEach((word, i) => {
    if (matchesWithTypo(token, word)) found.push(i);
  });
  return found;
}

/** Score of one query token in one field: the best field wins; an exact word counts double. */
const FIELD_WEIGHT_BY_FLAGS = (() => {
  const weights = new Uint8Array(16);
  for (let flags = 1; flags < 16; flags += 1) weights[flags] = 1 << (31 - Math.clz32(flags));
  return weights; // summary 1, partner 2, place 4, title 8
})();

export interface TextMatch {
  /** The folded query tokens that were searched (stop words dropped). */
  readonly tokens: readonly string[];
  /** Documents where every token matched. Shared and cached: do not mutate. */
  readonly bits: Bitset;
  readonly count: number;
  /** Relevance per document (meaningful for members of `bits`): sum over tokens of the best field weight, doubled for an exact word. */
  readonly scores: Uint16Array;
  /**
   * The query as it was probably meant, when some token found nothing as typed and was matched as
   * a typo (its tokens, each such one replaced by the dictionary word used most); else null.
   */
  readonly suggestion: string | null;
}

const lastMatch = new WeakMap<TextIndex, { query: string; match: TextMatch | null }>();

/**
 * Documents matching every token of `query`, with relevance scores; null when the query has no
 * searchable token (empty, only punctuation). The last result per index is cached, so re-running
 * the same query while other filters change costs nothing.
 */
export function searchText(index: TextIndex, query: string): TextMatch | null {
  const tokens = tokenizeQuery(query);
  const key = tokens.join(' ');
  const cached = lastMatch.get(index);
  if (cached && cached.query === key) return cached.match;
  const match = tokens.length === 0 ? null : runSearch(index, tokens);
  lastMatch.set(index, { query: key, match });
  return match;
}

function runSearch(index: TextIndex, tokens: string[]): TextMatch {
  const { size, postingStart, postingDocs, postingFields, words } = index;
  const scores = new Uint16Array(size);
  const best = new Uint8Array(size);
  const touched = new Uint32Array(size);
  let bits: Bitset | null = null;
  const meant: string[] = [];
  let corrected = false;
  for (const token of tokens) {
    const tokenBits = createBitset(size);
    let touchedCount = 0;
    let found = findWords(index, token);
    if (found.length === 0) {
      found = findWordsWithTypo(index, token);
      const likeliest = mostUsedWord(index, found);
      if (likeliest !== null) corrected = true;
      meant.push(likeliest ?? token);
    } else {
      meant.push(token);
    }
    for (const w of found) {
      const exact = words[w] === token ? 2 : 1;
      const end = postingStart[w + 1] ?? 0;
      for (let p = postingStart[w] ?? 0; p < end; p += 1) {
        const doc = postingDocs[p] ?? 0;
        const score = (FIELD_WEIGHT_BY_FLAGS[postingFields[p] ?? 0] ?? 0) * exact;
        const previous = best[doc] ?? 0;
        if (previous === 0) {
          touched[touchedCount++] = doc;
          setBit(tokenBits, doc);
        }
        if (score > previous) best[doc] = score;
      }
    }
    for (let t = 0; t < touchedCount; t += 1) {
      const doc = touched[t] ?? 0;
      scores[doc] = (scores[doc] ?? 0) + (best[doc] ?? 0);
      best[doc] = 0;
    }
    bits = bits === null ? tokenBits : andInto(bits, tokenBits);
  }
  const finalBits = bits ?? createBitset(size);
  const suggestion = corrected ? meant.join(' ') : null;
  return { tokens, bits: finalBits, count: countBits(finalBits), scores, suggestion };
}

/** The word among `found` (indexes into index.words) in the most documents; null for none. */
function mostUsedWord(index: TextIndex, found: readonly number[]): string | null {
  let best: number | null = null;
  let bestCount = -1;
  for (const w of found) {
    const count = (index.postingStart[w + 1] ?? 0) - (index.postingStart[w] ?? 0);
    if (count > bestCount) {
      best = w;
      bestCount = count;
    }
  }
  return best === null ? null : (index.words[best] ?? null);
}
