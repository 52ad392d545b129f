import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { decodePracticesFile } from './decode-practices';
import { fetchJsonFile } from './fetch-data-file';
import { dataKeys } from './query-keys';
import { STATIC_FILE_QUERY } from './static-file-query';

export function practicesQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('practices'),
    // record by record, so one bad practice does not hide the others; the quick check
    // (practices-fast-check.ts) spares zod when the whole file is clean
    queryFn: async ({ signal }) =>
      decodePracticesFile(DATA_FILES.practices, await fetchJsonFile(DATA_FILES.practices, signal)),
    ...STATIC_FILE_QUERY,
  });
}
