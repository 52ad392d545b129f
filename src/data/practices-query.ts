import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { fetchJsonFile } from './fetch-data-file';
import { withoutDuplicates } from './practice-duplicates';
import { isPlainPracticesFile } from './practices-fast-check';
import { dataKeys } from './query-keys';
import { STATIC_FILE_QUERY } from './static-file-query';

export function practicesQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('practices'),
    // the quick check (practices-fast-check.ts) passes a clean file without zod; only a file it
    // refuses loads zod and is read record by record, so one bad practice does not hide the others
    queryFn: async ({ signal }) => {
      const data = await fetchJsonFile(DATA_FILES.practices, signal);
      if (isPlainPracticesFile(data)) return withoutDuplicates(DATA_FILES.practices, data);
      const { decodePracticesFile } = await import('./decode-practices');
      return decodePracticesFile(DATA_FILES.practices, data);
    },
    ...STATIC_FILE_QUERY,
  });
}
