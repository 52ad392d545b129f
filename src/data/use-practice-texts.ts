import { useQuery } from '@tanstack/react-query';
import { DATA_FILES } from '../config/data-files';
import { practiceTextsQueryOptions } from './practice-texts-query';
import { textsOf } from './practice-texts';
import type { PracticeTexts } from './schemas';

export type PracticeTextsState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  /** The file loaded but has no texts for this practice (the data problems name it too). */
  | { status: 'missing'; file: string; id: string }
  | { status: 'success'; texts: PracticeTexts };

/**
 * One practice's summary, description and sources: the one way a view gets them. Mounting it
 * starts loading practice-texts.json (once for all practices; the cache keeps it).
 */
export function usePracticeTexts(id: string): PracticeTextsState {
  const query = useQuery(practiceTextsQueryOptions());
  if (query.data) {
    const texts = textsOf(query.data, id);
    return texts
      ? { status: 'success', texts }
      : { status: 'missing', file: DATA_FILES.practiceTexts, id };
  }
  if (query.isError)
    return { status: 'error', error: query.error, retry: () => void query.refetch() };
  return { status: 'pending' };
}
