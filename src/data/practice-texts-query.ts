import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import type { DataProblem } from './data-problems';
import { fetchJsonFile } from './fetch-data-file';
import { isPlainPracticeTextsFile } from './practice-texts-fast-check';
import { dataKeys } from './query-keys';
import type { PracticeTextsFile } from './schemas';
import { STATIC_FILE_QUERY } from './static-file-query';

/** The texts that passed, and the entries left out (each names its id). */
export interface LoadedPracticeTexts extends PracticeTextsFile {
  problems: DataProblem[];
}

/**
 * practice-texts.json: the practices' summaries, descriptions and sources. Not part of the first
 * load: the detail, a text search, the exports and the correction form each ask for it when they
 * need it (usePracticeTexts, or the query client's fetchQuery).
 */
export function practiceTextsQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('practiceTexts'),
    // as practices-query.ts: a clean file passes the quick check without zod; only a file it
    // refuses loads zod and is read entry by entry
    queryFn: async ({ signal }): Promise<LoadedPracticeTexts> => {
      const data = await fetchJsonFile(DATA_FILES.practiceTexts, signal);
      if (isPlainPracticeTextsFile(data)) return { ...data, problems: [] };
      const { decodePracticeTextsFile } = await import('./decode-practice-texts');
      return decodePracticeTextsFile(DATA_FILES.practiceTexts, data);
    },
    ...STATIC_FILE_QUERY,
  });
}
