// `npm run data:check [-- --dir <folder>] [--gazetteer <file>]`: checks every practice file
// against the schema and the gazetteer, and (with the default folder, once built) the compiled
// practices.json and practice-texts.json against the app's schemas and each other. One line per
// problem (file, record, field); exit 1.
import { parseArgs } from 'node:util';
import { runCommand } from './run-command';
import { OUTPUT_FILES, PRACTICES_DIR } from './paths';
import {
  checkCompiledFiles,
  checkPractices,
  formatProblem,
  readGazetteerFile,
} from './practices-compile';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, gazetteer: { type: 'string' } },
  });
  const gazetteer = await readGazetteerFile(values.gazetteer ?? OUTPUT_FILES.gazetteer);
  const { practices, problems } = await checkPractices({
    practicesDir: values.dir ?? PRACTICES_DIR,
    gazetteer,
  });
  // the compiled files come from the default folder: another folder's check leaves them be
  const compiled = values.dir === undefined ? await checkCompiledFiles(OUTPUT_FILES) : null;
  if (compiled) problems.push(...compiled);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`data:check: ${problems.length} problem(s) in the practice files`);
    return 1;
  }
  const built = compiled ? ' (and the compiled practices.json, practice-texts.json)' : '';
  console.log(`data:check: ${practices.length} practices OK${built}`);
  return 0;
}

runCommand('data:check', main);
