// How the data commands end: the number main() returns is the exit code; bad input (a
// DataBuildError) prints one line per problem, naming file, record and field; never a stack trace
// for a problem in the data.
import { isDataBuildError } from './build-error';

export function runCommand(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (isDataBuildError(error)) {
        console.error(`${name} stopped: ${error.problems.length} problem(s) in its input.`);
        for (const problem of error.problems) console.error(problem);
      } else {
        console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
      process.exitCode = 1;
    },
  );
}
