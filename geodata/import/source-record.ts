// Source records (../shared/data/practices-source.json, README there) and a CSV with the same
// columns. Both are read into one validated shape; a bad record is reported with its position.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import { COOPERATION_FORMS, PRACTICE_TYPES, tercCode } from '../../src/data/schemas';
import { DataBuildError } from '../build-error';

const MEMBER_KINDS = [
  'gmina',
  'powiat',
  'miasto na prawach powiatu',
  'województwo',
  'ngo',
  'business',
  'science',
  'public-other',
  'unknown',
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

const text = z
  .string()
  .nullish()
  .transform((value) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : null;
  });

const memberSchema = z.object({
  name: z.string().trim().min(1, 'empty member name'),
  kind: z.enum(MEMBER_KINDS),
  /** The unit's TERC code when the sender chose it from the register (the propose form). */
  terc: tercCode.optional(),
});

const optionalInt = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((value, context) => {
    if (value === null || value === undefined || value === '') return null;
    const number = typeof value === 'number' ? value : Number(value.trim().replace(/\s/g, ''));
    if (!Number.isInteger(number)) {
      context.addIssue({ code: 'custom', message: `not a whole number: ${String(value)}` });
      return z.NEVER;
    }
    return number;
  });

// `false` in JSON, `false`/`nie`/`0` in a CSV cell; empty means not stated
const optionalBoolean = z
  .union([z.boolean(), z.string(), z.null()])
  .optional()
  .transform((value, context) => {
    if (value === null || value === undefined || value.toString().trim() === '') return null;
    if (typeof value === 'boolean') return value;
    const word = value.trim().toLowerCase();
    if (['true', 'tak', 'yes', '1'].includes(word)) return true;
    if (['false', 'nie', 'no', '0'].includes(word)) return false;
    context.addIssue({ code: 'custom', message: `not true or false: ${value}` });
    return z.NEVER;
  });

// Fields of the second file (its README) that the importer uses; the others (cwd_phase,
// cwd_institutionalisation, cwd_structure, cwd_strategic_project, cwd_participation_since,
// area_km2, overlaps_held) are read past and ignored, as every unknown column is.
const sourceRecordSchema = z.object({
  source_url: text,
  source_kind: z
    .enum(['BDP', 'other'])
    .nullish()
    .transform((value) => value ?? 'other'),
  bdp_section: text,
  title: z.string().trim().min(1, 'empty title'),
  summary_pl: text,
  date_added: text,
  date_updated: text,
  unit_type: text,
  town: text,
  powiat: text,
  voivodeship: text,
  postal_code: text,
  implementing_unit: text,
  street: text,
  website: text,
  phone: text,
  population: optionalInt,
  members: z
    .array(memberSchema)
    .nullish()
    .transform((value) => value ?? []),
  leader: text,
  year_started: optionalInt,
  members_complete: optionalBoolean,
  members_stated: text,
  note: text,
  corroborating_url: text,
  cwd_integration: text,
  // chosen by the sender of the propose form (the app's slugs): they replace the classification
  practice_type: z.enum(PRACTICE_TYPES).nullish(),
  cooperation_form: z.enum(COOPERATION_FORMS).nullish(),
});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

/** A source file the importer cannot read: every problem line names the file. */
export class SourceFileError extends DataBuildError {
  constructor(
    readonly file: string,
    problems: readonly string[],
  ) {
    super(problems.map((problem) => `${file}: ${problem}`));
    this.name = 'SourceFileError';
  }
}

/** Validates raw records; every problem names the record (1-based) and the field. */
export function parseSourceRecords(raw: unknown, file: string): SourceRecord[] {
  if (!Array.isArray(raw)) throw new SourceFileError(file, ['expected an array of records']);
  const records: SourceRecord[] = [];
  const problems: string[] = [];
  raw.forEach((item, index) => {
    const result = sourceRecordSchema.safeParse(item);
    if (result.success) {
      records.push(result.data);
      return;
    }
    const title =
      typeof item === 'object' && item !== null && 'title' in item ? String(item.title).trim() : '';
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || '(record)';
      problems.push(`record ${index + 1}${title ? ` (${title})` : ''}: ${field}: ${issue.message}`);
    }
  });
  if (problems.length > 0) throw new SourceFileError(file, problems);
  return records;
}

/** `name|kind; name|kind` → members. A name may itself contain `|`: the kind is after the last. */
function parseMembersCell(cell: string): { name: string; kind: string }[] {
  return cell
    .split(/;|\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const bar = part.lastIndexOf('|');
      if (bar < 0) return { name: part, kind: 'unknown' };
      return { name: part.slice(0, bar).trim(), kind: part.slice(bar + 1).trim() };
    });
}

/**
 * CSV with the source's columns. Handles a BOM, `;` or `,` as the separator (whichever the
 * header row uses), quoted fields with separators, quotes and line breaks, and CRLF line ends.
 */
export function parseSourceCsv(content: string, file: string): SourceRecord[] {
  const body = content.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const problems = parsed.errors.map(
    (error) => `row ${(error.row ?? 0) + 2}: ${error.message} (${error.code})`,
  );
  if (!parsed.meta.fields?.includes('title')) problems.push('header: no "title" column');
  if (problems.length > 0) throw new SourceFileError(file, problems);
  const raw = parsed.data.map((row) => {
    const record: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      record[key] = key === 'members' ? parseMembersCell(value ?? '') : value;
    }
    return record;
  });
  return parseSourceRecords(raw, file);
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** Reads a `.json` or `.csv` file of source records. */
export async function readSourceFile(file: string): Promise<SourceRecord[]> {
  const content = await readFile(file, 'utf8');
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return parseSourceCsv(content, file);
  if (extension === '.json') {
    let raw: unknown;
    try {
      raw = JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new SourceFileError(file, [`invalid JSON: ${(error as Error).message}`]);
    }
    return parseSourceRecords(raw, file);
  }
  throw new SourceFileError(file, [`unknown file type "${extension}": expected .json or .csv`]);
}
