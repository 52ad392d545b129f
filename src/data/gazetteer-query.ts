import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { fetchDataFile } from './fetch-data-file';
import { isPlainGazetteer } from './gazetteer-fast-check';
import { dataKeys } from './query-keys';
import { gazetteerSchema } from './schemas';

export function gazetteerQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('gazetteer'),
    // zod's verdict only when the quick check (same verdict) says no: it is a long task on a phone
    queryFn: ({ signal }) =>
      fetchDataFile(DATA_FILES.gazetteer, gazetteerSchema, { signal, accept: isPlainGazetteer }),
    staleTime: Infinity,
  });
}
