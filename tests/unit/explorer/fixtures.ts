// Loads the hand-made explorer fixtures (tests/fixtures/explorer), validated by the app's schemas.
import { decodeGazetteer } from '../../../src/data/gazetteer-file';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  gazetteerSchema,
  practiceRecordSchema,
  practicesFileSchema,
  type Gazetteer,
  type Practice,
  type PracticeTextsFile,
} from '../../../src/data/schemas';
import { splitPracticeRecords } from '../../../src/data/practice-texts';

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/explorer',
);

export function loadFixtureGazetteer(): Gazetteer {
  return decodeGazetteer(
    gazetteerSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, 'gazetteer.json'), 'utf8'))),
  );
}

export function loadFixturePractices(): Practice[] {
  return practicesFileSchema.parse(
    JSON.parse(readFileSync(path.join(FIXTURES, 'practices.json'), 'utf8')),
  ).practices;
}

/** The fixture practices' texts, as the build splits them into practice-texts.json. */
export function loadFixtureTexts(): PracticeTextsFile {
  const file = JSON.parse(readFileSync(path.join(FIXTURES, 'practices.json'), 'utf8')) as {
    practices: unknown[];
  };
  return splitPracticeRecords(file.practices.map((record) => practiceRecordSchema.parse(record)))
    .texts;
}

/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to be defined`);
  return value;
}
