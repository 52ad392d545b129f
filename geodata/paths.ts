// Where the data build reads its sources and writes what the app serves.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES } from '../src/config/data-files';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Source boundaries (PRG-derived GeoJSON): `GEODATA_SRC`, by default ../shared/geodata. */
export function geodataSourceDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(PROJECT_ROOT, env.GEODATA_SRC ?? '../shared/geodata');
}

/** Generated files, served by Vite from public/ (not committed). */
export const OUTPUT_DIR = path.join(PROJECT_ROOT, 'public');

export const OUTPUT_FILES = {
  boundaries: path.join(OUTPUT_DIR, DATA_FILES.boundaries),
  gazetteer: path.join(OUTPUT_DIR, DATA_FILES.gazetteer),
  practices: path.join(OUTPUT_DIR, DATA_FILES.practices),
  practiceTexts: path.join(OUTPUT_DIR, DATA_FILES.practiceTexts),
} as const;

/** The practices the project ships: one readable JSON file per practice, edited by people. */
export const PRACTICES_DIR = path.join(PROJECT_ROOT, 'geodata', 'practices');
