// Import step 3: one practice from a group of records that describe one initiative (most often a
// group of one). The place of the records that say most, the union of partners, type and form
// classified over all of them, the earliest start, every source; checked against the schema.
import {
  practiceRecordSchema,
  type CooperationForm,
  type Partner,
  type PracticeRecord,
  type PracticeType,
} from '../../src/data/schemas';
import { classifyForm, classifyType, deriveTags, type Decision } from './classify';
import { implementerOf } from './implementer';
import { NO_PLACE_NAMED } from './record-place';
import type { ResolvedRecord } from './resolve-record';
import type { SourceRecord } from './source-record';
import { nameKey } from './name-keys';
import { uniqueId } from './practice-id';
import { cwdIntegrationOf, membershipOf } from './record-facts';

export interface MergedGroup {
  /** The records' 0-based positions, in source order. */
  positions: number[];
  /** Null when the records have no place or the result fails the schema (see their conflicts). */
  practice: PracticeRecord | null;
  type: Decision<PracticeType>;
  form: Decision<CooperationForm>;
}

/**
 * The place of the records that say most (members before a bare town, a town before a region);
 * a record whose own place is not used is told so in its conflicts.
 */
function strongestPlace(items: ResolvedRecord[]): { leader: string; territory: string[] } | null {
  const strength = Math.max(0, ...items.map((item) => item.place?.strength ?? 0));
  const placed = items.filter((item) => item.place !== null && item.place.strength === strength);
  for (const item of items) {
    if (item.place && item.place.strength < strength) {
      const used = placed.map((other) => `#${other.position + 1}`).join(', ');
      // its own fallback place is not used, so that warning no longer applies
      item.conflicts = item.conflicts.filter((c) => !c.startsWith(NO_PLACE_NAMED));
      item.conflicts.push(
        `merged: the place of ${used} is used instead of this record's (${item.place.rule})`,
      );
    }
  }
  const leaderPlace = placed[0]?.place;
  if (!leaderPlace) return null;
  return {
    leader: leaderPlace.leader,
    territory: [...new Set(placed.flatMap((item) => item.place?.territory ?? []))].sort(),
  };
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

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The BDP dates of the first record that has any; a date that is not a real past day is left out. */
function datesOf(
  records: SourceRecord[],
  today: string,
  notes: string[],
): Pick<PracticeRecord, 'dateAdded' | 'dateUpdated'> {
  const dated = records.find((r) => r.date_added || r.date_updated);
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
  return dates;
}

/**
 * One practice per group of records, ids made unique in group order. `today` bounds the dates.
 */
export function mergeGroups(groups: ResolvedRecord[][], today: string): MergedGroup[] {
  const taken = new Set<string>();
  return groups.map((group) => mergeRecords(group, taken, today));
}

/**
 * Merges a group of records (in source order; the first gives the title and id) into a practice.
 * What the result leaves out or fails on is added to every record's conflicts.
 */
function mergeRecords(items: ResolvedRecord[], taken: Set<string>, today: string): MergedGroup {
  const [primary] = items;
  if (!primary) throw new Error('mergeRecords: an empty group');
  const positions = items.map((item) => item.position);
  const place = strongestPlace(items);
  const partners = mergePartners(items.map((item) => item.partners));
  const jstCount = partners.filter((p) => p.sector === 'jst').length;
  const records = items.map((item) => item.record);
  const title = primary.record.title;
  const summaries = records.map((r) => r.summary_pl).filter((s): s is string => Boolean(s));
  const givenType = records.find((r) => r.practice_type)?.practice_type;
  const givenForm = records.find((r) => r.cooperation_form)?.cooperation_form;
  const type = givenType
    ? { value: givenType, rule: 'given by the source record' }
    : classifyType({
        bdpSection: records.find((r) => r.bdp_section)?.bdp_section ?? null,
        title,
        summary: summaries.join(' '),
        jstCount,
        otherPartnerCount: partners.length - jstCount,
      });
  const form = givenForm
    ? { value: givenForm, rule: 'given by the source record' }
    : classifyForm({
        title,
        summary: summaries.join(' '),
        jstCount,
        otherPartnerCount: partners.length - jstCount,
      });
  if (!place) return { positions, practice: null, type, form };

  const { leader, territory } = place;
  const notes: string[] = [];
  const dates = datesOf(records, today, notes);
  const years = records.map((r) => r.year_started).filter((y): y is number => y !== null);
  const practice: PracticeRecord = {
    id: uniqueId(title, taken),
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
    implementer: implementerOf(records, title, notes),
    partners: partners.map((partner) =>
      partner.terc ? { ...partner, role: partner.terc === leader ? 'leader' : 'member' } : partner,
    ),
    territory,
    sources: records
      .flatMap((r) => [
        {
          url: r.source_url,
          kind: r.source_kind === 'BDP' ? ('bdp' as const) : ('other' as const),
        },
        // a second page that confirms the facts is a source too
        ...(r.corroborating_url ? [{ url: r.corroborating_url, kind: 'other' as const }] : []),
      ])
      .filter((source, i, all) => all.findIndex((s) => s.url === source.url) === i),
    tags: deriveTags(title, summaries.join(' ')),
  };
  if (practice.description === '') delete practice.description;
  const membership = membershipOf(records, practice.partners.length, notes);
  if (membership) practice.membership = membership;
  const cwdIntegration = cwdIntegrationOf(records, notes);
  if (cwdIntegration) practice.cwdIntegration = cwdIntegration;
  const checked = practiceRecordSchema.safeParse(practice);
  if (!checked.success) {
    notes.push(...checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  for (const item of items) item.conflicts.push(...notes);
  return { positions, practice: checked.success ? checked.data : null, type, form };
}
