// Renders the practice list, detail or table alone, with the practices and the gazetteer already
// in the query cache (no fetch), and every store they read reset.
import { decodeGazetteer } from '../../../src/data/gazetteer-file';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { gazetteerQueryOptions } from '../../../src/data/gazetteer-query';
import { practicesQueryOptions } from '../../../src/data/practices-query';
import { practiceTextsQueryOptions } from '../../../src/data/practice-texts-query';
import { splitPracticeRecords } from '../../../src/data/practice-texts';
import {
  gazetteerSchema,
  practiceRecordSchema,
  type Gazetteer,
  type PracticesFile,
  type PracticeTextsFile,
} from '../../../src/data/schemas';
import { usePracticeViewsMemory } from '../../../src/features/practices/practice-views-memory';
import { useMapViewportStore } from '../../../src/stores/map-viewport-store';
import { usePracticeHoverStore } from '../../../src/stores/practice-hover-store';
import { useMapCommandsStore } from '../../../src/stores/map-commands-store';
import { useUnitSelectionStore } from '../../../src/stores/unit-selection-store';
import { viewStore } from '../../../src/stores/use-view-store';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/stores/view-state';
import appGazetteer from '../../fixtures/app/gazetteer.json';
import fixturePractices from '../../fixtures/practices-ui/practices.json';

export const GAZETTEER: Gazetteer = decodeGazetteer(gazetteerSchema.parse(appGazetteer));
// the fixture holds practice records; the app gets them as the build writes them, two files
const SPLIT = splitPracticeRecords(
  fixturePractices.practices.map((record) => practiceRecordSchema.parse(record)),
);
export const PRACTICES: PracticesFile = SPLIT.practices;
export const TEXTS: PracticeTextsFile = SPLIT.texts;

interface Options {
  /** Not validated: tests may pass hostile data the schema would refuse. */
  practices?: PracticesFile;
  /** practice-texts.json in the cache; null: not loaded (a view that asks fetches it). */
  texts?: PracticeTextsFile | null;
  gazetteer?: Gazetteer;
  state?: Partial<ViewState>;
}

export function renderWithPractices(
  ui: ReactNode,
  { practices = PRACTICES, texts = TEXTS, gazetteer = GAZETTEER, state = {} }: Options = {},
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  client.setQueryData(practicesQueryOptions().queryKey, practices);
  client.setQueryData(gazetteerQueryOptions().queryKey, gazetteer);
  if (texts) client.setQueryData(practiceTextsQueryOptions().queryKey, { ...texts, problems: [] });
  viewStore.setState({ ...DEFAULT_VIEW_STATE, ...state, historyMode: 'none' });
  usePracticeHoverStore.setState({ hoveredId: null });
  usePracticeViewsMemory.getState().reset();
  useMapViewportStore.setState({ bounds: null });
  useUnitSelectionStore.setState({ hoveredTerc: null });
  useMapCommandsStore.getState().registerFitMap(null);
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
