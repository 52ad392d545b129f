// Copies of the hand-made boundary source (tests/fixtures/geodata/valid), broken on purpose.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_FILES } from '../../../geodata/boundaries/source';

export const VALID_SOURCE = fileURLToPath(new URL('../../fixtures/geodata/valid', import.meta.url));

export const FIXTURE_GMINA_COUNT = 6;

/* eslint-disable @typescript-eslint/no-explicit-any -- tests break the files in arbitrary ways */
export interface SourceFiles {
  gminy: { type: string; features: any[] };
  powiaty: { type: string; features: any[] };
  voivodeships: { type: string; features: any[] };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const temporaryDirs: string[] = [];

export function makeTempDir(prefix = 'geodata-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporaryDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

function readJson(file: string): SourceFiles['gminy'] {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SourceFiles['gminy'];
}

/** A copy of the valid source after `change`; returns its folder. */
export function sourceWith(change: (files: SourceFiles) => void = () => {}): string {
  const files: SourceFiles = {
    gminy: readJson(path.join(VALID_SOURCE, SOURCE_FILES.gminy)),
    powiaty: readJson(path.join(VALID_SOURCE, SOURCE_FILES.powiaty)),
    voivodeships: readJson(path.join(VALID_SOURCE, SOURCE_FILES.voivodeships)),
  };
  change(files);
  const dir = makeTempDir();
  for (const key of ['gminy', 'powiaty', 'voivodeships'] as const) {
    fs.writeFileSync(path.join(dir, SOURCE_FILES[key]), JSON.stringify(files[key]));
  }
  return dir;
}

/** The gmina feature with this code in a source being changed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function gminaFeature(files: SourceFiles, terc: string): any {
  const feature = files.gminy.features.find((f) => f.properties.terc === terc);
  if (!feature) throw new Error(`fixture has no gmina ${terc}`);
  return feature;
}
