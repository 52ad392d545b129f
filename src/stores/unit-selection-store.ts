// Which unit the user points at (hover) and which one they chose (click or search), shared by
// the map and the side panel. Codes only; names come from the gazetteer.
import { create } from 'zustand';

interface FitRequest {
  terc: string;
  /** Distinguishes two requests for the same unit: choosing it again re-fits the map. */
  seq: number;
}

interface UnitSelectionState {
  hoveredTerc: string | null;
  selectedTerc: string | null;
  /** Set when the map should move to a unit (a choice from the list, not a click on the map). */
  fitRequest: FitRequest | null;
  hoverUnit: (terc: string | null) => void;
  selectUnit: (terc: string | null, options?: { fit?: boolean }) => void;
}

export const useUnitSelectionStore = create<UnitSelectionState>()((set) => ({
  hoveredTerc: null,
  selectedTerc: null,
  fitRequest: null,
  hoverUnit: (terc) => set({ hoveredTerc: terc }),
  selectUnit: (terc, options) =>
    set((state) => ({
      selectedTerc: terc,
      fitRequest:
        options?.fit && terc ? { terc, seq: (state.fitRequest?.seq ?? 0) + 1 } : state.fitRequest,
    })),
}));

/** The unit to describe: the one under the pointer, else the chosen one. */
export function selectShownTerc(state: UnitSelectionState): string | null {
  return state.hoveredTerc ?? state.selectedTerc;
}
