import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { fetchDataFile } from './fetch-data-file';
import { dataKeys } from './query-keys';
import { gazetteerSchema } from './schemas';
import { STATIC_FILE_QUERY } from './static-file-query';

export function gazetteerQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('gazetteer'),
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.gazetteer, gazetteerSchema, { signal }),
    ...STATIC_FILE_QUERY,
  });
}
