import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { boundariesQueryOptions } from './boundaries-query';
import { decodeBoundaries } from './decode-boundaries';

/**
 * The boundaries decoded per level (decoded once per loaded file, however many callers). The
 * file's arrival renders synchronously (a query's store); the decoding and the layers it feeds
 * follow in a deferred render, which React renders in slices, so the phone gets no long task.
 */
export function useBoundaries() {
  const query = useQuery(boundariesQueryOptions());
  const file = useDeferredValue(query.data);
  const data = useMemo(() => (file ? decodeBoundaries(file) : undefined), [file]);
  // only what callers read, so a change of the query's other fields renders nobody
  return { data, isPending: data === undefined && !query.isError };
}
