// Which unit the user points at (hover), shared by the map and the unit strip. Codes only; names
// come from the gazetteer. The unit the user chose (click or search) is the link's `place`
// (view-state.ts); moving the map to it is a command, not state: map-commands-store.ts.
import { create } from 'zustand';

interface UnitHoverState {
  hoveredTerc: string | null;
  hoverUnit: (terc: string | null) => void;
}

export const useUnitSelectionStore = create<UnitHoverState>()((set) => ({
  hoveredTerc: null,
  hoverUnit: (terc) => set({ hoveredTerc: terc }),
}));
