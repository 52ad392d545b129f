// The real gazetteer for tests over real records: the one `npm run build:data` wrote, or one
// built here from ../shared/geodata when that file is absent. Call `dispose` when done.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBoundaries } from '../../../geodata/boundaries/build-boundaries';
import { geodataSourceDir, OUTPUT_FILES } from '../../../geodata/paths';
import { readGazetteerFile } from '../../../geodata/practices-compile';
import { DATA_FILES } from '../../../src/config/data-files';
import type { Gazetteer } from '../../../src/data/schemas';

export async function loadRealGazetteer(): Promise<{ gazetteer: Gazetteer; dispose: () => void }> {
  let file = OUTPUT_FILES.gazetteer;
  let built: string | null = null;
  if (!existsSync(file)) {
    built = mkdtempSync(path.join(os.tmpdir(), 'gazetteer-'));
    buildBoundaries({ sourceDir: geodataSourceDir(), outDir: built });
    file = path.join(built, DATA_FILES.gazetteer);
  }
  const gazetteer = await readGazetteerFile(file);
  return {
    gazetteer,
    dispose: () => {
      if (built) rmSync(built, { recursive: true, force: true });
    },
  };
}
