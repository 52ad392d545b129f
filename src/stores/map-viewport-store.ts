// The map's current bounds, written by the map on every move and read by the list's
// "only what is on the map" option. Not shareable: the hash holds the view itself.
import { create } from 'zustand';

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

interface MapViewportState {
  bounds: Bounds | null;
  setBounds: (bounds: Bounds) => void;
}

export const useMapViewportStore = create<MapViewportState>()((set) => ({
  bounds: null,
  setBounds: (bounds) => set({ bounds }),
}));
