// Which unit the user points at (hover) and which one they chose (click or search), shared by
// the map and the side panel. Codes only; names come from the gazetteer. Moving the map to a
// chosen unit is a command, not state: map-commands-store.ts.
import { create } from 'zustand';

interface UnitSelectionState {
  hoveredTerc: string | null;
  selectedTerc: string | null;
  hoverUnit: (terc: string | null) => void;
  selectUnit: (terc: string | null) => void;
}

export const useUnitSelectionStore = create<UnitSelectionState>()((set) => ({
  hoveredTerc: null,
  selectedTerc: null,
  hoverUnit: (terc) => set({ hoveredTerc: terc }),
  selectUnit: (terc) => set({ selectedTerc: terc }),
}));

/** The unit to describe: the one under the pointer, else the chosen one. */
export function selectShownTerc(state: UnitSelectionState): string | null {
  return state.hoveredTerc ?? state.selectedTerc;
}
