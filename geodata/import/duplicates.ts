// Finds records that describe one initiative: the same BDP page on two hosts, or titles that say
// the same thing about compatible member lists. Weaker resemblances are only reported.
import { foldText, tokenizeText } from '../../src/utils/search-text';

interface DuplicateInput {
  title: string;
  sourceUrl: string | null;
  /** Codes of the record's resolved local governments. */
  members: string[];
  /** Codes of the record's place (members, leader, town), empty when it has none. */
  territory: string[];
}

interface DuplicatePair {
  a: number;
  b: number;
  /** `same-bdp-page`, `similar-title`: merged; `possible`: reported for a human. */
  verdict: 'same-bdp-page' | 'similar-title' | 'possible';
  reason: string;
}

// Words every partnership title uses: they say nothing about which one it is.
const GENERIC = new Set(
  [
    'partnerstwo',
    'partnerstwa',
    'partnerstwem',
    'stowarzyszenie',
    'stowarzyszenia',
    'związek',
    'związku',
    'gmin',
    'gminy',
    'gmina',
    'miast',
    'miasta',
    'miasto',
    'powiatu',
    'powiatów',
    'powiat',
    'obszar',
    'obszaru',
    'obszarów',
    'obszarze',
    'funkcjonalny',
    'funkcjonalnego',
    'funkcjonalnym',
    'metropolitalny',
    'metropolitalnego',
    'metropolitalnym',
    'rozwoju',
    'rozwój',
    'strategia',
    'strategii',
    'współpraca',
    'współpracy',
    'model',
    'modelu',
    'jako',
    'przykład',
    'przykładzie',
    'samorządów',
    'samorządu',
    'samorządy',
    'jst',
    'lokalnego',
    'lokalnej',
    'lokalne',
    'lokalna',
    'rzecz',
    'lata',
    'roku',
    'oraz',
    'dla',
    'przez',
    'the',
    'and',
    'of',
    'nowoczesnego',
    'zintegrowany',
    'zintegrowanego',
    'zintegrowane',
    'zintegrowanej',
    'inwestycje',
    'terytorialne',
    'zit',
    'mof',
    'lgd',
    'grupa',
    'grupy',
    'działania',
    'miejski',
    'miejskiego',
    'międzygminny',
    'międzygminna',
    'międzygminne',
    'komunalny',
    'komunalna',
    'komunalnego',
    'celowy',
    'euroregion',
    'euroregionu',
    'polskich',
    'subregionu',
    'województwa',
  ].map(foldText),
);

/** Significant title words, folded and cut to a six-letter stem (`partycypacyjnego` → `partyc`). */
function titleStems(title: string): Set<string> {
  const words = tokenizeText(title);
  return new Set(
    words
      .filter((word) => word.length >= 3 && !GENERIC.has(word) && !/^\d/.test(word))
      .map((word) => word.slice(0, 6)),
  );
}

/**
 * How alike two titles are: over all significant stems, and over the distinctive ones (place
 * names and their adjectives left out: two partnerships of one city share its name, nothing more).
 */
function titleSimilarity(
  a: string,
  b: string,
  isPlaceStem: (stem: string) => boolean = () => false,
): { all: number; allShared: number; distinct: number; distinctShared: number } {
  const left = titleStems(a);
  const right = titleStems(b);
  const overlap = (l: Set<string>, r: Set<string>): [number, number] => {
    const shared = [...l].filter((stem) => r.has(stem)).length;
    const smaller = Math.min(l.size, r.size);
    return [smaller === 0 ? 0 : shared / smaller, shared];
  };
  const distinct = (stems: Set<string>) => new Set([...stems].filter((stem) => !isPlaceStem(stem)));
  const [all, allShared] = overlap(left, right);
  const [distinctScore, distinctShared] = overlap(distinct(left), distinct(right));
  return { all, allShared, distinct: distinctScore, distinctShared };
}

/** Stems of place names (gminy, powiaty): `gdansk`, `ostrod` (Ostróda, ostródzki), `konins`. */
export function placeStemTest(names: Iterable<string>): (stem: string) => boolean {
  const prefixes = new Set<string>();
  for (const name of names) {
    for (const word of tokenizeText(name)) {
      if (word.length >= 4) prefixes.add(word.slice(0, 5));
    }
  }
  return (stem) => prefixes.has(stem.slice(0, 5));
}

/** `art` of a BDP page, on either host (dobrepraktyki.pl, archiwum.dobrepraktyki.pl). */
function bdpArticle(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!/(^|\.)dobrepraktyki\.pl$/i.test(parsed.hostname)) return null;
    return parsed.searchParams.get('art');
  } catch {
    return null;
  }
}

function jaccard(a: string[], b: string[]): number {
  const right = new Set(b);
  const shared = new Set(a.filter((code) => right.has(code))).size;
  const all = new Set([...a, ...b]).size;
  return all === 0 ? 0 : shared / all;
}

/** Places overlap when a code of one lies within (or contains) a code of the other. */
function territoriesOverlap(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/**
 * Every pair worth merging or a human look, in record order. Merged: the same BDP page, or titles
 * that share distinctive words (at least two, 60 % of the shorter), or the same local
 * governments under titles that share half their words. Places that do not overlap are never
 * the same initiative.
 */
export function findDuplicates(
  records: DuplicateInput[],
  isPlaceStem: (stem: string) => boolean = () => false,
): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  for (let a = 0; a < records.length; a += 1) {
    for (let b = a + 1; b < records.length; b += 1) {
      const left = records[a];
      const right = records[b];
      if (!left || !right) continue;
      const artLeft = bdpArticle(left.sourceUrl);
      if (artLeft !== null && artLeft === bdpArticle(right.sourceUrl)) {
        pairs.push({ a, b, verdict: 'same-bdp-page', reason: `BDP art=${artLeft} on both` });
        continue;
      }
      if (!territoriesOverlap(left.territory, right.territory)) continue;
      const t = titleSimilarity(left.title, right.title, isPlaceStem);
      const membersAlike = jaccard(left.members, right.members);
      const sameMembers =
        left.members.length >= 2 && right.members.length >= 2 && membersAlike >= 0.8;
      const words =
        `title: ${t.distinctShared} distinctive words shared (${Math.round(t.distinct * 100)} %), ` +
        `${t.allShared} with place names (${Math.round(t.all * 100)} %)`;
      const membersText = sameMembers
        ? 'the same local governments'
        : `local governments ${Math.round(membersAlike * 100)} % alike`;
      const merge =
        (t.distinctShared >= 2 && t.distinct >= 0.6) ||
        (sameMembers && t.allShared >= 2 && t.all >= 0.5) ||
        (t.distinctShared >= 1 && t.allShared >= 3 && t.all >= 0.75);
      const possible =
        (t.distinctShared >= 2 && t.distinct >= 0.4) ||
        sameMembers ||
        (t.allShared >= 3 && t.all >= 0.6);
      if (merge) pairs.push({ a, b, verdict: 'similar-title', reason: `${words}; ${membersText}` });
      else if (possible)
        pairs.push({ a, b, verdict: 'possible', reason: `${words}; ${membersText}` });
    }
  }
  return pairs;
}
