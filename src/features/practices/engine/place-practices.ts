// What the map knows about one place, for its panel: the practices it takes part in, those of the
// units around it (its powiat, its voivodeship), and practices to look at "nearby and similar":
// those of its neighbouring gminy and of gminy of the same type in its voivodeship, each with the
// reason it is listed. Over all practices, whatever the filters: the panel answers "what happens
// here", and "show only these" then sets the filter.
import type { Unit } from '../../../data/schemas';
import { andNotInto, orInto, setBit, type Bitset } from './bitset';
import { coveringBits, regionBits, type PracticeIndex } from './practice-index';
import { sortPractices } from './sort-practices';

/** Why a practice is suggested for a place: it is a neighbour's, or a similar gmina's. */
export interface SuggestionReason {
  kind: 'neighbour' | 'similar';
  /** The gmina (TERC code) whose practice it is. */
  terc: string;
}

export interface Suggestion {
  /** Index of the practice in index.practices. */
  practice: number;
  reason: SuggestionReason;
}

export interface PlacePractices {
  /** Practices the place (or a unit inside it) takes part in, in the default order. */
  takingPart: Uint32Array;
  /** Practices of the units containing the place, which it may take no part in; default order. */
  covering: Uint32Array;
  /** Practices of neighbouring gminy, then of similar gminy; none of the two groups above. */
  nearby: Suggestion[];
}

/** At most this many suggestions: enough to find partners, short enough to read. */
export const MAX_SUGGESTIONS = 12;

function inDefaultOrder(index: PracticeIndex, bits: Bitset): Uint32Array {
  return sortPractices(index, bits, 'relevance');
}

/**
 * The place's practices and suggestions. `neighbours` gives the gminy bordering a gmina (see
 * data/unit-neighbours.ts); suggestions are only made for gminy.
 */
export function placePractices(
  index: PracticeIndex,
  unit: Unit,
  neighbours: (terc: string) => readonly string[],
): PlacePractices {
  const takingPartBits = regionBits(index, unit.terc);
  const coveringOnly = coveringBits(index, unit.terc);
  const nearby: Suggestion[] = [];
  if (unit.level === 'gmina') {
    // each practice once, for the first reason found: neighbours before similar gminy
    const seen = orInto(takingPartBits.slice(), coveringOnly);
    const suggest = (kind: SuggestionReason['kind'], gminy: readonly string[]) => {
      for (const terc of gminy) {
        const found = andNotInto(regionBits(index, terc), seen);
        for (const practice of inDefaultOrder(index, found)) {
          if (nearby.length === MAX_SUGGESTIONS) return;
          setBit(seen, practice);
          nearby.push({ practice, reason: { kind, terc } });
        }
      }
    };
    suggest('neighbour', neighbours(unit.terc));
    suggest('similar', similarGminy(index, unit));
  }
  return {
    takingPart: inDefaultOrder(index, takingPartBits),
    covering: inDefaultOrder(index, coveringOnly),
    nearby,
  };
}

/** Gminy of the same type (urban, rural, urban-rural) in the same voivodeship, by code. */
function similarGminy(index: PracticeIndex, unit: Unit): string[] {
  if (unit.gminaType === undefined || unit.voivodeship === undefined) return [];
  return index.units
    .filter(
      (other) =>
        other.level === 'gmina' &&
        other.terc !== unit.terc &&
        other.gminaType === unit.gminaType &&
        other.voivodeship === unit.voivodeship,
    )
    .map((other) => other.terc);
}
