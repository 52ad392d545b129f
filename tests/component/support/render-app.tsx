// Renders the whole app as main.tsx does, with the data files served from tests/fixtures/app
// by a stubbed fetch, a fresh query client and fresh stores.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../../src/app/app';
import { readLinkAtStart } from '../../../src/app/link-at-start';
import { AppProvider } from '../../../src/app/provider';
import { DATA_FILES } from '../../../src/config/data-files';
import { usePracticeViewsMemory } from '../../../src/features/practices/practice-views-memory';
import { viewStore } from '../../../src/stores/use-view-store';
import { DEFAULT_VIEW_STATE } from '../../../src/stores/view-state';
import { useMapCommandsStore } from '../../../src/stores/map-commands-store';
import { useUnitSelectionStore } from '../../../src/stores/unit-selection-store';
import boundaries from '../../fixtures/app/boundaries.topo.json';
import gazetteer from '../../fixtures/app/gazetteer.json';
import explorerPractices from '../../fixtures/explorer/practices.json';
import { splitPracticeRecords } from '../../../src/data/practice-texts';
import type { PracticeRecord } from '../../../src/data/schemas';
import { MAP_PANES } from '../../../src/config/map';

// The app's lazy chunks (src/app/lazy-views.tsx, the schemas) imported once up front: a test then waits for
// React's retry after the chunk "arrives" (a few microtasks), not for the modules' first transform.
await Promise.all([
  import('../../../src/app/map-panel'),
  import('../../../src/features/practices/detail/practice-detail'),
  import('../../../src/features/practices/table/practice-table'),
  // the schemas load only when a file fails its quick check (src/data/*-query.ts)
  import('../../../src/data/schemas'),
]);

// the fixture holds practice records: served as the build writes them, the two files apart
const { practices, texts: practiceTexts } = splitPracticeRecords(
  explorerPractices.practices as PracticeRecord[],
);

export const FIXTURES: Record<string, unknown> = {
  [DATA_FILES.boundaries]: boundaries,
  [DATA_FILES.gazetteer]: gazetteer,
  // units of these practices missing from the app's gazetteer are simply not counted per unit
  [DATA_FILES.practices]: practices,
  [DATA_FILES.practiceTexts]: practiceTexts,
};

/** A response for a data file; override one file with a status or another body. */
export type Serve = (file: string) => { status: number; body: unknown };

export const serveFixtures: Serve = (file) =>
  file in FIXTURES ? { status: 200, body: FIXTURES[file] } : { status: 404, body: 'not found' };

/** Stubs fetch for `/data/...` (as the app asks) and returns the mock to inspect calls. */
export function stubDataFetch(serve: Serve = serveFixtures) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost/');
    const file = url.pathname.replace(/^\//, '');
    const { status, body } = serve(file);
    // a fresh copy each time: the app must not rely on object identity across loads
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** `search` is the link's query string (`?region=22`), `hash` its map view. */
export function renderApp({ hash = '', search = '' }: { hash?: string; search?: string } = {}) {
  window.history.replaceState(null, '', `/${search}${hash}`);
  viewStore.setState({ ...DEFAULT_VIEW_STATE, historyMode: 'none' });
  useUnitSelectionStore.setState({ hoveredTerc: null });
  useMapCommandsStore.getState().registerFitMap(null);
  usePracticeViewsMemory.getState().reset();
  // as main.tsx does, before the first render
  const linkAtStart = readLinkAtStart(window.location);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  return render(
    <AppProvider queryClient={queryClient}>
      <App linkAtStart={linkAtStart} />
    </AppProvider>,
  );
}

/** The number of features a level's layer has put on the map, or null when it is not drawn. */
export function drawnFeatures(level: keyof typeof MAP_PANES): string | null {
  const pane = document.querySelector(`.leaflet-${MAP_PANES[level].name}-pane`);
  return pane?.getAttribute('data-feature-count') ?? null;
}
