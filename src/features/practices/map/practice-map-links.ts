// What the map draws for the open practice, as plain data: the units of its territory, a link
// from the leading unit to each partner that is a place (a local government with a TERC code),
// the partners that are not places (the data gives no seat for them: no address, no code), to be
// drawn in rings around the leading unit, and the bounds that hold them all.
import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';
import type { Practice, Sector, Unit } from '../../../data/schemas';

export interface PracticeLink {
  terc: string;
  sector: Sector;
  name: string;
  from: LatLngTuple;
  to: LatLngTuple;
}

/** A partner with no place in the data, drawn around the leading unit. */
export interface UnplacedPartner {
  /** Its position in practice.partners: stable, and how the detail names it. */
  index: number;
  name: string;
  sector: Sector;
}

export interface PracticeGeometry {
  /** The leading unit's label point, or null when the gazetteer does not know it. */
  leader: LatLngTuple | null;
  links: PracticeLink[];
  /** Territory codes, unique, in the data's order (the polygons to highlight). */
  territory: string[];
  /** Sectors of the drawn links, in SECTORS order of first appearance. */
  sectors: Sector[];
  /** Partners without a place (no TERC code), in the data's order; none without a leader. */
  unplaced: UnplacedPartner[];
  /** Everything above; null when nothing is known to the gazetteer. */
  bounds: LatLngBoundsLiteral | null;
}

const point = (unit: Unit): LatLngTuple => [unit.label[1], unit.label[0]];

export function buildPracticeGeometry(
  practice: Practice,
  lookup: (terc: string) => Unit | undefined,
): PracticeGeometry {
  const leaderUnit = lookup(practice.leader);
  const leader = leaderUnit ? point(leaderUnit) : null;
  const links: PracticeLink[] = [];
  const seen = new Set<string>([practice.leader]);
  const unplaced: UnplacedPartner[] = [];
  for (const [index, partner] of practice.partners.entries()) {
    if (!partner.terc) {
      if (leader) unplaced.push({ index, name: partner.name, sector: partner.sector });
      continue;
    }
    if (seen.has(partner.terc)) continue;
    seen.add(partner.terc);
    const unit = lookup(partner.terc);
    if (!unit || !leader) continue;
    links.push({
      terc: partner.terc,
      sector: partner.sector,
      name: partner.name,
      from: leader,
      to: point(unit),
    });
  }
  const territory = [...new Set(practice.territory)];

  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  const extend = (lat: number, lng: number) => {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lng);
    east = Math.max(east, lng);
  };
  for (const code of [...territory, practice.leader]) {
    const unit = lookup(code);
    if (!unit) continue;
    const [w, s, e, n] = unit.bbox;
    extend(s, w);
    extend(n, e);
  }
  for (const link of links) extend(link.to[0], link.to[1]);

  const sectors = [...new Set(links.map((link) => link.sector))];
  return {
    leader,
    links,
    territory,
    sectors,
    unplaced,
    bounds: Number.isFinite(south)
      ? [
          [south, west],
          [north, east],
        ]
      : null,
  };
}

/** Distance between neighbouring partners on a ring, and from the leader to the first ring (px). */
const RING_STEP_PX = 22;
const FIRST_RING_PX = 34;

/**
 * Where each of `count` unplaced partners stands, in screen pixels from the leading unit: on
 * rings round it, the first 34 px out (clear of the leader's own markers), each ring as full as
 * 22 px spacing allows, clockwise from the top; each ring turned half a step from the last.
 * Pure and stable: the same count, the same places, at every zoom.
 */
export function partnerRingOffsets(count: number): [number, number][] {
  const offsets: [number, number][] = [];
  for (let ring = 0; offsets.length < count; ring += 1) {
    const radius = FIRST_RING_PX + ring * RING_STEP_PX;
    const capacity = Math.floor((2 * Math.PI * radius) / RING_STEP_PX);
    const here = Math.min(capacity, count - offsets.length);
    for (let i = 0; i < here; i += 1) {
      const angle = -Math.PI / 2 + (2 * Math.PI * (i + (ring % 2) / 2)) / here;
      offsets.push([
        Math.round(radius * Math.cos(angle) * 10) / 10,
        Math.round(radius * Math.sin(angle) * 10) / 10,
      ]);
    }
  }
  return offsets;
}
