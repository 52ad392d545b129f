// Source records → practices in the project's format, with a report that accounts for every
// record and every member (import-report.ts). Pure: reading and writing files is the CLI's job.
// The steps, each in its own file:
//   1. resolve-record.ts   each record alone: its region, members (resolve-members.ts) and place
//                          (record-place.ts)
//   2. group-records.ts    records that describe one initiative (duplicates.ts, the decisions)
//   3. merge-records.ts    one practice per group (implementer.ts for the contact data)
//   4. import-report.ts    the report of every record, and its summary
import type { Gazetteer, PracticeRecord } from '../../src/data/schemas';
import { NO_DECISIONS, type Decisions } from './decisions';
import type { ImportContext } from './import-context';
import {
  reportRecords,
  summarizeImport,
  unusedDecisions,
  type ImportReport,
} from './import-report';
import { groupRecords } from './group-records';
import { mergeGroups } from './merge-records';
import { resolveRecord } from './resolve-record';
import type { SourceRecord } from './source-record';
import { indexGazetteer } from './unit-name-index';

interface ImportResult {
  practices: PracticeRecord[];
  report: ImportReport;
}

/** Converts source records into practices and a report. Deterministic: same input, same output. */
export function importPractices(
  records: SourceRecord[],
  options: { gazetteer: Gazetteer; decisions?: Decisions; source?: string; today?: string },
): ImportResult {
  const context: ImportContext = {
    index: indexGazetteer(options.gazetteer),
    decisions: options.decisions ?? NO_DECISIONS,
    usedDecisions: new Set(),
    source: options.source ?? '',
  };
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  const resolved = records.map((record, position) => resolveRecord(context, record, position));
  const { groups, duplicates } = groupRecords(context, resolved);
  const merged = mergeGroups(groups, today);
  const practices = merged
    .flatMap((group) => (group.practice ? [group.practice] : []))
    .sort((a, b) => a.id.localeCompare(b.id));
  const reports = reportRecords(context, resolved, merged);

  return {
    practices,
    report: {
      source: options.source ?? '',
      summary: summarizeImport(records.length, practices.length, reports, merged, duplicates),
      records: reports,
      duplicates,
      unusedDecisions: unusedDecisions(context),
    },
  };
}
