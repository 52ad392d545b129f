// A build step that finds problems in its input collects them all and throws them together, so
// the person running the build sees every problem at once (one line each) instead of a stack.

export class DataBuildError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'DataBuildError';
    this.problems = problems;
  }
}

/** True for a DataBuildError, or any error that carries a list of problem lines the same way. */
export function isDataBuildError(error: unknown): error is DataBuildError {
  if (error instanceof DataBuildError) return true;
  if (!(error instanceof Error)) return false;
  const problems = (error as { problems?: unknown }).problems;
  return Array.isArray(problems) && problems.every((line) => typeof line === 'string');
}
