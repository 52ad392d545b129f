// The site's data as the build-time pages need it: the one place in deploy/ that knows the data
// files' names and shape (public/data/, written by `npm run build:data` before `vite build`).
// Should the files change shape, this function adapts them; the pages, the preview images and the
// sitemap read only what it returns.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { isPlainGazetteer } from '../src/data/gazetteer-fast-check';
import { decodeGazetteer } from '../src/data/gazetteer-file';
import { decodePracticeTextsFile } from '../src/data/decode-practice-texts';
import type { LoadedPracticeTexts } from '../src/data/practice-texts-query';
import { textsOf } from '../src/data/practice-texts';
import type { Gazetteer, Unit } from '../src/data/schemas';

/** What a practice's page, preview image and sitemap entry say. */
export interface SitePractice {
  /** A lower-case slug: the page's folder name. */
  id: string;
  title: string;
  summary: string;
  yearStarted: number | null;
  /** ISO date of the last change, or null. */
  dateModified: string | null;
  /** TERC codes of the units the practice covers. */
  territory: string[];
  /** Those units' names in words (`gmina Skawina`, `powiat kościerski`), in the same order. */
  placeNames: string[];
}

export interface SiteData {
  /** The files as parsed JSON, for the build-time render (the app's query cache). */
  files: { practices: unknown; gazetteer: Gazetteer; practiceTexts: LoadedPracticeTexts };
  /** The light boundaries (TopoJSON: objects gmina, powiat, voivodeship, ids = TERC codes). */
  boundaries: Topology;
  practices: SitePractice[];
  /** The dataset's version: the latest date a practice was added or updated, or null. */
  datasetDate: string | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function readJson(dir: string, name: string): unknown {
  const file = path.join(dir, name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `site pages: cannot read ${file} (run \`npm run build:data\` first): ${String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`site pages: ${file} is not JSON: ${String(error)}`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function unitWords(unit: Unit): string {
  if (unit.level === 'voivodeship') return `województwo ${unit.name}`;
  if (unit.level === 'powiat') {
    return unit.cityWithPowiatRights === true ? `miasto ${unit.name}` : `powiat ${unit.name}`;
  }
  return `gmina ${unit.name}`;
}

/** Reads practices, gazetteer and boundaries from the data build's output folder. */
export function readSiteData(dataDir: string): SiteData {
  const practicesFile = readJson(dataDir, 'practices.json');
  const gazetteerFile = readJson(dataDir, 'gazetteer.json');
  const boundaries = readJson(dataDir, 'boundaries.topo.json') as Topology;
  const textsFile = `${dataDir}/practice-texts.json`;
  // the app's own reading (a clean file as it is; else the schema, entry by entry): a page must
  // not go out without the summary its head and content show, so any problem stops the build
  const practiceTexts = decodePracticeTextsFile(
    textsFile,
    readJson(dataDir, 'practice-texts.json'),
  );
  const [textsProblem] = practiceTexts.problems;
  if (textsProblem) {
    const detail = textsProblem.kind === 'invalid-texts' ? `: ${textsProblem.detail}` : '';
    throw new Error(`site pages: ${textsFile}: practice ${textsProblem.id}${detail}`);
  }
  if (!isRecord(practicesFile) || !Array.isArray(practicesFile.practices)) {
    throw new Error(`site pages: ${dataDir}/practices.json has no "practices" list`);
  }
  // the app's own reading of the file (its query holds the decoded units, so the render does too)
  if (!isPlainGazetteer(gazetteerFile)) {
    throw new Error(`site pages: ${dataDir}/gazetteer.json is not a gazetteer the app can read`);
  }
  const gazetteer = decodeGazetteer(gazetteerFile);
  const names = new Map(gazetteer.units.map((unit) => [unit.terc, unitWords(unit)]));
  const seen = new Set<string>();
  let datasetDate: string | null = null;
  const practices: SitePractice[] = [];
  (practicesFile.practices as unknown[]).forEach((record, i) => {
    const where = `${dataDir}/practices.json practices[${i}]`;
    if (!isRecord(record)) throw new Error(`site pages: ${where} is not an object`);
    const { id, title } = record;
    // the id becomes a folder name and a URL: only a slug may (the data build checks it too)
    if (typeof id !== 'string' || !SLUG.test(id)) {
      throw new Error(`site pages: ${where}: id ${JSON.stringify(id)} is not a lower-case slug`);
    }
    // the app leaves a repeated id out (the first one wins): so does its page
    if (seen.has(id)) return;
    seen.add(id);
    if (typeof title !== 'string') {
      throw new Error(`site pages: ${where} (${id}): the title must be text`);
    }
    const summary = textsOf(practiceTexts, id)?.summary;
    if (summary === undefined) {
      throw new Error(`site pages: ${textsFile} has no texts for practice ${id} (${where})`);
    }
    const territory = Array.isArray(record.territory)
      ? record.territory.filter((terc): terc is string => typeof terc === 'string')
      : [];
    const dates = [record.dateUpdated, record.dateAdded].filter(
      (date): date is string => typeof date === 'string' && ISO_DATE.test(date),
    );
    const dateModified = dates.sort().at(-1) ?? null;
    if (dateModified && (datasetDate === null || dateModified > datasetDate)) {
      datasetDate = dateModified;
    }
    practices.push({
      id,
      title,
      summary,
      yearStarted: typeof record.yearStarted === 'number' ? record.yearStarted : null,
      dateModified,
      territory,
      placeNames: territory.map((terc) => names.get(terc) ?? terc),
    });
  });
  return {
    files: { practices: practicesFile, gazetteer, practiceTexts },
    boundaries,
    practices,
    datasetDate,
  };
}
