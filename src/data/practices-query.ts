import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { fetchDataFile } from './fetch-data-file';
import { isPlainPracticesFile } from './practices-fast-check';
import { dataKeys } from './query-keys';

// zod and the schemas come in a chunk of their own, loaded only when the quick check says no
const loadPracticesFileSchema = () =>
  import('./schemas').then((schemas) => schemas.practicesFileSchema);

export function practicesQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('practices'),
    // zod takes ~0.7 s for 100,000 practices; the hand-written check, a fraction (same verdict)
    queryFn: ({ signal }) =>
      fetchDataFile(DATA_FILES.practices, loadPracticesFileSchema, {
        signal,
        accept: isPlainPracticesFile,
      }),
    staleTime: Infinity,
  });
}
