import { useQuery } from '@tanstack/react-query';
import { gazetteerQueryOptions } from './gazetteer-query';
import { indexGazetteer } from './gazetteer-index';

/** The gazetteer with its look-ups. */
export function useGazetteer() {
  return useQuery({ ...gazetteerQueryOptions(), select: indexGazetteer });
}
