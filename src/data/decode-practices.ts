// practices.json, read record by record: one bad record (or a second one with a taken id) is
// left out and reported, and the other practices are used. Only a file whose frame is wrong
// (not `{ version: 1, practices: [...] }`) fails as a whole.
import { z } from 'zod';
import { formatIssuePath, schemaError } from './data-load-error';
import type { DataProblem } from './data-problems';
import { isPlainPracticesFile } from './practices-fast-check';
import { dropDuplicates, withoutDuplicates, type LoadedPractices } from './practice-duplicates';
import { practiceSchema, type Practice } from './schemas';

const frameSchema = z.object({ version: z.literal(1), practices: z.array(z.unknown()) });

function idOf(record: unknown): string | null {
  if (record === null || typeof record !== 'object') return null;
  const id = (record as Record<string, unknown>).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/**
 * Validates practices.json. Throws a DataLoadError (schema) only when the frame is wrong; a bad
 * record or a repeated id becomes a DataProblem and the record is left out.
 */
export function decodePracticesFile(file: string, data: unknown): LoadedPractices {
  const problems: DataProblem[] = [];
  if (isPlainPracticesFile(data)) return withoutDuplicates(file, data);
  const frame = frameSchema.safeParse(data);
  if (!frame.success) throw schemaError(file, data, frame.error);
  const valid: Practice[] = [];
  const positions: number[] = [];
  frame.data.practices.forEach((record, i) => {
    const result = practiceSchema.safeParse(record);
    if (result.success) {
      valid.push(result.data);
      positions.push(i);
      return;
    }
    const issue = result.error.issues[0];
    const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1})` : '';
    const field = issue && issue.path.length > 0 ? formatIssuePath(issue.path) : '';
    problems.push({
      kind: 'invalid-record',
      file,
      id: idOf(record),
      where: `practices[${i}]${field === '' ? '' : `.${field}`}`.replace('.[', '['),
      detail: (issue?.message ?? 'invalid') + more,
    });
  });
  const practices = dropDuplicates(file, valid, positions, problems);
  return { version: 1, practices, problems };
}
