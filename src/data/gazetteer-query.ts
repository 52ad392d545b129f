import { queryOptions } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { fetchDataFile } from './fetch-data-file';
import { isPlainGazetteer } from './gazetteer-fast-check';
import { decodeGazetteer } from './gazetteer-file';
import { dataKeys } from './query-keys';
import { STATIC_FILE_QUERY } from './static-file-query';

// zod and the schemas come in a chunk of their own, loaded only when the quick check says no
const loadGazetteerSchema = () => import('./schemas').then((schemas) => schemas.gazetteerSchema);

export function gazetteerQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.file('gazetteer'),
    // zod's verdict only when the quick check (same verdict) says no: it is a long task on a phone
    queryFn: ({ signal }) =>
      fetchDataFile(DATA_FILES.gazetteer, loadGazetteerSchema, {
        signal,
        accept: isPlainGazetteer,
      }).then(decodeGazetteer),
    ...STATIC_FILE_QUERY,
  });
}
