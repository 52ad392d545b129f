// What the map draws for the open practice, as plain data: the units of its territory, a link
// from the leading unit to each partner that is a place (a local government with a TERC code),
// and the bounds that hold them all.
import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';
import type { Practice, Sector, Unit } from '../../../data/schemas';

export interface PracticeLink {
  terc: string;
  sector: Sector;
  name: string;
  from: LatLngTuple;
  to: LatLngTuple;
}

export interface PracticeGeometry {
  /** The leading unit's label point, or null when the gazetteer does not know it. */
  leader: LatLngTuple | null;
  links: PracticeLink[];
  /** Territory codes, unique, in the data's order (the polygons to highlight). */
  territory: string[];
  /** Sectors of the drawn links, in SECTORS order of first appearance. */
  sectors: Sector[];
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
  for (const partner of practice.partners) {
    if (!partner.terc || seen.has(partner.terc)) continue;
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
    bounds: Number.isFinite(south)
      ? [
          [south, west],
          [north, east],
        ]
      : null,
  };
}
