import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { fetchDataFile } from './fetch-data-file';
import { dataKeys } from './query-keys';
import { practicesFileSchema } from './schemas';

export function practicesQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('practices'),
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.practices, practicesFileSchema, { signal }),
    staleTime: Infinity,
  });
}
