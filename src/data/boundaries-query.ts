import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { checkBoundaryReferences } from './check-boundaries';
import { fetchDataFile } from './fetch-data-file';
import { dataKeys } from './query-keys';
import { boundariesSchema } from './schemas';
import { STATIC_FILE_QUERY } from './static-file-query';

export function boundariesQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('boundaries'),
    queryFn: async ({ signal }) =>
      checkBoundaryReferences(
        DATA_FILES.boundaries,
        await fetchDataFile(DATA_FILES.boundaries, boundariesSchema, { signal }),
      ),
    ...STATIC_FILE_QUERY,
  });
}
