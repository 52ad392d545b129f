// The folder of practice files (geodata/practices, one <id>.json each, edited by people) →
// checked → the two compiled files the app loads: public/data/practices.json (what the first view
// needs) and public/data/practice-texts.json (summaries, descriptions, sources, keyed by id;
// loaded when first needed). `npm run data:check`
// runs the same checks and prints them; the build stops on them.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import type { z } from 'zod';
import {
  gazetteerSchema,
  practiceRecordSchema,
  practicesFileSchema,
  practiceTextsFileSchema,
  type Gazetteer,
  type PracticeRecord,
} from '../src/data/schemas';
import { decodeGazetteer } from '../src/data/gazetteer-file';
import { compareDefault } from '../src/data/practice-order';
import { splitPracticeRecords, textsOf } from '../src/data/practice-texts';
import { formatIssuePath, recordIdOnPath } from '../src/data/data-load-error';
import type { BuiltFile } from './boundaries/build-boundaries';
import { DataBuildError } from './build-error';

export interface PracticeProblem {
  file: string;
  /** The record's id as the file gives it, else the file name. */
  id: string;
  /** `title`, `partners[2].terc`, `(file)` for the file as a whole. */
  field: string;
  message: string;
}

/** One line per problem: file, record, field, what is wrong. */
export function formatProblem(problem: PracticeProblem): string {
  return `${problem.file}: ${problem.id}: ${problem.field}: ${problem.message}`;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Reads the gazetteer the boundaries build wrote; a missing or broken file is one clear line. */
export async function readGazetteerFile(file: string): Promise<Gazetteer> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new DataBuildError([`${displayPath(file)} is missing: run \`npm run build:data\` first`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DataBuildError([
      `${displayPath(file)}: invalid JSON (${(error as Error).message}); run \`npm run build:data\``,
    ]);
  }
  const result = gazetteerSchema.safeParse(raw);
  if (!result.success) {
    throw new DataBuildError(
      result.error.issues
        .slice(0, 10)
        .map(
          (issue) =>
            `${displayPath(file)}: ${issue.path.join('.')}: ${issue.message}; run \`npm run build:data\``,
        ),
    );
  }
  return decodeGazetteer(result.data);
}

function fieldOf(pathParts: readonly PropertyKey[]): string {
  let field = '';
  for (const part of pathParts) {
    field += typeof part === 'number' ? `[${part}]` : `${field ? '.' : ''}${String(part)}`;
  }
  return field || '(record)';
}

function messageOf(issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  const field = fieldOf(issue.path);
  if ((field === 'title' || field === 'summary') && issue.code === 'too_small')
    return `empty ${field}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `${JSON.stringify(valueAt(raw, issue.path))} is not one of ${issue.values.map(String).join(', ')}`;
  }
  return issue.message;
}

function valueAt(raw: unknown, pathParts: readonly PropertyKey[]): unknown {
  let value: unknown = raw;
  for (const part of pathParts) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isValidLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'mailto:' || url.hostname.length > 0;
  } catch {
    return false;
  }
}

const KNOWN_FIELDS = new Set(Object.keys(practiceRecordSchema.shape));

/** The checks beyond the schema: codes, leader, dates, links, partners. */
function checkPractice(
  practice: PracticeRecord,
  codes: Set<string>,
  today: string,
  problem: (field: string, message: string) => void,
): void {
  const territory = new Set<string>();
  practice.territory.forEach((code, i) => {
    if (!codes.has(code))
      problem(`territory[${i}]`, `"${code}" is not in the gazetteer (no such unit)`);
    if (territory.has(code)) problem(`territory[${i}]`, `"${code}" is listed twice`);
    territory.add(code);
  });
  if (!codes.has(practice.leader))
    problem('leader', `"${practice.leader}" is not in the gazetteer (no such unit)`);
  else if (!territory.has(practice.leader))
    problem('leader', `"${practice.leader}" is not in the territory`);
  practice.partners.forEach((partner, i) => {
    if (partner.terc !== undefined) {
      if (!codes.has(partner.terc))
        problem(`partners[${i}].terc`, `"${partner.terc}" is not in the gazetteer (no such unit)`);
      else if (!territory.has(partner.terc))
        problem(`partners[${i}].terc`, `"${partner.terc}" is not in the territory`);
    } else if (partner.sector === 'jst') {
      problem(`partners[${i}].terc`, `local government "${partner.name}" has no TERC code`);
    }
  });
  for (const field of ['dateAdded', 'dateUpdated'] as const) {
    const value = practice[field];
    if (value === null) continue;
    if (!isCalendarDate(value)) problem(field, `"${value}" is not a calendar date`);
    else if (value > today) problem(field, `"${value}" is in the future`);
  }
  if (practice.dateAdded && practice.dateUpdated && practice.dateUpdated < practice.dateAdded) {
    problem('dateUpdated', `"${practice.dateUpdated}" is before dateAdded "${practice.dateAdded}"`);
  }
  if (practice.yearStarted !== null && practice.yearStarted > Number(today.slice(0, 4))) {
    problem('yearStarted', `${practice.yearStarted} is in the future`);
  }
  practice.implementer?.websites.forEach((url, i) => {
    if (!isValidLink(url)) problem(`implementer.websites[${i}]`, `"${url}" is not a valid link`);
  });
  // an incomplete list must be short of the stated total, or it is complete after all
  const stated = practice.membership?.count;
  if (stated !== undefined && practice.partners.length >= stated) {
    problem(
      'membership.count',
      `${practice.partners.length} partners listed, ${stated} stated: the list is complete (remove membership) or the count is wrong`,
    );
  }
  practice.sources.forEach((source, i) => {
    if (source.url !== null && !isValidLink(source.url))
      problem(`sources[${i}].url`, `"${source.url}" is not a valid link`);
  });
}

export interface CheckOptions {
  practicesDir: string;
  gazetteer: Gazetteer;
  /** `YYYY-MM-DD`; dates after it are in the future. Default: today (UTC). */
  today?: string;
}

/** Reads every practice file and returns the valid practices and every problem found. */
export async function checkPractices({
  practicesDir,
  gazetteer,
  today = new Date().toISOString().slice(0, 10),
}: CheckOptions): Promise<{ practices: PracticeRecord[]; problems: PracticeProblem[] }> {
  const problems: PracticeProblem[] = [];
  const practices: PracticeRecord[] = [];
  const codes = new Set(gazetteer.units.map((unit) => unit.terc));
  let entries: string[];
  try {
    entries = (await fs.readdir(practicesDir)).filter((name) => !name.startsWith('.')).sort();
  } catch {
    return {
      practices,
      problems: [
        {
          file: displayPath(practicesDir),
          id: '-',
          field: '(folder)',
          message: 'cannot read the folder of practices',
        },
      ],
    };
  }
  const files = new Map<string, string>();
  for (const name of entries) {
    const file = displayPath(path.join(practicesDir, name));
    const fileId = name.replace(/\.json$/, '');
    const problem = (id: string, field: string, message: string) =>
      problems.push({ file, id, field, message });
    if (!name.endsWith('.json')) {
      problem(
        fileId,
        '(file)',
        'not a .json file: the folder holds only practice files named <id>.json',
      );
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(await fs.readFile(path.join(practicesDir, name), 'utf8'));
    } catch (error) {
      problem(fileId, '(file)', `invalid JSON: ${(error as Error).message}`);
      continue;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problem(fileId, '(file)', 'expected one practice object');
      continue;
    }
    const record = raw as Record<string, unknown>;
    const id = typeof record.id === 'string' && record.id.length > 0 ? record.id : fileId;
    for (const key of Object.keys(record)) {
      if (!KNOWN_FIELDS.has(key)) problem(id, key, 'unknown field (a typo?)');
    }
    const result = practiceRecordSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        problem(id, fieldOf(issue.path), messageOf(issue, record));
      continue;
    }
    const practice = result.data;
    if (practice.id !== fileId)
      problem(id, 'id', `"${practice.id}" differs from the file name "${name}"`);
    const other = files.get(practice.id);
    if (other) problem(id, 'id', `"${practice.id}" is also the id in ${other}`);
    files.set(practice.id, file);
    checkPractice(practice, codes, today, (field, message) => problem(id, field, message));
    practices.push(practice);
  }
  return { practices, problems };
}

export interface CompileOptions extends CheckOptions {
  /** Where the compiled files go: public/data/practices.json and practice-texts.json. */
  outFiles: { practices: string; practiceTexts: string };
}

async function writeBuiltFile(file: string, text: string): Promise<BuiltFile> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
  return {
    file,
    bytes: Buffer.byteLength(text),
    gzipBytes: zlib.gzipSync(text, { level: 9 }).length,
  };
}

/**
 * Checks the folder and writes the compiled practices and their texts (in the app's default
 * order, compact, same input → same bytes). The order is total (it ends with the id), and the app finds the file
 * already sorted in one pass instead of sorting it at load (globalOrdering). Throws a DataBuildError listing every problem, one line each, when any file is bad.
 */
export async function compilePractices({
  outFiles,
  ...options
}: CompileOptions): Promise<{ files: BuiltFile[]; count: number }> {
  const { practices, problems } = await checkPractices(options);
  if (problems.length > 0) throw new DataBuildError(problems.map(formatProblem));
  const sorted = [...practices].sort(compareDefault);
  const split = splitPracticeRecords(sorted);
  // parsed by the schemas the app reads them with: the build's output is the contract
  const practicesText = JSON.stringify(practicesFileSchema.parse(split.practices));
  const textsText = JSON.stringify(practiceTextsFileSchema.parse(split.texts));
  return {
    files: [
      await writeBuiltFile(outFiles.practices, practicesText),
      await writeBuiltFile(outFiles.practiceTexts, textsText),
    ],
    count: sorted.length,
  };
}

/**
 * The compiled pair as the app will read it: each file valid per its schema, and every practice
 * with its texts and no texts without a practice. One problem per disagreement, naming the id.
 * Files not built yet are not checked (null); one file without the other is a problem.
 */
export async function checkCompiledFiles(files: {
  practices: string;
  practiceTexts: string;
}): Promise<PracticeProblem[] | null> {
  const read = async (file: string): Promise<string | null> => {
    try {
      return await fs.readFile(file, 'utf8');
    } catch {
      return null;
    }
  };
  const [practicesText, textsText] = [await read(files.practices), await read(files.practiceTexts)];
  if (practicesText === null && textsText === null) return null;
  const problems: PracticeProblem[] = [];
  const problem = (file: string, id: string, field: string, message: string) =>
    problems.push({ file: displayPath(file), id, field, message });
  const parse = <S extends z.ZodType>(file: string, text: string | null, schema: S) => {
    if (text === null) {
      problem(
        file,
        '(file)',
        '(file)',
        'missing beside the other compiled file: run `npm run build:data`',
      );
      return null;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      problem(file, '(file)', '(file)', `invalid JSON: ${(error as Error).message}`);
      return null;
    }
    const result = schema.safeParse(raw);
    if (result.success) return result.data as z.infer<S>;
    for (const issue of result.error.issues.slice(0, 10)) {
      const where = formatIssuePath(issue.path);
      problem(file, recordIdOnPath(raw, issue.path) ?? '(file)', where, issue.message);
    }
    return null;
  };
  const practices = parse(files.practices, practicesText, practicesFileSchema);
  const texts = parse(files.practiceTexts, textsText, practiceTextsFileSchema);
  if (!practices || !texts) return problems;
  const ids = new Set<string>();
  for (const { id } of practices.practices) {
    ids.add(id);
    if (!textsOf(texts, id))
      problem(files.practiceTexts, id, 'texts', 'no texts for this practice');
  }
  for (const id of Object.keys(texts.texts)) {
    if (!ids.has(id))
      problem(files.practiceTexts, id, 'texts', 'texts for no practice in practices.json');
  }
  return problems;
}
