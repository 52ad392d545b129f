// Source records → practices in the project's format, with a report that accounts for every
// record and every member: resolved (code and rule), ambiguous (candidates), unresolved (reason),
// plus the conflicts worth a human look. Pure: reading and writing files is the CLI's job.
import {
  practiceSchema,
  type CooperationForm,
  type Gazetteer,
  type Partner,
  type Practice,
  type PracticeType,
  type Sector,
} from '../../src/data/schemas';
import { classifyForm, classifyType, deriveTags, type Decision } from './classify';
import { NO_DECISIONS, type Decisions } from './decisions';
import { findDuplicates, placeStemTest } from './duplicates';
import { indexGazetteer, lookupName, type GazetteerIndex } from './unit-name-index';
import {
  describeUnit,
  resolveUnits,
  type RecordPlaces,
  type UnitQuery,
  type UnitResolution,
} from './resolve-units';
import { classifySector, sectorFromName } from './sectors';
import type { MemberKind, SourceRecord } from './source-record';
import { nameKey, slugify } from './text';
import { parseUnitName } from './unit-names';

const JST_KINDS = new Set<MemberKind>([
  'gmina',
  'powiat',
  'miasto na prawach powiatu',
  'województwo',
]);

export interface MemberReport {
  name: string;
  kind: MemberKind;
  status: 'resolved' | 'ambiguous' | 'unresolved' | 'partner';
  terc?: string;
  unit?: string;
  rules?: string[];
  form?: string;
  candidates?: string[];
  reason?: string;
  notes?: string[];
  sector?: Sector;
  sectorRule?: string;
}

export interface PlaceReport {
  leader: string | null;
  leaderUnit: string | null;
  territory: string[];
  rule: string;
}

export interface RecordReport {
  /** 1-based position in the source file. */
  record: number;
  title: string;
  sourceUrl: string | null;
  /** The practice the record became (after merging duplicates), null when it has no place. */
  practiceId: string | null;
  mergedWith: number[];
  members: MemberReport[];
  place: PlaceReport;
  type: Decision<PracticeType>;
  form: Decision<CooperationForm>;
  conflicts: string[];
}

export interface DuplicateReport {
  records: number[];
  titles: string[];
  verdict: string;
  reason: string;
  action: 'merged' | 'reported' | 'kept apart';
}

export interface ImportSummary {
  records: number;
  practices: number;
  localGovernments: {
    total: number;
    automatic: number;
    byRule: number;
    rules: Record<string, number>;
    ambiguous: number;
    unresolved: number;
  };
  partners: { total: number; rules: Record<string, number> };
  recordsMerged: number;
  possibleDuplicates: number;
  conflicts: number;
  recordsWithoutPlace: number;
}

export interface ImportReport {
  source: string;
  summary: ImportSummary;
  records: RecordReport[];
  duplicates: DuplicateReport[];
  unusedDecisions: string[];
}

export interface ImportResult {
  practices: Practice[];
  report: ImportReport;
}

interface RecordPlace {
  leader: string;
  territory: string[];
  rule: string;
  /** How much the place says: an editor's decision, the members, the town, the region. */
  strength: 4 | 3 | 2 | 1;
}

interface Prepared {
  record: SourceRecord;
  position: number;
  places: RecordPlaces;
  partners: Partner[];
  members: MemberReport[];
  place: RecordPlace | null;
  conflicts: string[];
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

/** Does the name denote a local government, as far as words tell? (`Miasto Kielce` yes.) */
function looksLikeLocalGovernment(name: string): boolean {
  return parseUnitName(name).level !== null || sectorFromName(name) === null;
}

function placeOf(
  index: GazetteerIndex,
  prepared: Omit<Prepared, 'place'>,
  decisions: Decisions,
  used: Set<string>,
): RecordPlace | null {
  const { record, places, partners, conflicts } = prepared;
  const manual = decisions.places.find((decision) => decision.record === record.title);
  if (manual) {
    used.add(`places: ${manual.record}`);
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
    conflicts.push(
      "no member or town names a place: placed in the record's powiat; check the title and summary",
    );
    return {
      leader: places.powiats[0] ?? '',
      territory: [...places.powiats].sort(),
      rule: "the record's powiat",
      strength: 1,
    };
  }
  if (places.voivodeships.length > 0) {
    conflicts.push(
      "no member or town names a place: placed in the record's voivodeship(s); check the title and summary",
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

function prepareRecord(
  index: GazetteerIndex,
  record: SourceRecord,
  position: number,
  decisions: Decisions,
  used: Set<string>,
): Prepared {
  const conflicts: string[] = [];
  const places = recordPlaces(index, record, conflicts);
  const jst = record.members.filter((member) => isLocalGovernment(member.name, member.kind));
  const resolutions = resolveUnits(
    index,
    jst.map((member) => ({ name: member.name, kind: member.kind })),
    places,
  );
  const members: MemberReport[] = [];
  const partners: Partner[] = [];
  for (const member of record.members) {
    const jstPosition = jst.indexOf(member);
    let resolution = resolutions[jstPosition];
    if (jstPosition >= 0 && resolution) {
      const manual = decisions.members.find(
        (decision) =>
          decision.record === record.title && nameKey(decision.name) === nameKey(member.name),
      );
      if (manual) {
        used.add(`members: ${manual.record} / ${manual.name}`);
        resolution = {
          status: 'resolved',
          terc: manual.terc,
          rules: ['manual-decision'],
          form: resolution.form,
          notes: [`manual decision: ${manual.reason}`],
        };
      }
      const report = memberReport(index, member.name, member.kind, resolution);
      members.push(report);
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
  const base = { record, position, places, partners, members, conflicts };
  return { ...base, place: placeOf(index, base, decisions, used) };
}

const WEBSITE_HOST = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

/** `www.a.pl http://b.pl` → two https/http links; anything else is dropped with a note. */
export function parseWebsites(value: string | null, notes: string[]): string[] {
  const links: string[] = [];
  for (const part of (value ?? '').split(/[\s,;]+/).filter(Boolean)) {
    if (/^https?:\/\//i.test(part)) links.push(part);
    else if (WEBSITE_HOST.test(part)) links.push(`https://${part}`);
    else notes.push(`website "${part}" is not an http(s) address; left out`);
  }
  return [...new Set(links)];
}

/** `32-050 Skawina` → code and town. */
export function splitPostalCode(value: string | null): { postalCode?: string; town?: string } {
  if (!value) return {};
  const match = /^(\d{2}-\d{3})\s*(.*)$/.exec(value.trim());
  if (!match?.[1]) return { postalCode: value.trim() };
  return match[2] ? { postalCode: match[1], town: match[2] } : { postalCode: match[1] };
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `http://www.a.pl/` and `https://www.a.pl` are one site. */
function siteKey(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

function implementerOf(
  records: SourceRecord[],
  title: string,
  notes: string[],
): Practice['implementer'] {
  const record =
    records.find((r) => r.implementing_unit) ??
    records.find((r) => r.website || r.street || r.phone || r.postal_code);
  if (!record) return null;
  const { postalCode, town } = splitPostalCode(record.postal_code);
  // the chosen record's sites first, then those the merged records add
  const websites: string[] = [];
  for (const source of [record, ...records.filter((r) => r !== record)]) {
    for (const url of parseWebsites(source.website, notes)) {
      if (!websites.some((known) => siteKey(known) === siteKey(url))) websites.push(url);
    }
  }
  return {
    // contact data without a named body belongs to the initiative itself
    name: record.implementing_unit ?? title,
    ...(record.street ? { street: record.street } : {}),
    ...(postalCode ? { postalCode } : {}),
    ...(town ? { town } : record.town && postalCode ? { town: record.town } : {}),
    ...(record.phone ? { phone: record.phone } : {}),
    websites,
  };
}

function uniqueId(title: string, taken: Set<string>): string {
  const base = slugify(title) || 'praktyka';
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

/** Groups records to merge: duplicates found plus the editor's merges, minus kept-apart pairs. */
function mergeGroups(
  prepared: Prepared[],
  decisions: Decisions,
  used: Set<string>,
  isPlaceStem: (stem: string) => boolean,
): { groups: number[][]; duplicates: DuplicateReport[] } {
  const parent = prepared.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const union = (a: number, b: number): void => {
    const [low, high] = [find(a), find(b)].sort((x, y) => x - y);
    if (low !== undefined && high !== undefined) parent[high] = low;
  };
  const positionOf = new Map(prepared.map((p, i) => [p.record.title, i]));
  const apart = new Set(
    decisions.keepApart.flatMap((decision) => {
      const [a, b] = decision.records.map((title) => positionOf.get(title));
      if (a === undefined || b === undefined) return [];
      used.add(`keepApart: ${decision.records.join(' / ')}`);
      return [`${Math.min(a, b)}:${Math.max(a, b)}`];
    }),
  );
  const duplicates: DuplicateReport[] = [];
  const pairs = findDuplicates(
    prepared.map((p) => ({
      title: p.record.title,
      sourceUrl: p.record.source_url,
      members: p.partners.flatMap((partner) => (partner.terc ? [partner.terc] : [])),
      territory: p.place?.territory ?? [],
    })),
    isPlaceStem,
  );
  for (const pair of pairs) {
    const keptApart = apart.has(`${pair.a}:${pair.b}`);
    const merge = pair.verdict !== 'possible' && !keptApart;
    if (merge) union(pair.a, pair.b);
    duplicates.push({
      records: [pair.a + 1, pair.b + 1],
      titles: [prepared[pair.a]?.record.title ?? '', prepared[pair.b]?.record.title ?? ''],
      verdict: pair.verdict,
      reason: pair.reason,
      action: keptApart ? 'kept apart' : merge ? 'merged' : 'reported',
    });
  }
  for (const decision of decisions.merge) {
    const members = decision.records.map((title) => positionOf.get(title));
    if (members.some((m) => m === undefined)) continue;
    used.add(`merge: ${decision.records.join(' / ')}`);
    const [first, ...rest] = members as number[];
    for (const other of rest) if (first !== undefined) union(first, other);
    duplicates.push({
      records: (members as number[]).map((m) => m + 1),
      titles: decision.records,
      verdict: 'manual decision',
      reason: decision.reason,
      action: 'merged',
    });
  }
  const groups = new Map<number, number[]>();
  prepared.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return { groups: [...groups.values()], duplicates };
}

function mergePartners(groupPartners: Partner[][]): Partner[] {
  const result: Partner[] = [];
  const seen = new Set<string>();
  for (const partners of groupPartners) {
    for (const partner of partners) {
      const key = partner.terc ?? `${partner.sector}:${nameKey(partner.name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(partner);
    }
  }
  return result;
}

function decisionList(decisions: Decisions): string[] {
  return [
    ...decisions.members.map((d) => `members: ${d.record} / ${d.name}`),
    ...decisions.places.map((d) => `places: ${d.record}`),
    ...decisions.merge.map((d) => `merge: ${d.records.join(' / ')}`),
    ...decisions.keepApart.map((d) => `keepApart: ${d.records.join(' / ')}`),
  ];
}

/** Converts source records into practices and a report. Deterministic: same input, same output. */
export function importPractices(
  records: SourceRecord[],
  options: { gazetteer: Gazetteer; decisions?: Decisions; source?: string; today?: string },
): ImportResult {
  const index = indexGazetteer(options.gazetteer);
  const decisions = options.decisions ?? NO_DECISIONS;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const used = new Set<string>();
  const prepared = records.map((record, position) =>
    prepareRecord(index, record, position, decisions, used),
  );
  const isPlaceStem = placeStemTest(
    [...index.levels.gmina.units, ...index.levels.powiat.units].map((unit) => unit.name),
  );
  const { groups, duplicates } = mergeGroups(prepared, decisions, used, isPlaceStem);

  const practices: Practice[] = [];
  const reports: RecordReport[] = [];
  const taken = new Set<string>();
  const practiceOf = new Map<number, string | null>();
  const decisionsOf = new Map<
    number,
    { type: Decision<PracticeType>; form: Decision<CooperationForm> }
  >();

  for (const group of groups) {
    const items = group.map((i) => prepared[i]).filter((p): p is Prepared => p !== undefined);
    const [primary] = items;
    if (!primary) continue;
    // merged records: the place from the records that say most (members before a bare town)
    const strength = Math.max(0, ...items.map((item) => item.place?.strength ?? 0));
    const placed = items.filter((item) => item.place !== null && item.place.strength === strength);
    const leaderPlace = placed[0]?.place;
    for (const item of items) {
      if (item.place && item.place.strength < strength) {
        const used = placed.map((other) => `#${other.position + 1}`).join(', ');
        // its own fallback place is not used, so that warning no longer applies
        item.conflicts = item.conflicts.filter((c) => !c.startsWith('no member or town names'));
        item.conflicts.push(
          `merged: the place of ${used} is used instead of this record's (${item.place.rule})`,
        );
      }
    }
    const partners = mergePartners(items.map((item) => item.partners));
    const jstCount = partners.filter((p) => p.sector === 'jst').length;
    const sourceRecords = items.map((item) => item.record);
    const title = primary.record.title;
    const summaries = sourceRecords.map((r) => r.summary_pl).filter((s): s is string => Boolean(s));
    const type = classifyType({
      bdpSection: sourceRecords.find((r) => r.bdp_section)?.bdp_section ?? null,
      title,
      summary: summaries.join(' '),
      jstCount,
      otherPartnerCount: partners.length - jstCount,
    });
    const form = classifyForm({
      title,
      summary: summaries.join(' '),
      jstCount,
      otherPartnerCount: partners.length - jstCount,
    });
    for (const i of group) decisionsOf.set(i, { type, form });
    if (!leaderPlace) {
      for (const i of group) practiceOf.set(i, null);
      continue;
    }
    const leader = leaderPlace.leader;
    const territory = [...new Set(placed.flatMap((item) => item.place?.territory ?? []))].sort();
    const notes: string[] = [];
    const dated = sourceRecords.find((r) => r.date_added || r.date_updated);
    const dates = {
      dateAdded: dated?.date_added ?? null,
      dateUpdated: dated?.date_updated ?? null,
    };
    for (const field of ['dateAdded', 'dateUpdated'] as const) {
      const value = dates[field];
      if (value && (!isCalendarDate(value) || value > today)) {
        notes.push(`${field} "${value}" is not a real past date; left out`);
        dates[field] = null;
      }
    }
    const years = sourceRecords.map((r) => r.year_started).filter((y): y is number => y !== null);
    const id = uniqueId(title, taken);
    const practice: Practice = {
      id,
      title,
      summary: summaries[0] ?? title,
      ...(summaries.length > 1
        ? {
            description: [...new Set(summaries.slice(1))]
              .filter((s) => s !== summaries[0])
              .join('\n\n'),
          }
        : {}),
      type: type.value,
      form: form.value,
      yearStarted: years.length > 0 ? Math.min(...years) : null,
      ...dates,
      leader,
      implementer: implementerOf(sourceRecords, title, notes),
      partners: partners.map((partner) =>
        partner.terc
          ? { ...partner, role: partner.terc === leader ? 'leader' : 'member' }
          : partner,
      ),
      territory,
      sources: sourceRecords
        .map((r) => ({
          url: r.source_url,
          kind: r.source_kind === 'BDP' ? ('bdp' as const) : ('other' as const),
        }))
        .filter((source, i, all) => all.findIndex((s) => s.url === source.url) === i),
      tags: deriveTags(title, summaries.join(' ')),
    };
    if (practice.description === '') delete practice.description;
    const checked = practiceSchema.safeParse(practice);
    if (!checked.success) {
      notes.push(
        ...checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      );
    } else {
      practices.push(checked.data);
    }
    for (const i of group) {
      practiceOf.set(i, checked.success ? id : null);
      prepared[i]?.conflicts.push(...notes);
    }
  }

  for (const item of prepared) {
    const group = groups.find((g) => g.includes(item.position)) ?? [item.position];
    const placeUnit = item.place ? index.byCode.get(item.place.leader) : undefined;
    const decided = decisionsOf.get(item.position);
    if (!decided) continue;
    reports.push({
      record: item.position + 1,
      title: item.record.title,
      sourceUrl: item.record.source_url,
      practiceId: practiceOf.get(item.position) ?? null,
      mergedWith: group.filter((i) => i !== item.position).map((i) => i + 1),
      members: item.members,
      place: {
        leader: item.place?.leader ?? null,
        leaderUnit: placeUnit ? describeUnit(index, placeUnit) : null,
        territory: item.place?.territory ?? [],
        rule: item.place?.rule ?? 'no place: no member, leader, town, powiat or voivodeship',
      },
      type: decided.type,
      form: decided.form,
      conflicts: item.conflicts,
    });
  }

  practices.sort((a, b) => a.id.localeCompare(b.id));
  const jstMembers = reports.flatMap((r) => r.members.filter((m) => m.status !== 'partner'));
  const rules: Record<string, number> = {};
  for (const member of jstMembers) {
    if (member.status !== 'resolved') continue;
    for (const rule of member.rules ?? []) rules[rule] = (rules[rule] ?? 0) + 1;
  }
  const partnerRules: Record<string, number> = {};
  for (const member of reports.flatMap((r) => r.members.filter((m) => m.status === 'partner'))) {
    const rule = member.sectorRule ?? 'kind';
    partnerRules[rule] = (partnerRules[rule] ?? 0) + 1;
  }
  const summary: ImportSummary = {
    records: records.length,
    practices: practices.length,
    localGovernments: {
      total: jstMembers.length,
      automatic: jstMembers.filter((m) => m.status === 'resolved' && (m.rules ?? []).length === 0)
        .length,
      byRule: jstMembers.filter((m) => m.status === 'resolved' && (m.rules ?? []).length > 0)
        .length,
      rules: Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))),
      ambiguous: jstMembers.filter((m) => m.status === 'ambiguous').length,
      unresolved: jstMembers.filter((m) => m.status === 'unresolved').length,
    },
    partners: {
      total: reports.reduce(
        (n, r) => n + r.members.filter((m) => m.status === 'partner').length,
        0,
      ),
      rules: Object.fromEntries(
        Object.entries(partnerRules).sort(([a], [b]) => a.localeCompare(b)),
      ),
    },
    recordsMerged: groups.reduce((n, g) => n + g.length - 1, 0),
    possibleDuplicates: duplicates.filter((d) => d.action !== 'merged').length,
    conflicts: reports.reduce((n, r) => n + r.conflicts.length, 0),
    recordsWithoutPlace: reports.filter((r) => r.practiceId === null).length,
  };
  reports.sort((a, b) => a.record - b.record);
  return {
    practices,
    report: {
      source: options.source ?? '',
      summary,
      records: reports,
      duplicates,
      unusedDecisions: decisionList(decisions).filter((key) => !used.has(key)),
    },
  };
}
