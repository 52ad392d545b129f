// One practice record (as people edit it) → its entry in practices.json and its texts in
// practice-texts.json. The data build writes both files with it, and the bench and the tests make
// their data files with it, so the two files can never disagree on what goes where.
import type {
  Practice,
  PracticeRecord,
  PracticesFile,
  PracticeTexts,
  PracticeTextsFile,
} from './schemas';

/** The record without its texts, and the texts (description only when the record has one). */
export function splitPracticeRecord(record: PracticeRecord): {
  practice: Practice;
  texts: PracticeTexts;
} {
  const { summary, description, sources, ...practice } = record;
  const texts: PracticeTexts =
    description === undefined ? { summary, sources } : { summary, description, sources };
  return { practice, texts };
}

/** Both files from the records, in the records' order (texts keyed by id, in that order too). */
export function splitPracticeRecords(records: readonly PracticeRecord[]): {
  practices: PracticesFile;
  texts: PracticeTextsFile;
} {
  const practices: Practice[] = [];
  const texts: Record<string, PracticeTexts> = {};
  for (const record of records) {
    const split = splitPracticeRecord(record);
    practices.push(split.practice);
    texts[record.id] = split.texts;
  }
  return { practices: { version: 1, practices }, texts: { version: 1, texts } };
}

/** A practice's texts in the loaded file; undefined when it has none (an id is only data). */
export function textsOf(file: PracticeTextsFile, id: string): PracticeTexts | undefined {
  return Object.hasOwn(file.texts, id) ? file.texts[id] : undefined;
}
