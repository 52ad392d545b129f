import type { DATA_FILES } from '../config/data-files';

/** Query keys of the static data files: `['data', 'boundaries']`… */
export const dataKeys = {
  all: ['data'] as const,
  file: (name: keyof typeof DATA_FILES) => [...dataKeys.all, name] as const,
  /** `['data', 'boundary-detail', '12']`: one voivodeship's detail file. */
  boundaryDetail: (voivodeship: string) =>
    [...dataKeys.all, 'boundary-detail', voivodeship] as const,
};
