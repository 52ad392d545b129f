// Where a record stands on the map: its leader (the marker) and territory. In order: an editor's
// decision, the leader the source names, the record's town, the first local government among
// the members, and last the record's powiat or voivodeship (a conflict to review).
import type { Partner } from '../../src/data/schemas';
import { decisionKey } from './decisions';
import type { ImportContext } from './import-context';
import { resolveUnits, type RecordPlaces, type UnitQuery } from './resolve-units';
import { sectorFromName } from './sectors';
import type { SourceRecord } from './source-record';
import { nameKey } from './name-keys';
import { parseUnitName } from './unit-names';

export interface RecordPlace {
  leader: string;
  territory: string[];
  rule: string;
  /** How much the place says: an editor's decision, the members, the town, the region. */
  strength: 4 | 3 | 2 | 1;
}

/** The start of the conflict a region-only place raises (dropped when a merge places it better). */
export const NO_PLACE_NAMED = 'no member or town names a place';

/** Does the name denote a local government, as far as words tell? (`Miasto Kielce` yes.) */
function looksLikeLocalGovernment(name: string): boolean {
  return parseUnitName(name).level !== null || sectorFromName(name) === null;
}

export function placeRecord(
  context: ImportContext,
  record: SourceRecord,
  places: RecordPlaces,
  partners: Partner[],
  conflicts: string[],
): RecordPlace | null {
  const { index, decisions } = context;
  const manual = decisions.places.find((decision) => decision.record === record.title);
  if (manual) {
    context.usedDecisions.add(decisionKey.place(manual));
    return {
      leader: manual.leader,
      territory: [...new Set([...manual.territory, manual.leader])].sort(),
      rule: `manual decision: ${manual.reason}`,
      strength: 4,
    };
  }
  const memberCodes = partners.flatMap((partner) => (partner.terc ? [partner.terc] : []));
  const territory = new Set(memberCodes);
  const place = (leader: string, rule: string, strength: 3 | 2 = 3): RecordPlace => ({
    leader,
    territory: [...new Set([...territory, leader])].sort(),
    rule,
    strength,
  });

  if (record.leader) {
    const member = partners.find(
      (partner) => nameKey(partner.name) === nameKey(record.leader ?? ''),
    );
    if (member?.terc) return place(member.terc, 'leader named among the members');
    if (looksLikeLocalGovernment(record.leader)) {
      const [leader] = resolveUnits(
        index,
        [{ name: record.leader, kind: null }],
        places,
        memberCodes,
      );
      if (leader?.status === 'resolved' && leader.terc) {
        if (memberCodes.length > 0 && !territory.has(leader.terc)) {
          conflicts.push(
            `leader "${record.leader}" (${leader.terc}) is not among the members; added to the territory`,
          );
        }
        return place(leader.terc, 'leader named by the source');
      }
      conflicts.push(
        `leader "${record.leader}" could not be resolved (${leader?.reason ?? 'unknown'})`,
      );
    } else {
      conflicts.push(
        `leader "${record.leader}" is not a local government; the marker stands at another unit`,
      );
    }
  }

  if (record.town) {
    const query: UnitQuery =
      record.unit_type?.trim().toLowerCase() === 'powiat'
        ? { name: `Starostwo Powiatowe w ${record.town}`, kind: 'powiat' }
        : { name: record.town, kind: null, unitType: record.unit_type };
    const [town] = resolveUnits(index, [query], places, memberCodes);
    if (town?.status === 'resolved' && town.terc) {
      if (territory.has(town.terc)) return place(town.terc, 'the town is a member');
      if (memberCodes.length === 0) {
        const rules = town.rules.length > 0 ? ` (${town.rules.join(', ')})` : '';
        return place(town.terc, `the town, no local government among the members${rules}`, 2);
      }
    } else if (memberCodes.length === 0) {
      conflicts.push(
        `town "${record.town}": ${town?.reason ?? 'not resolved'}${town?.candidates ? `: ${town.candidates.join('; ')}` : ''}`,
      );
    }
  }

  const [first] = memberCodes;
  if (first) return place(first, 'the first local government among the members');

  if (places.powiats.length > 0) {
    conflicts.push(`${NO_PLACE_NAMED}: placed in the record's powiat; check the title and summary`);
    return {
      leader: places.powiats[0] ?? '',
      territory: [...places.powiats].sort(),
      rule: "the record's powiat",
      strength: 1,
    };
  }
  if (places.voivodeships.length > 0) {
    conflicts.push(
      `${NO_PLACE_NAMED}: placed in the record's voivodeship(s); check the title and summary`,
    );
    return {
      leader: places.voivodeships[0] ?? '',
      territory: [...places.voivodeships].sort(),
      rule: "the record's voivodeship",
      strength: 1,
    };
  }
  return null;
}
