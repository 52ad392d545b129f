// Practices with a taken id are left out, naming both positions: the part of reading
// practices.json that a clean file needs too, kept free of zod (decode-practices.ts loads zod, and
// only for a file the quick check refuses).
import type { DataProblem } from './data-problems';
import type { Practice, PracticesFile } from './schemas';

/** The practices that passed, and what was left out (absent: nothing). */
export interface LoadedPractices extends PracticesFile {
  problems?: DataProblem[];
}

/** Leaves out every record with an id taken by an earlier one, naming both. */
export function dropDuplicates(
  file: string,
  practices: Practice[],
  positions: readonly number[],
  problems: DataProblem[],
): Practice[] {
  const first = new Map<string, number>();
  const kept: Practice[] = [];
  practices.forEach((practice, i) => {
    const position = positions[i] ?? i;
    const taken = first.get(practice.id);
    if (taken === undefined) {
      first.set(practice.id, position);
      kept.push(practice);
      return;
    }
    problems.push({
      kind: 'duplicate-id',
      file,
      id: practice.id,
      where: `practices[${position}]`,
      firstWhere: `practices[${taken}]`,
    });
  });
  return kept;
}

/** A file the quick check passed: every record valid, only repeated ids to leave out. */
export function withoutDuplicates(file: string, data: PracticesFile): LoadedPractices {
  const problems: DataProblem[] = [];
  const positions = data.practices.map((_, i) => i);
  return {
    version: 1,
    practices: dropDuplicates(file, data.practices, positions, problems),
    problems,
  };
}
