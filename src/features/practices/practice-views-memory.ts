// What the list and the table remember while the detail replaces them: when the detail closes
// they mount again, and come back as they were (the table's expanded rows) with focus on the
// practice that was opened (not on the page). UI memory of this feature only: never in the URL.
import { create } from 'zustand';

interface PracticeViewsMemoryState {
  /** The practice last opened from the list; the next mount of the list uses it once. */
  openedFromList: string | null;
  /** The practice last opened from the table; the next mount of the table uses it once. */
  openedFromTable: string | null;
  /** The table's expanded units (TERC codes). */
  expandedUnits: ReadonlySet<string>;
  rememberOpenedFromList: (id: string) => void;
  forgetOpenedFromList: () => void;
  rememberOpenedFromTable: (id: string) => void;
  /** The practice last opened from the table, forgotten once read. */
  takeOpenedFromTable: () => string | null;
  /** Expands a unit of the table, or collapses it when expanded. */
  toggleExpanded: (terc: string) => void;
  /** A fresh page: nothing remembered. */
  reset: () => void;
}

const EMPTY = {
  openedFromList: null,
  openedFromTable: null,
  expandedUnits: new Set<string>(),
} satisfies Partial<PracticeViewsMemoryState>;

export const usePracticeViewsMemory = create<PracticeViewsMemoryState>()((set, get) => ({
  ...EMPTY,
  rememberOpenedFromList: (id) => set({ openedFromList: id }),
  forgetOpenedFromList: () => set({ openedFromList: null }),
  rememberOpenedFromTable: (id) => set({ openedFromTable: id }),
  takeOpenedFromTable: () => {
    const id = get().openedFromTable;
    if (id !== null) set({ openedFromTable: null });
    return id;
  },
  toggleExpanded: (terc) =>
    set((state) => {
      const next = new Set(state.expandedUnits);
      if (!next.delete(terc)) next.add(terc);
      return { expandedUnits: next };
    }),
  reset: () => set({ ...EMPTY, expandedUnits: new Set() }),
}));
