// Loads the hand-made gazetteer of real units (codes from ../shared/geodata) used by these tests.
import { decodeGazetteer } from '../../../src/data/gazetteer-file';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerSchema, type Gazetteer } from '../../../src/data/schemas';

export const FIXTURES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/import',
);

export function fixtureGazetteer(): Gazetteer {
  const file = path.join(FIXTURES_DIR, 'gazetteer.json');
  return decodeGazetteer(gazetteerSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
}
