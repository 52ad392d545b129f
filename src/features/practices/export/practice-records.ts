// The rows of "what is shown": one record per matching practice, in the shown order. The
// practices table renders these records and the CSV and GeoJSON files write them, so the table
// is the files' preview (one function, practiceRecords, produces the rows for all three).
import { textsOf } from '../../../data/practice-texts';
import type { Practice, PracticeTextsFile } from '../../../data/schemas';
import { SECTORS, type Sector } from '../../../data/vocabularies';
import { formatUnitName } from '../../../data/unit-text';
import type { Language } from '../../../i18n/languages';
import type { ExportMessageKey, ExportTranslate } from '../../../i18n/messages-export';
import type { Translate } from '../../../i18n/translate';
import type { Sort } from '../../../stores/view-state';
import type { FilterResult } from '../engine/filter-practices';
import type { PracticeIndex } from '../engine/practice-index';
import { sortPractices } from '../engine/sort-practices';
import { practiceLink } from '../practice-links';
import { partnersBrief, unitLookup } from '../practice-text';
import type { ColumnSort, RecordSortColumn } from '../table/practices-table-store';

/** Joins the items of a many-valued cell (units, partners, sources). */
export const LIST_SEPARATOR = ' | ';

export interface PracticeRecord {
  id: string;
  title: string;
  typeCode: string;
  type: string;
  formCode: string;
  form: string;
  year: number | null;
  leader: string;
  leaderTerc: string;
  /** Voivodeships of the practice's territory, by name. */
  voivodeships: string;
  members: string;
  memberTerc: string;
  /** `16 partnerów: 14 JST, 1 NGO` (what the table shows). */
  partners: string;
  partnerCount: number;
  /** Partner names per sector, joined. */
  partnersBySector: Record<Sector, string>;
  implementer: string;
  /** The practice's own link. */
  link: string;
}

/**
 * A row of the files: the record and its practice's sources, which practice-texts.json holds
 * (the table does not show them, so its rows do without that file).
 */
export interface FileRecord extends PracticeRecord {
  sources: string;
}

/**
 * The records with their sources. A practice the texts file has no entry for gets an empty cell:
 * the app's data notice names it (missing-texts), once the file has loaded.
 */
export function withSources(
  records: readonly PracticeRecord[],
  texts: PracticeTextsFile,
  x: ExportTranslate,
): FileRecord[] {
  return records.map((record) => ({
    ...record,
    sources: (textsOf(texts, record.id)?.sources ?? [])
      .map((source) => source.url ?? x(`export.sourceKind.${source.kind}`))
      .join(LIST_SEPARATOR),
  }));
}

export interface RecordContext {
  index: PracticeIndex;
  t: Translate;
  language: Language;
  /** Where the app runs: the practice links are built on it. */
  location: { origin: string; pathname: string };
}

const cache = new WeakMap<PracticeIndex, Map<string, PracticeRecord>>();

/** The record of one practice (cached per index, language and address). */
export function practiceRecord(context: RecordContext, practice: Practice): PracticeRecord {
  const { index, t, language, location } = context;
  let records = cache.get(index);
  if (!records) cache.set(index, (records = new Map()));
  const key = `${language}:${location.origin}${location.pathname}:${practice.id}`;
  const cached = records.get(key);
  if (cached) return cached;
  const lookup = unitLookup(index);
  const nameOf = (terc: string) => {
    const unit = lookup(terc);
    return unit ? formatUnitName(unit, t) : terc;
  };
  const voivodeships = [...new Set(practice.territory.map((terc) => terc.slice(0, 2)))].sort();
  const bySector = Object.fromEntries(
    SECTORS.map((sector) => [
      sector,
      practice.partners
        .filter((partner) => partner.sector === sector)
        .map((partner) => partner.name)
        .join(LIST_SEPARATOR),
    ]),
  ) as Record<Sector, string>;
  const record: PracticeRecord = {
    id: practice.id,
    title: practice.title,
    typeCode: practice.type,
    type: t(`vocab.type.${practice.type}`),
    formCode: practice.form,
    form: t(`vocab.form.${practice.form}`),
    year: practice.yearStarted,
    leader: nameOf(practice.leader),
    leaderTerc: practice.leader,
    voivodeships: voivodeships.map(nameOf).join(LIST_SEPARATOR),
    members: practice.territory.map(nameOf).join(LIST_SEPARATOR),
    memberTerc: practice.territory.join(LIST_SEPARATOR),
    partners: partnersBrief(t, language, practice),
    partnerCount: practice.partners.length,
    partnersBySector: bySector,
    implementer: practice.implementer?.name ?? '',
    link: practiceLink(location, practice.id, language),
  };
  records.set(key, record);
  return record;
}

const COLLATOR = new Intl.Collator('pl', { numeric: true });

function compareBy(column: RecordSortColumn, a: PracticeRecord, b: PracticeRecord): number {
  switch (column) {
    case 'year':
      return (a.year ?? 0) - (b.year ?? 0);
    case 'partners':
      return a.partnerCount - b.partnerCount;
    default:
      return COLLATOR.compare(a[column], b[column]);
  }
}

/**
 * The records in a column's order; ties keep the order given (the link's). Practices without a
 * known year come last in either direction.
 */
export function sortRecords(
  records: readonly PracticeRecord[],
  sort: ColumnSort | null,
): PracticeRecord[] {
  if (!sort) return [...records];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...records].sort((a, b) => {
    if (sort.column === 'year' && (a.year === null) !== (b.year === null)) {
      return a.year === null ? 1 : -1;
    }
    return sign * compareBy(sort.column, a, b);
  });
}

/**
 * The matching practices as records, in the shown order: the column order of the practices table
 * when it has one, else the link's `sort` (as the list). No cap: every match is a row.
 */
export function practiceRecords(
  context: RecordContext,
  result: FilterResult,
  linkSort: Sort,
  columnSort: ColumnSort | null,
): PracticeRecord[] {
  const { index } = context;
  const order = sortPractices(index, result.matches, linkSort, result.textScores);
  const records: PracticeRecord[] = [];
  for (const p of order) {
    const practice = index.practices[p];
    if (practice) records.push(practiceRecord(context, practice));
  }
  return sortRecords(records, columnSort);
}

/** A column heading of the files and the table (none has placeholders). */
export type ColumnLabel = Extract<ExportMessageKey, `export.column.${string}`>;

export interface RecordColumn {
  /** Property name in GeoJSON (stable, English). */
  key: string;
  /** Column heading in the CSV (the UI's language). */
  label: ColumnLabel;
  value: (record: FileRecord) => string | number | null;
}

/** The columns of a file, in order: every field of the issue, codes beside display names. */
export const RECORD_COLUMNS: readonly RecordColumn[] = [
  { key: 'id', label: 'export.column.id', value: (r) => r.id },
  { key: 'title', label: 'export.column.title', value: (r) => r.title },
  { key: 'type', label: 'export.column.type', value: (r) => r.type },
  { key: 'type_code', label: 'export.column.typeCode', value: (r) => r.typeCode },
  { key: 'form', label: 'export.column.form', value: (r) => r.form },
  { key: 'form_code', label: 'export.column.formCode', value: (r) => r.formCode },
  { key: 'year', label: 'export.column.year', value: (r) => r.year },
  { key: 'leader', label: 'export.column.leader', value: (r) => r.leader },
  { key: 'leader_terc', label: 'export.column.leaderTerc', value: (r) => r.leaderTerc },
  { key: 'voivodeships', label: 'export.column.voivodeships', value: (r) => r.voivodeships },
  { key: 'members', label: 'export.column.members', value: (r) => r.members },
  { key: 'member_terc', label: 'export.column.memberTerc', value: (r) => r.memberTerc },
  { key: 'partners', label: 'export.column.partners', value: (r) => r.partners },
  ...SECTORS.map((sector): RecordColumn => ({
    key: `partners_${sector}`,
    label: `export.column.partners.${sector}`,
    value: (r) => r.partnersBySector[sector],
  })),
  { key: 'implementer', label: 'export.column.implementer', value: (r) => r.implementer },
  { key: 'sources', label: 'export.column.sources', value: (r) => r.sources },
  { key: 'link', label: 'export.column.link', value: (r) => r.link },
];
