import { useQuery } from '@tanstack/react-query';
import { boundariesQueryOptions } from './boundaries-query';
import { decodeBoundaries } from './decode-boundaries';

/** The boundaries decoded per level (decoded once per loaded file, however many callers). */
export function useBoundaries() {
  return useQuery({ ...boundariesQueryOptions(), select: decodeBoundaries });
}
