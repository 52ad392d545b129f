// What a loaded data file had that could not be used, when the rest of it could: a record left
// out (and why), an id given twice, a place code the gazetteer does not know. The app shows the
// rest and lists these in a notice (app/data-errors.tsx); each names the file, the record (its id
// in full) and where it sits. Values come from the data: render them as text.
import type { GazetteerIndex } from './gazetteer-index';
import { textsOf } from './practice-texts';
import type { Practice, PracticeTextsFile } from './schemas';

export type DataProblem =
  /** A record that fails the schema; the others are used. */
  | { kind: 'invalid-record'; file: string; id: string | null; where: string; detail: string }
  /** A second record with an id already taken; the first is kept, this one left out. */
  | { kind: 'duplicate-id'; file: string; id: string; where: string; firstWhere: string }
  /** A practice's leader or partner whose TERC code the gazetteer does not know. */
  | { kind: 'unknown-unit'; file: string; id: string; terc: string; role: UnitRole }
  /** An entry of practice-texts.json that fails the schema; its practice shows no texts. */
  | { kind: 'invalid-texts'; file: string; id: string; where: string; detail: string }
  /** A practice that practice-texts.json (`file`) has no texts for. */
  | { kind: 'missing-texts'; file: string; id: string }
  /** Texts in practice-texts.json (`file`) under an id no practice has. */
  | { kind: 'unknown-texts'; file: string; id: string };

export type UnitRole = 'leader' | 'partner';

export interface UnknownUnit {
  terc: string;
  role: UnitRole;
}

/** The leader's and partners' codes of a practice that `lookup` does not know, each once. */
export function unknownUnitsOf(
  practice: Practice,
  lookup: (terc: string) => unknown,
): UnknownUnit[] {
  const unknown: UnknownUnit[] = [];
  const seen = new Set<string>();
  const check = (terc: string, role: UnitRole) => {
    if (seen.has(terc) || lookup(terc) !== undefined) return;
    seen.add(terc);
    unknown.push({ terc, role });
  };
  check(practice.leader, 'leader');
  for (const partner of practice.partners) if (partner.terc) check(partner.terc, 'partner');
  return unknown;
}

const unknownCache = new WeakMap<readonly Practice[], Map<GazetteerIndex, DataProblem[]>>();

/** unknown-unit problems of every practice (computed once per practices and gazetteer). */
export function findUnknownUnits(
  file: string,
  practices: readonly Practice[],
  gazetteer: GazetteerIndex,
): DataProblem[] {
  let byGazetteer = unknownCache.get(practices);
  if (!byGazetteer) unknownCache.set(practices, (byGazetteer = new Map()));
  const cached = byGazetteer.get(gazetteer);
  if (cached) return cached;
  const problems: DataProblem[] = [];
  for (const practice of practices) {
    for (const { terc, role } of unknownUnitsOf(practice, gazetteer.lookup)) {
      problems.push({ kind: 'unknown-unit', file, id: practice.id, terc, role });
    }
  }
  byGazetteer.set(gazetteer, problems);
  return problems;
}

const textsCache = new WeakMap<readonly Practice[], WeakMap<PracticeTextsFile, DataProblem[]>>();

/**
 * What the texts file left out (its `problems`), then where the two files disagree: a practice
 * without texts, or texts for no practice. Each names the id (computed once per both files).
 */
export function findTextsProblems(
  file: string,
  practices: readonly Practice[],
  texts: PracticeTextsFile & { problems?: readonly DataProblem[] },
): DataProblem[] {
  let byTexts = textsCache.get(practices);
  if (!byTexts) textsCache.set(practices, (byTexts = new WeakMap()));
  const cached = byTexts.get(texts);
  if (cached) return cached;
  const problems: DataProblem[] = [...(texts.problems ?? [])];
  // an entry left out is named once, as left out, not again as missing
  const leftOut = new Set(problems.map((problem) => problem.id));
  const ids = new Set<string>();
  for (const practice of practices) {
    ids.add(practice.id);
    if (!textsOf(texts, practice.id) && !leftOut.has(practice.id)) {
      problems.push({ kind: 'missing-texts', file, id: practice.id });
    }
  }
  for (const id of Object.keys(texts.texts)) {
    if (!ids.has(id)) problems.push({ kind: 'unknown-texts', file, id });
  }
  byTexts.set(texts, problems);
  return problems;
}
