// The practice under the pointer or keyboard focus, shared by the list and the map markers so
// each can highlight what the other points at. Ephemeral: never in the URL.
import { create } from 'zustand';

interface PracticeHoverState {
  hoveredId: string | null;
  setHovered: (id: string | null) => void;
}

export const usePracticeHoverStore = create<PracticeHoverState>()((set) => ({
  hoveredId: null,
  setHovered: (id) => set({ hoveredId: id }),
}));
