import { queryOptions } from '@tanstack/react-query';
import { boundaryDetailFile } from '../config/data-files';
import { fetchDataFile } from './fetch-data-file';
import { dataKeys } from './query-keys';
import { boundariesSchema } from './schemas';

/** One voivodeship's full-detail borders (2-digit TERC code); same shape as the light file. */
export function boundaryDetailQueryOptions(voivodeship: string) {
  return queryOptions({
    queryKey: dataKeys.boundaryDetail(voivodeship),
    queryFn: ({ signal }) =>
      fetchDataFile(boundaryDetailFile(voivodeship), boundariesSchema, { signal }),
    staleTime: Infinity,
  });
}
