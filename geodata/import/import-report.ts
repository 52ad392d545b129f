// The import's report: every record and every member accounted for (resolved with its code and
// rule, ambiguous with its candidates, unresolved with a reason), the duplicates, the conflicts
// worth a human look, and the counts that sum it up. format-report.ts prints it.
import type { CooperationForm, PracticeType, Sector } from '../../src/data/schemas';
import type { Decision } from './classify';
import { decisionKeys } from './decisions';
import type { ImportContext } from './import-context';
import type { MergedGroup } from './merge-records';
import type { ResolvedRecord } from './resolve-record';
import { describeUnit } from './resolve-units';
import type { MemberKind } from './source-record';

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

interface PlaceReport {
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
  /** The gatherer's `note` (sources that disagree, dates without a year): for a human to read. */
  note: string | null;
}

export interface DuplicateReport {
  records: number[];
  titles: string[];
  verdict: string;
  reason: string;
  action: 'merged' | 'reported' | 'kept apart';
}

interface ImportSummary {
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
  /** Records with a gatherer's note to read. */
  notes: number;
  recordsWithoutPlace: number;
}

export interface ImportReport {
  source: string;
  summary: ImportSummary;
  records: RecordReport[];
  duplicates: DuplicateReport[];
  unusedDecisions: string[];
}

/** One report per record, in source order: what it became, its members, place and conflicts. */
export function reportRecords(
  context: ImportContext,
  resolved: ResolvedRecord[],
  merged: MergedGroup[],
): RecordReport[] {
  const groupOf = new Map(merged.flatMap((group) => group.positions.map((i) => [i, group])));
  const reports: RecordReport[] = [];
  for (const item of resolved) {
    const group = groupOf.get(item.position);
    if (!group) continue;
    const placeUnit = item.place ? context.index.byCode.get(item.place.leader) : undefined;
    reports.push({
      record: item.position + 1,
      title: item.record.title,
      sourceUrl: item.record.source_url,
      practiceId: group.practice?.id ?? null,
      mergedWith: group.positions.filter((i) => i !== item.position).map((i) => i + 1),
      members: item.members,
      place: {
        leader: item.place?.leader ?? null,
        leaderUnit: placeUnit ? describeUnit(context.index, placeUnit) : null,
        territory: item.place?.territory ?? [],
        rule: item.place?.rule ?? 'no place: no member, leader, town, powiat or voivodeship',
      },
      type: group.type,
      form: group.form,
      conflicts: item.conflicts,
      note: item.record.note,
    });
  }
  return reports.sort((a, b) => a.record - b.record);
}

function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** The counts at the top of the report. */
export function summarizeImport(
  records: number,
  practices: number,
  reports: RecordReport[],
  merged: MergedGroup[],
  duplicates: DuplicateReport[],
): ImportSummary {
  const jstMembers = reports.flatMap((r) => r.members.filter((m) => m.status !== 'partner'));
  const rules: Record<string, number> = {};
  for (const member of jstMembers) {
    if (member.status !== 'resolved') continue;
    for (const rule of member.rules ?? []) rules[rule] = (rules[rule] ?? 0) + 1;
  }
  const partners = reports.flatMap((r) => r.members.filter((m) => m.status === 'partner'));
  const partnerRules: Record<string, number> = {};
  for (const member of partners) {
    const rule = member.sectorRule ?? 'kind';
    partnerRules[rule] = (partnerRules[rule] ?? 0) + 1;
  }
  const resolved = jstMembers.filter((m) => m.status === 'resolved');
  return {
    records,
    practices,
    localGovernments: {
      total: jstMembers.length,
      automatic: resolved.filter((m) => (m.rules ?? []).length === 0).length,
      byRule: resolved.filter((m) => (m.rules ?? []).length > 0).length,
      rules: sortedCounts(rules),
      ambiguous: jstMembers.filter((m) => m.status === 'ambiguous').length,
      unresolved: jstMembers.filter((m) => m.status === 'unresolved').length,
    },
    partners: { total: partners.length, rules: sortedCounts(partnerRules) },
    recordsMerged: merged.reduce((n, group) => n + group.positions.length - 1, 0),
    possibleDuplicates: duplicates.filter((d) => d.action !== 'merged').length,
    conflicts: reports.reduce((n, r) => n + r.conflicts.length, 0),
    notes: reports.filter((r) => r.note !== null).length,
    recordsWithoutPlace: reports.filter((r) => r.practiceId === null).length,
  };
}

/** The editor's decisions that matched no record (renamed or removed records, typos). */
export function unusedDecisions(context: ImportContext): string[] {
  return decisionKeys(context.decisions, context.source ?? '').filter(
    (key) => !context.usedDecisions.has(key),
  );
}
