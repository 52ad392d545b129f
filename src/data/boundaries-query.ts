import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { checkBoundaryReferences } from './check-boundaries';
import { fetchDataFile } from './fetch-data-file';
import { isPlainBoundaries } from './boundaries-fast-check';
import { dataKeys } from './query-keys';
import { STATIC_FILE_QUERY } from './static-file-query';

// zod and the schemas come in a chunk of their own, loaded only when the quick check says no
const loadBoundariesSchema = () => import('./schemas').then((schemas) => schemas.boundariesSchema);

export function boundariesQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('boundaries'),
    // zod's verdict only when the quick check (same verdict) says no: it is a long task on a phone
    queryFn: async ({ signal }) =>
      checkBoundaryReferences(
        DATA_FILES.boundaries,
        await fetchDataFile(DATA_FILES.boundaries, loadBoundariesSchema, {
          signal,
          accept: isPlainBoundaries,
        }),
      ),
    ...STATIC_FILE_QUERY,
  });
}
