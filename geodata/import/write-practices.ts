// Writes practices as one readable file each (<id>.json, formatted like the rest of the repo),
// merged with what is already there (merge-shipped.ts): a file an editor changed keeps the
// editor's values; the last imported version of each practice is kept in the base folder
// (geodata/practices/.imported/<id>.json) as the base of the next three-way merge.
import fs from 'node:fs/promises';
import path from 'node:path';
import prettier from 'prettier';
import { practiceRecordSchema, type PracticeRecord } from '../../src/data/schemas';
import { PRACTICES_DIR } from '../paths';
import type { Decisions } from './decisions';
import { planWrites, type ShippedPractice, type WritePlan } from './merge-shipped';

export interface WriteResult extends Omit<WritePlan, 'practice' | 'base'> {
  file: string;
}

/**
 * The text of a practice file: JSON as Prettier formats it with the project's settings, wherever
 * the file goes (so an import into a scratch folder diffs cleanly against geodata/practices).
 */
async function formatPracticeFile(practice: PracticeRecord): Promise<string> {
  const config = (await prettier.resolveConfig(path.join(PRACTICES_DIR, 'practice.json'))) ?? {};
  return prettier.format(JSON.stringify(practice), { ...config, parser: 'json' });
}

/** The practices of a folder by id; a file that does not parse is left out (data:check names it). */
async function readPracticeFolder(dir: string | null): Promise<Map<string, PracticeRecord>> {
  const practices = new Map<string, PracticeRecord>();
  if (!dir) return practices;
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  } catch {
    return practices;
  }
  for (const name of names.sort()) {
    try {
      const parsed = practiceRecordSchema.safeParse(
        JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')),
      );
      if (parsed.success) practices.set(name.replace(/\.json$/, ''), parsed.data);
    } catch {
      // unreadable JSON: not a practice to merge with
    }
  }
  return practices;
}

/**
 * Writes each practice into `dir`, merged with the shipped practice it describes. New practices
 * are created; a shipped one takes the import's changes where the editor did not change the field
 * since the last import (`baseDir`), keeps the editor's where the import brings nothing new, and
 * is left alone on a conflict. Without `baseDir` (an import into a scratch folder) a file that
 * differs is kept as it is. `overwrite` takes the import's proposal as it is.
 */
export async function writePractices(
  practices: PracticeRecord[],
  dir: string,
  options: {
    overwrite: boolean;
    baseDir?: string | null;
    decisions: Decisions;
    isPlaceStem: (stem: string) => boolean;
  },
): Promise<WriteResult[]> {
  await fs.mkdir(dir, { recursive: true });
  const baseDir = options.baseDir ?? null;
  const currents = await readPracticeFolder(dir);
  const bases = await readPracticeFolder(baseDir);
  const shipped = new Map<string, ShippedPractice>(
    [...currents].map(([id, current]) => [id, { current, base: bases.get(id) ?? null }]),
  );
  const plans = planWrites(practices, shipped, options);
  if (baseDir) await fs.mkdir(baseDir, { recursive: true });
  const results: WriteResult[] = [];
  for (const { practice, base, ...plan } of plans) {
    const file = path.join(dir, `${plan.id}.json`);
    if (plan.outcome === 'created' || plan.outcome === 'updated') {
      await fs.writeFile(file, await formatPracticeFile(practice));
    }
    if (baseDir && base) {
      await fs.writeFile(path.join(baseDir, `${plan.id}.json`), await formatPracticeFile(base));
    }
    results.push({ ...plan, file });
  }
  return results;
}
