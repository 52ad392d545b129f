// The full-text index of one PracticeIndex: what of a practice is searchable, and its lazy build.
// It costs more than the rest of the index together and only a search needs it, so
// buildPracticeIndex leaves it out; it is built in idle-time slices or at the first query.
// The summaries are in practice-texts.json, which loads only for a search (or a view that needs
// them): until then the index is built without them, and once the texts are here a second index
// over the same practices is built with them (one per texts file, `texts` below).
import { textsOf } from '../../../data/practice-texts';
import type { Practice, PracticeTextsFile, Unit } from '../../../data/schemas';
import type { PracticeIndex } from './practice-index';
import { buildTextIndex, textIndexBuilder, type AddText, type TextIndex } from './text-index';

/** The practices' texts, or null while they are not loaded (the index then goes without summaries). */
export type SearchTexts = PracticeTextsFile | null;

/**
 * The full-text index of practices: titles, summaries (with `texts`) and tags, partner and
 * implementer names, and the gazetteer names of the leader and the territory units (so
 * "Kościerzynie" finds a practice whose text never names Kościerzyna but whose territory
 * includes it).
 */
export function buildPracticeTextIndex(
  practices: readonly Practice[],
  gazetteerUnits: readonly Unit[],
  texts: SearchTexts = null,
): TextIndex {
  return buildTextIndex(practices.length, describePractices(practices, gazetteerUnits, texts));
}

function describePractices(
  practices: readonly Practice[],
  gazetteerUnits: readonly Unit[],
  texts: SearchTexts,
): (p: number, add: AddText) => void {
  const nameByCode = new Map(gazetteerUnits.map((unit) => [unit.terc, unit.name]));
  return (p, add) => {
    const practice = practices[p];
    if (!practice) return;
    add(practice.title, 'title');
    const summary = texts ? textsOf(texts, practice.id)?.summary : undefined;
    if (summary !== undefined) add(summary, 'summary');
    for (const tag of practice.tags) add(tag, 'summary');
    for (const partner of practice.partners) add(partner.name, 'partner');
    if (practice.implementer) add(practice.implementer.name, 'partner');
    const leaderName = nameByCode.get(practice.leader);
    if (leaderName !== undefined) add(leaderName, 'place');
    for (const code of practice.territory) {
      const name = nameByCode.get(code);
      if (name !== undefined) add(name, 'place');
    }
  };
}

interface TextIndexState {
  readonly texts: SearchTexts;
  built: TextIndex | null;
  /** The build in progress (advanceTextIndex), or null before it starts. */
  builder: Generator<void, TextIndex, void> | null;
}

// The map's first view is drawn without it, then it is built in idle time (advanceTextIndex) or
// at the first query. One per index and texts (null: without them).
const textIndexes = new WeakMap<PracticeIndex, Map<SearchTexts, TextIndexState>>();

function textStateOf(index: PracticeIndex, texts: SearchTexts): TextIndexState {
  let byTexts = textIndexes.get(index);
  if (!byTexts) textIndexes.set(index, (byTexts = new Map()));
  let state = byTexts.get(texts);
  if (!state) byTexts.set(texts, (state = { built: null, builder: null, texts }));
  return state;
}

function checkedTextIndex(index: PracticeIndex, text: TextIndex): TextIndex {
  if (text.size !== index.size) {
    throw new Error(
      `buildPracticeIndex: the text index has ${text.size} documents, not ${index.size}`,
    );
  }
  return text;
}

/** The full-text index of `index`'s practices: built (or its build finished) on the first call, then the same object. */
export function textIndexOf(index: PracticeIndex, texts: SearchTexts = null): TextIndex {
  const state = textStateOf(index, texts);
  // without a deadline the build runs to the end, so it never returns null
  return state.built ?? (buildTextUntil(index, state, Infinity) as TextIndex);
}

/** Whether textIndexOf would return at once (the text index is built). */
export function isTextIndexBuilt(index: PracticeIndex, texts: SearchTexts = null): boolean {
  return textIndexes.get(index)?.get(texts)?.built != null;
}

/**
 * Advances the build of the text index by about `budgetMs` of work (at least one step); true once
 * it is built. For idle-time slices; textIndexOf finishes whatever is left.
 */
export function advanceTextIndex(
  index: PracticeIndex,
  budgetMs: number,
  texts: SearchTexts = null,
): boolean {
  const state = textStateOf(index, texts);
  return (
    state.built !== null || buildTextUntil(index, state, performance.now() + budgetMs) !== null
  );
}

/** Runs the build until `until` (performance.now() time, at least one step): the index, or null if not done yet. */
function buildTextUntil(
  index: PracticeIndex,
  state: TextIndexState,
  until: number,
): TextIndex | null {
  const builder = (state.builder ??= textIndexBuilder(
    index.size,
    describePractices(index.practices, index.units, state.texts),
  ));
  try {
    do {
      const step = builder.next();
      if (step.done) {
        state.builder = null;
        state.built = checkedTextIndex(index, step.value);
        return state.built;
      }
    } while (until === Infinity || performance.now() < until);
  } catch (error) {
    state.builder = null; // a generator that threw is finished: start over next time
    throw error;
  }
  return null;
}

/** Gives `index` a text index built beforehand (BuildOptions.text) over the same practices and texts. */
export function attachTextIndex(
  index: PracticeIndex,
  text: TextIndex,
  texts: SearchTexts = null,
): void {
  textStateOf(index, texts).built = checkedTextIndex(index, text);
}
