import { QueryClient } from '@tanstack/react-query';
import { DataLoadError } from '../data/data-load-error';

/** Retrying cannot fix a file that is missing or malformed; it can fix a flaky connection. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataLoadError) {
    const permanent =
      error.kind === 'schema' ||
      error.kind === 'parse' ||
      (error.kind === 'http' && error.status === 404);
    if (permanent) return false;
  }
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // a failed file stays failed until the person retries (data/static-file-query.ts)
      queries: { retry: shouldRetry, retryOnMount: false, refetchOnWindowFocus: false },
    },
  });
}
