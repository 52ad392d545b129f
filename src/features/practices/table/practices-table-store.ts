// What the table view remembers apart from the link: which table it shows (units or practices)
// and the practices table's column order. UI memory of this feature, read by the table and by
// the export buttons (so a file follows the order the table shows); not in the link.
import { create } from 'zustand';

export const TABLE_MODES = ['units', 'practices'] as const;
export type TableMode = (typeof TABLE_MODES)[number];

export const RECORD_SORT_COLUMNS = [
  'title',
  'type',
  'form',
  'leader',
  'voivodeships',
  'year',
  'partners',
] as const;
export type RecordSortColumn = (typeof RECORD_SORT_COLUMNS)[number];

export interface ColumnSort {
  column: RecordSortColumn;
  direction: 'ascending' | 'descending';
}

interface PracticesTableState {
  mode: TableMode;
  /** null: the order of the link (`sort`), as in the list. */
  sort: ColumnSort | null;
  setMode: (mode: TableMode) => void;
  /** A column header pressed: that column ascending, or the other way when it already sorts. */
  sortBy: (column: RecordSortColumn) => void;
}

export const usePracticesTableStore = create<PracticesTableState>()((set) => ({
  mode: 'units',
  sort: null,
  setMode: (mode) => set({ mode }),
  sortBy: (column) =>
    set((state) => ({
      sort: {
        column,
        direction:
          state.sort?.column === column && state.sort.direction === 'ascending'
            ? 'descending'
            : 'ascending',
      },
    })),
}));
