import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { fetchDataFile } from './fetch-data-file';
import { dataKeys } from './query-keys';
import { boundariesSchema } from './schemas';

export function boundariesQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('boundaries'),
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.boundaries, boundariesSchema, { signal }),
    staleTime: Infinity,
  });
}
