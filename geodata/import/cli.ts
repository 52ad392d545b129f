// `npm run data:import -- <file.json|file.csv> [--out <dir>] [--report <file.json>]
//   [--accept-unresolved] [--overwrite] [--decisions <file.json>] [--gazetteer <file.json>]`
// Imports source records into practice files and prints what it did. Exits 1 when a local
// government stays ambiguous or unresolved, or a record has no place, unless
// --accept-unresolved; practices are written either way, so nothing is dropped silently.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from '../run-command';
import { OUTPUT_FILES, PRACTICES_DIR, PROJECT_ROOT } from '../paths';
import { readGazetteerFile } from '../practices-compile';
import { NO_DECISIONS, readDecisions } from './decisions';
import { importPractices } from './import-practices';
import { formatReport } from './format-report';
import { readSourceFile } from './source-record';
import { writePractices } from './write-practices';

const DEFAULT_DECISIONS = path.join(PROJECT_ROOT, 'geodata', 'import', 'decisions.json');

const USAGE =
  'usage: npm run data:import -- <file.json|file.csv> [--out <dir>] [--report <file.json>] ' +
  '[--accept-unresolved] [--overwrite] [--decisions <file.json>] [--gazetteer <file.json>]';

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
  const written = await writePractices(practices, outDir, { overwrite: values.overwrite });
  const outcomes = {
    created: written.filter((result) => result.outcome === 'created'),
    updated: written.filter((result) => result.outcome === 'updated'),
    unchanged: written.filter((result) => result.outcome === 'unchanged'),
    kept: written.filter((result) => result.outcome === 'kept'),
  };
  console.log(formatReport(report));
  console.log('');
  console.log(
    `Written to ${path.relative(process.cwd(), outDir) || '.'}: ` +
      `${outcomes.created.length} created, ${outcomes.updated.length} updated, ` +
      `${outcomes.unchanged.length} unchanged, ${outcomes.kept.length} kept as edited`,
  );
  for (const result of outcomes.kept) {
    console.log(
      `  kept ${path.relative(process.cwd(), result.file)}: it differs from the import (review, then --overwrite)`,
    );
  }
  if (values.report) {
    await fs.writeFile(values.report, `${JSON.stringify({ ...report, written }, null, 2)}\n`);
    console.log(`Report: ${values.report}`);
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
