// Commands to the map from outside it (the place search, a unit named in a practice). The map
// registers how it moves while it is mounted (features/map/fit-bounds.tsx, from inside it through
// useMap); an action calls that. A command is not state: nothing waits here to be acted on.
import { create } from 'zustand';
import type { Bounds } from './map-viewport-store';

export type FitMap = (bounds: Bounds) => void;

interface MapCommandsState {
  /** How the mounted map fits bounds, or null when no map is mounted. */
  fitMap: FitMap | null;
  /** Called by the map when it mounts, and with null when it unmounts. */
  registerFitMap: (fitMap: FitMap | null) => void;
  /** Moves the map so that `bounds` fill it; does nothing when no map is mounted. */
  fitTo: (bounds: Bounds) => void;
}

export const useMapCommandsStore = create<MapCommandsState>()((set, get) => ({
  fitMap: null,
  registerFitMap: (fitMap) => set({ fitMap }),
  fitTo: (bounds) => get().fitMap?.(bounds),
}));
