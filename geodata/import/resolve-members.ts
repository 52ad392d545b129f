// A record's members: local governments resolved to TERC codes (by the rules of resolve-units.ts
// or an editor's decision), every other partner given a sector; both reported member by member.
import type { Partner } from '../../src/data/schemas';
import { decisionKey } from './decisions';
import type { ImportContext } from './import-context';
import type { MemberReport } from './import-report';
import {
  describeUnit,
  resolveUnits,
  type RecordPlaces,
  type UnitResolution,
} from './resolve-units';
import { classifySector, sectorFromName } from './sectors';
import type { MemberKind, SourceRecord } from './source-record';
import { nameKey } from './name-keys';
import type { GazetteerIndex } from './unit-name-index';
import { parseUnitName } from './unit-names';

const JST_KINDS = new Set<MemberKind>([
  'gmina',
  'powiat',
  'miasto na prawach powiatu',
  'województwo',
]);

/** A member is a local government when its kind says so, or (kind unknown) its name does. */
function isLocalGovernment(name: string, kind: MemberKind): boolean {
  if (JST_KINDS.has(kind)) return true;
  if (kind !== 'unknown') return false;
  return parseUnitName(name).level !== null && sectorFromName(name) === null;
}

function memberReport(
  index: GazetteerIndex,
  name: string,
  kind: MemberKind,
  resolution: UnitResolution,
): MemberReport {
  const unit = resolution.terc ? index.byCode.get(resolution.terc) : undefined;
  return {
    name,
    kind,
    status: resolution.status,
    ...(resolution.terc ? { terc: resolution.terc } : {}),
    ...(unit ? { unit: describeUnit(index, unit) } : {}),
    rules: resolution.rules,
    form: resolution.form,
    ...(resolution.candidates ? { candidates: resolution.candidates } : {}),
    ...(resolution.reason ? { reason: resolution.reason } : {}),
    ...(resolution.notes.length > 0 ? { notes: resolution.notes } : {}),
  };
}

/** A code given with the member (chosen from the register) replaces what the rules found. */
function givenResolution(
  index: GazetteerIndex,
  terc: string | undefined,
  resolution: UnitResolution,
): UnitResolution {
  if (terc === undefined) return resolution;
  if (!index.byCode.has(terc)) {
    return {
      status: 'unresolved',
      rules: [],
      form: resolution.form,
      reason: `the given TERC code ${terc} is not in the register`,
      notes: [],
    };
  }
  const agrees = resolution.terc === terc;
  return {
    status: 'resolved',
    terc,
    rules: ['terc-given'],
    form: resolution.form,
    notes: agrees ? [] : [`the name alone reads as ${resolution.terc ?? resolution.status}`],
  };
}

/** An editor's decision for this member replaces what the rules found. */
function decidedResolution(
  context: ImportContext,
  record: SourceRecord,
  name: string,
  resolution: UnitResolution,
): UnitResolution {
  const manual = context.decisions.members.find(
    (decision) => decision.record === record.title && nameKey(decision.name) === nameKey(name),
  );
  if (!manual) return resolution;
  context.usedDecisions.add(decisionKey.member(manual));
  return {
    status: 'resolved',
    terc: manual.terc,
    rules: ['manual-decision'],
    form: resolution.form,
    notes: [`manual decision: ${manual.reason}`],
  };
}

/** The record's members in source order, as reports and as the practice's partners. */
export function resolveMembers(
  context: ImportContext,
  record: SourceRecord,
  places: RecordPlaces,
  conflicts: string[],
): { members: MemberReport[]; partners: Partner[] } {
  const { index } = context;
  const jst = record.members.filter((member) => isLocalGovernment(member.name, member.kind));
  const resolutions = resolveUnits(
    index,
    jst.map((member) => ({ name: member.name, kind: member.kind })),
    places,
  );
  const members: MemberReport[] = [];
  const partners: Partner[] = [];
  for (const member of record.members) {
    const found = resolutions[jst.indexOf(member)];
    if (found) {
      const resolution = decidedResolution(
        context,
        record,
        member.name,
        givenResolution(index, member.terc, found),
      );
      members.push(memberReport(index, member.name, member.kind, resolution));
      const unit = resolution.terc ? index.byCode.get(resolution.terc) : undefined;
      if (
        unit &&
        places.voivodeships.length > 0 &&
        !places.voivodeships.includes(unit.terc.slice(0, 2))
      ) {
        conflicts.push(
          `member "${member.name}" resolved to ${describeUnit(index, unit)}, outside the record's voivodeship(s)`,
        );
      }
      for (const note of resolution.notes) {
        if (/kind|written as|no such city/.test(note))
          conflicts.push(`member "${member.name}": ${note}`);
      }
      partners.push({
        name: member.name,
        sector: 'jst',
        ...(resolution.terc ? { terc: resolution.terc } : {}),
        role: 'member',
      });
      continue;
    }
    const sector = classifySector(member.name, member.kind);
    if (sector.conflict) conflicts.push(sector.conflict);
    members.push({
      name: member.name,
      kind: member.kind,
      status: 'partner',
      sector: sector.sector,
      sectorRule: sector.rule,
    });
    partners.push({ name: member.name, sector: sector.sector });
  }
  return { members, partners };
}
