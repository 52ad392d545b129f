// `npm run data:import -- <file.json|file.csv> [--out <dir>] [--report <file.json>]
//   [--accept-unresolved] [--overwrite] [--decisions <file.json>] [--gazetteer <file.json>]
//   [--base <dir>]`
// Imports source records into practice files, merged with the practices already there
// (merge-shipped.ts), and prints what it did. Exits 1 when a local government stays ambiguous or
// unresolved, or a record has no place, unless --accept-unresolved; practices are written either
// way, so nothing is dropped silently. Exits 1 on a conflict with an editor's change, always.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from '../run-command';
import { OUTPUT_FILES, PRACTICES_DIR, PROJECT_ROOT } from '../paths';
import { readGazetteerFile } from '../practices-compile';
import { NO_DECISIONS, readDecisions } from './decisions';
import { placeStemTest } from './duplicates';
import { importPractices } from './import-practices';
import { formatReport } from './format-report';
import { readSourceFile } from './source-record';
import { writePractices } from './write-practices';

const DEFAULT_DECISIONS = path.join(PROJECT_ROOT, 'geodata', 'import', 'decisions.json');
const BASE_DIR = '.imported';

function show(file: string): string {
  return path.relative(process.cwd(), file);
}

const USAGE =
  'usage: npm run data:import -- <file.json|file.csv> [--out <dir>] [--report <file.json>] ' +
  '[--accept-unresolved] [--overwrite] [--decisions <file.json>] [--gazetteer <file.json>] [--base <dir>]';

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      report: { type: 'string' },
      'accept-unresolved': { type: 'boolean', default: false },
      overwrite: { type: 'boolean', default: false },
      decisions: { type: 'string' },
      gazetteer: { type: 'string' },
      base: { type: 'string' },
    },
  });
  const [input] = positionals;
  if (!input || positionals.length > 1) {
    console.error(USAGE);
    return 1;
  }
  const gazetteer = await readGazetteerFile(values.gazetteer ?? OUTPUT_FILES.gazetteer);
  const records = await readSourceFile(input);
  const decisionsFile = values.decisions ?? DEFAULT_DECISIONS;
  const decisions =
    values.decisions !== undefined || (await exists(decisionsFile))
      ? await readDecisions(decisionsFile)
      : NO_DECISIONS;
  const { practices, report } = importPractices(records, {
    gazetteer,
    decisions,
    source: path.basename(input),
  });

  const outDir = values.out ?? PRACTICES_DIR;
  // the last imported versions: beside the shipped practices, or where --base says
  const baseDir =
    values.base ??
    (path.resolve(outDir) === PRACTICES_DIR ? path.join(PRACTICES_DIR, BASE_DIR) : null);
  const written = await writePractices(practices, outDir, {
    overwrite: values.overwrite,
    baseDir,
    decisions,
    isPlaceStem: placeStemTest(
      gazetteer.units.filter((unit) => unit.level !== 'voivodeship').map((unit) => unit.name),
    ),
  });
  const outcomes = {
    created: written.filter((result) => result.outcome === 'created'),
    updated: written.filter((result) => result.outcome === 'updated'),
    unchanged: written.filter((result) => result.outcome === 'unchanged'),
    kept: written.filter((result) => result.outcome === 'kept'),
    conflict: written.filter((result) => result.outcome === 'conflict'),
  };
  const merged = written.filter(
    (result) => result.outcome !== 'created' && result.changes.length > 0,
  );
  console.log(formatReport(report));
  console.log('');
  if (merged.length > 0) {
    console.log("Merged into shipped practices (a proposal: the editor's changes are kept):");
    for (const result of merged) {
      console.log(
        `  ${result.mergedFrom ?? result.id} → ${show(result.file)} (${result.outcome}; matched by ${result.matchedBy ?? ''})`,
      );
      for (const change of result.changes) console.log(`    ${change}`);
    }
    console.log('');
  }
  console.log(
    `Written to ${path.relative(process.cwd(), outDir) || '.'}: ` +
      `${outcomes.created.length} created, ${outcomes.updated.length} updated, ` +
      `${outcomes.unchanged.length} unchanged, ${outcomes.kept.length} kept as edited, ` +
      `${outcomes.conflict.length} in conflict`,
  );
  for (const result of outcomes.kept) {
    console.log(
      `  kept ${show(result.file)}: it differs from the import (review, then --overwrite)`,
    );
  }
  if (values.report) {
    await fs.writeFile(values.report, `${JSON.stringify({ ...report, written }, null, 2)}\n`);
    console.log(`Report: ${values.report}`);
  }

  if (outcomes.conflict.length > 0) {
    for (const result of outcomes.conflict) {
      for (const conflict of result.conflicts) {
        console.error(`data:import: conflict: ${show(result.file)}: ${conflict}`);
      }
    }
    console.error(
      `data:import: ${outcomes.conflict.length} file(s) left as they are: the editor and the import changed the same field; decide in the file, then import again`,
    );
    return 1;
  }
  const jst = report.summary.localGovernments;
  const open = jst.ambiguous + jst.unresolved + report.summary.recordsWithoutPlace;
  if (open > 0 && !values['accept-unresolved']) {
    console.error(
      `data:import: ${jst.ambiguous} ambiguous and ${jst.unresolved} unresolved local government(s), ` +
        `${report.summary.recordsWithoutPlace} record(s) without a place: resolve them (geodata/import/decisions.json) or pass --accept-unresolved`,
    );
    return 1;
  }
  return 0;
}

runCommand('data:import', main);
