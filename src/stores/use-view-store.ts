// The app's one view store and its hook. Read through narrow selectors:
// `useViewStore((s) => s.filters.region)`; for several fields at once, `useShallow`.
import { useStore } from 'zustand';
import { createViewStore, type ViewStore } from './view-store';

export const viewStore = createViewStore();

export function useViewStore<T>(selector: (state: ViewStore) => T): T {
  return useStore(viewStore, selector);
}
