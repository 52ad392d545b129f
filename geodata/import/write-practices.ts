// Writes practices as one readable file each (<id>.json, formatted like the rest of the repo).
// A file that already exists and differs is an editor's work: it is kept unless told otherwise.
import fs from 'node:fs/promises';
import path from 'node:path';
import prettier from 'prettier';
import type { Practice } from '../../src/data/schemas';
import { PRACTICES_DIR } from '../paths';

type WriteOutcome = 'created' | 'unchanged' | 'updated' | 'kept';

interface WriteResult {
  id: string;
  file: string;
  outcome: WriteOutcome;
}

/**
 * The text of a practice file: JSON as Prettier formats it with the project's settings, wherever
 * the file goes (so an import into a scratch folder diffs cleanly against geodata/practices).
 */
async function formatPracticeFile(practice: Practice): Promise<string> {
  const config = (await prettier.resolveConfig(path.join(PRACTICES_DIR, 'practice.json'))) ?? {};
  return prettier.format(JSON.stringify(practice), { ...config, parser: 'json' });
}

/**
 * Writes each practice to `<dir>/<id>.json`. New files are created, identical ones left alone;
 * a file that differs (edited by hand, or imported by an older importer) is kept as it is unless
 * `overwrite` is set, so an import never silently undoes an editor's change.
 */
export async function writePractices(
  practices: Practice[],
  dir: string,
  options: { overwrite: boolean },
): Promise<WriteResult[]> {
  await fs.mkdir(dir, { recursive: true });
  const results: WriteResult[] = [];
  for (const practice of practices) {
    const file = path.join(dir, `${practice.id}.json`);
    const text = await formatPracticeFile(practice);
    let existing: string | null = null;
    try {
      existing = await fs.readFile(file, 'utf8');
    } catch {
      existing = null;
    }
    let outcome: WriteOutcome;
    if (existing === null) outcome = 'created';
    else if (existing === text) outcome = 'unchanged';
    else outcome = options.overwrite ? 'updated' : 'kept';
    if (outcome === 'created' || outcome === 'updated') await fs.writeFile(file, text);
    results.push({ id: practice.id, file, outcome });
  }
  return results;
}
