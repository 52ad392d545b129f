// What the panel needs from the filter engine, in plain shapes: app/ adapts the engine's
// FilterResult to it, so this feature imports nothing from another feature.
import type { CooperationForm, PracticeType, Sector } from '../../data/schemas';
import type { LeadingUnitType } from '../../stores/view-state';

export interface FilterCounts {
  /** Per option: the practices it would give with the other filters as they are. */
  type: Readonly<Record<PracticeType, number>>;
  form: Readonly<Record<CooperationForm, number>>;
  sector: Readonly<Record<Sector, number>>;
  unit: Readonly<Record<LeadingUnitType, number>>;
  /** The same for a region (any TERC code); 0 for an unknown code. */
  region: (terc: string) => number;
  /** The first and last start year in the data, or null when no practice has one. */
  yearBounds: { min: number; max: number } | null;
  /** Practices without a start year, with the other filters as they are. */
  undated: number;
  /** With a region filter: practices of the units around it, which it may take no part in. */
  covering: number;
  /** The text query as probably meant when part of it matched only as a typo, else null. */
  textSuggestion: string | null;
  /**
   * What the text query searched: `all`, or only titles, tags, partners and places while the
   * summaries load (`partial`) or after they failed to (`failed`).
   */
  textScope: 'all' | 'partial' | 'failed';
}
