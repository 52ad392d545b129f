// Import step 1, one source record at a time: its region (voivodeship, powiat) as codes, its
// members (local governments resolved, other partners given a sector) and its place. Nothing
// here depends on the other records; merging them comes after (group-records.ts).
import type { Partner } from '../../src/data/schemas';
import type { ImportContext } from './import-context';
import type { MemberReport } from './import-report';
import { placeRecord, type RecordPlace } from './record-place';
import { resolveMembers } from './resolve-members';
import type { RecordPlaces } from './resolve-units';
import type { SourceRecord } from './source-record';
import { lookupName, type GazetteerIndex } from './unit-name-index';

/** A source record with everything resolved that it says about itself. */
export interface ResolvedRecord {
  record: SourceRecord;
  /** 0-based position in the source file. */
  position: number;
  places: RecordPlaces;
  partners: Partner[];
  members: MemberReport[];
  place: RecordPlace | null;
  conflicts: string[];
}

export function resolveRecord(
  context: ImportContext,
  record: SourceRecord,
  position: number,
): ResolvedRecord {
  const conflicts: string[] = [];
  const places = recordPlaces(context.index, record, conflicts);
  const { members, partners } = resolveMembers(context, record, places, conflicts);
  const place = placeRecord(context, record, places, partners, conflicts);
  return { record, position, places, partners, members, place, conflicts };
}

function splitList(value: string | null): string[] {
  return (value ?? '')
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The record's voivodeship(s) and powiat as codes; unknown names are conflicts. */
function recordPlaces(
  index: GazetteerIndex,
  record: SourceRecord,
  conflicts: string[],
): RecordPlaces {
  const voivodeships: string[] = [];
  for (const name of splitList(record.voivodeship)) {
    const found = lookupName(index, 'voivodeship', name, { inflected: false });
    const [unit] = found?.units ?? [];
    if (unit) voivodeships.push(unit.terc);
    else conflicts.push(`voivodeship "${name}" is not a voivodeship name`);
  }
  const powiats: string[] = [];
  for (const name of splitList(record.powiat)) {
    const found = lookupName(index, 'powiat', name.replace(/^powiat\s+/i, ''), {
      inflected: false,
    });
    const units = (found?.units ?? []).filter(
      (unit) => voivodeships.length === 0 || voivodeships.includes(unit.terc.slice(0, 2)),
    );
    if (units.length === 1 && units[0]) powiats.push(units[0].terc);
    else if (units.length === 0)
      conflicts.push(`powiat "${name}" is not in the record's voivodeship(s)`);
    else powiats.push(...units.map((unit) => unit.terc));
  }
  return { voivodeships, powiats };
}
