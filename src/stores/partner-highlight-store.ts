// The partner of the open practice that the detail's partner list points at (under the pointer or
// keyboard focus), so the map can show and name its point. Ephemeral: never in the URL.
import { create } from 'zustand';

export interface HighlightedPartner {
  practiceId: string;
  /** Its position in the practice's partners. */
  index: number;
}

interface PartnerHighlightState {
  partner: HighlightedPartner | null;
  setPartner: (partner: HighlightedPartner | null) => void;
}

export const usePartnerHighlightStore = create<PartnerHighlightState>()((set) => ({
  partner: null,
  setPartner: (partner) => set({ partner }),
}));
