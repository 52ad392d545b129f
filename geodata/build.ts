// `npm run build:data`: every generated file the app serves, from declared sources.
// Bad input stops the build with one line per problem (file, feature, what to do), no stack.
import path from 'node:path';
import { buildBoundaries, type BuiltFile } from './boundaries/build-boundaries';
import { runCommand } from './run-command';
import { geodataSourceDir, OUTPUT_DIR, OUTPUT_FILES, PRACTICES_DIR, PROJECT_ROOT } from './paths';
import { compilePractices, readGazetteerFile } from './practices-compile';

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function printSummary(files: BuiltFile[]): void {
  for (const { file, bytes, gzipBytes } of files) {
    console.log(
      `  ${path.relative(PROJECT_ROOT, file).padEnd(44)} ${kilobytes(bytes).padStart(10)}  ` +
        `${kilobytes(gzipBytes).padStart(9)} gzip`,
    );
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const built: BuiltFile[] = [];

  const boundaries = buildBoundaries({ sourceDir: geodataSourceDir(), outDir: OUTPUT_DIR });
  built.push(...boundaries.files);
  const { gmina, powiat, voivodeship } = boundaries.counts;
  console.log(`boundaries: ${gmina} gminy, ${powiat} powiaty, ${voivodeship} voivodeships`);

  // --- practices: compile the folder of practice files (geodata/practices) -------------------
  const practices = await compilePractices({
    practicesDir: PRACTICES_DIR,
    gazetteer: await readGazetteerFile(OUTPUT_FILES.gazetteer),
    outFiles: { practices: OUTPUT_FILES.practices, practiceTexts: OUTPUT_FILES.practiceTexts },
  });
  built.push(...practices.files);
  console.log(`practices: ${practices.count}`);
  // ---------------------------------------------------------------------------------------------

  printSummary(built);
  console.log(`data built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

runCommand('The data build', async () => {
  await main();
  return 0;
});
