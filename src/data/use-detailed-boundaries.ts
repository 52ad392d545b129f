import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { boundaryDetailQueryOptions } from './boundary-detail-query';
import { withBoundaryDetail } from './boundary-detail';
import type { DecodedBoundaries } from './decode-boundaries';
import type { Boundaries } from './schemas';
import { useBoundaries } from './use-boundaries';

/** Every voivodeship's code (TERC, 2 digits). */
export const VOIVODESHIP_CODES = [
  '02', '04', '06', '08', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28', '30', '32',
] as const; // prettier-ignore

function loadedDetails(results: UseQueryResult<Boundaries>[]): Map<string, Boundaries> {
  const details = new Map<string, Boundaries>();
  results.forEach((result, i) => {
    const code = VOIVODESHIP_CODES[i];
    if (result.data && code) details.set(code, result.data);
  });
  return details;
}

/**
 * Requests the detail files of these voivodeships (kept in the cache once loaded). A failed or
 * pending file changes nothing: the light borders stay.
 */
export function useBoundaryDetailRequests(voivodeships: readonly string[]): void {
  useQueries({
    queries: voivodeships.map((code) => boundaryDetailQueryOptions(code)),
    combine: () => null,
  });
}

/**
 * The boundaries as the map draws them: the light topology, with the features of every
 * voivodeship whose detail file has been loaded (by useBoundaryDetailRequests) put in place.
 * Never fetches a detail file itself.
 */
export function useDetailedBoundaries(): { data: DecodedBoundaries | undefined } {
  const { data: light } = useBoundaries();
  const details = useQueries({
    queries: VOIVODESHIP_CODES.map((code) => ({
      ...boundaryDetailQueryOptions(code),
      enabled: false,
    })),
    combine: loadedDetails,
  });
  // cached by the light topology and the codes loaded: the same object while nothing arrives
  const data = light ? withBoundaryDetail(light, details) : undefined;
  return { data };
}
