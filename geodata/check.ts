// `npm run data:check [-- --dir <folder>] [--gazetteer <file>]`: checks every practice file
// against the schema and the gazetteer. One line per problem (file, record, field); exit 1.
import { parseArgs } from 'node:util';
import { runCommand } from './run-command';
import { OUTPUT_FILES, PRACTICES_DIR } from './paths';
import { checkPractices, formatProblem, readGazetteerFile } from './practices-compile';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, gazetteer: { type: 'string' } },
  });
  const gazetteer = await readGazetteerFile(values.gazetteer ?? OUTPUT_FILES.gazetteer);
  const { practices, problems } = await checkPractices({
    practicesDir: values.dir ?? PRACTICES_DIR,
    gazetteer,
  });
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`data:check: ${problems.length} problem(s) in the practice files`);
    return 1;
  }
  console.log(`data:check: ${practices.length} practices OK`);
  return 0;
}

runCommand('data:check', main);
