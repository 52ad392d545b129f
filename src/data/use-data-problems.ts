import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DATA_FILES } from '../config/data-files';
import { findTextsProblems, findUnknownUnits, type DataProblem } from './data-problems';
import { practiceTextsQueryOptions } from './practice-texts-query';
import { practicesQueryOptions } from './practices-query';
import { useGazetteer } from './use-gazetteer';

/**
 * What the loaded data had that could not be used (records left out, repeated ids) or placed
 * (codes the gazetteer does not know, once both files have loaded). Empty while loading.
 */
export function useDataProblems(): DataProblem[] {
  const { data: practices } = useQuery(practicesQueryOptions());
  const { data: gazetteer } = useGazetteer();
  // only read: the texts load when a view needs them (usePracticeTexts, a search)
  const { data: texts } = useQuery({ ...practiceTextsQueryOptions(), enabled: false });
  return useMemo(() => {
    if (!practices) return [];
    const unknown = gazetteer
      ? findUnknownUnits(DATA_FILES.practices, practices.practices, gazetteer)
      : [];
    const leftOut = practices.problems ?? [];
    const ofTexts = texts
      ? findTextsProblems(DATA_FILES.practiceTexts, practices.practices, texts)
      : [];
    if (unknown.length === 0 && ofTexts.length === 0) return leftOut;
    return [...leftOut, ...unknown, ...ofTexts];
  }, [practices, gazetteer, texts]);
}

/** True when practices.json failed to load (not while it is loading or retrying after a success). */
export function usePracticesFailed(): boolean {
  return useQuery(practicesQueryOptions()).isError;
}
