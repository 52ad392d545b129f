// The dataset's version, one definition for the exported files and the "O mapie" page: the
// latest date a practice was added or updated ('–' when no practice has a date).
import type { Practice } from './schemas';

export function datasetVersionOf(
  practices: readonly Pick<Practice, 'dateAdded' | 'dateUpdated'>[],
): string {
  let version = '';
  for (const practice of practices) {
    const date = practice.dateUpdated ?? practice.dateAdded ?? '';
    if (date > version) version = date;
  }
  return version || '–';
}
