import { queryOptions } from '@tanstack/react-query';
import { boundaryDetailFile } from '../config/data-files';
import { isPlainBoundaries } from './boundaries-fast-check';
import { checkBoundaryReferences } from './check-boundaries';
import { fetchDataFile } from './fetch-data-file';
import { dataKeys } from './query-keys';
import { STATIC_FILE_QUERY } from './static-file-query';

// zod and the schemas come in a chunk of their own, loaded only when the quick check says no
const loadBoundariesSchema = () => import('./schemas').then((schemas) => schemas.boundariesSchema);

/** One voivodeship's full-detail borders (2-digit TERC code); same shape as the light file. */
export function boundaryDetailQueryOptions(voivodeship: string) {
  return queryOptions({
    queryKey: dataKeys.boundaryDetail(voivodeship),
    // checked as the light file is: the quick check, zod only when it says no, arc references
    queryFn: async ({ signal }) => {
      const file = boundaryDetailFile(voivodeship);
      const data = await fetchDataFile(file, loadBoundariesSchema, {
        signal,
        accept: isPlainBoundaries,
      });
      return checkBoundaryReferences(file, data);
    },
    ...STATIC_FILE_QUERY,
  });
}
