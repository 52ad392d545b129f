// practice-texts.json, read entry by entry: one bad entry is left out and reported naming its id
// (its practice then shows that its texts are missing), and the others are used. Only a file
// whose frame is wrong (not `{ version: 1, texts: { <id>: … } }`) fails as a whole.
import { z } from 'zod';
import { formatIssuePath, schemaError } from './data-load-error';
import type { DataProblem } from './data-problems';
import type { LoadedPracticeTexts } from './practice-texts-query';
import { practiceTextsSchema, type PracticeTexts } from './schemas';

const frameSchema = z.object({
  version: z.literal(1),
  texts: z.record(z.string(), z.unknown()),
});

/**
 * Validates practice-texts.json. Throws a DataLoadError (schema) only when the frame is wrong; a
 * bad entry becomes a DataProblem naming its id, and the entry is left out.
 */
export function decodePracticeTextsFile(file: string, data: unknown): LoadedPracticeTexts {
  // the quick check (practice-texts-fast-check.ts) is the query's, not imported here: shared by
  // the entry and this lazy module, it would be a chunk of its own on the first load
  const frame = frameSchema.safeParse(data);
  if (!frame.success) throw schemaError(file, data, frame.error);
  const problems: DataProblem[] = [];
  // a null prototype: an id such as `__proto__` or `constructor` is only data
  const texts = Object.create(null) as Record<string, PracticeTexts>;
  for (const [id, entry] of Object.entries(frame.data.texts)) {
    const result = practiceTextsSchema.safeParse(entry);
    if (result.success) {
      texts[id] = result.data;
      continue;
    }
    const issue = result.error.issues[0];
    const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1})` : '';
    const field = issue && issue.path.length > 0 ? `.${formatIssuePath(issue.path)}` : '';
    problems.push({
      kind: 'invalid-texts',
      file,
      id,
      where: `texts[${JSON.stringify(id)}]${field}`.replace('.[', '['),
      detail: (issue?.message ?? 'invalid') + more,
    });
  }
  return { version: 1, texts, problems };
}
