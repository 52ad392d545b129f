// The readable summary of an import report, printed by the CLI.
import type { ImportReport } from './import-report';

function counts(record: Record<string, number>): string {
  const entries = Object.entries(record).sort(([, a], [, b]) => b - a);
  return entries.length === 0 ? 'none' : entries.map(([key, n]) => `${key} ${n}`).join(', ');
}

export function formatReport(report: ImportReport): string {
  const { summary } = report;
  const jst = summary.localGovernments;
  const lines: string[] = [
    `Import of ${report.source || 'records'}: ${summary.records} records → ${summary.practices} practices`,
    `Local governments named: ${jst.total}`,
    `  resolved automatically: ${jst.automatic}`,
    `  resolved by a rule:     ${jst.byRule} (${counts(jst.rules)})`,
    `  ambiguous:              ${jst.ambiguous}`,
    `  unresolved:             ${jst.unresolved}`,
    `Other partners: ${summary.partners.total} (sector from ${counts(summary.partners.rules)})`,
    `Records merged into another: ${summary.recordsMerged}; possible duplicates to review: ${summary.possibleDuplicates}`,
    `Records without a place: ${summary.recordsWithoutPlace}; conflicts to review: ${summary.conflicts}; notes to read: ${summary.notes}`,
  ];
  const problems = report.records.flatMap((record) =>
    record.members
      .filter((member) => member.status === 'ambiguous' || member.status === 'unresolved')
      .map(
        (member) =>
          `  #${record.record} ${record.title}: "${member.name}" ${member.status}: ${member.reason ?? ''}${
            member.candidates ? ` [${member.candidates.join('; ')}]` : ''
          }`,
      ),
  );
  if (problems.length > 0) lines.push('', 'Not resolved:', ...problems);
  const unplaced = report.records.filter((record) => record.practiceId === null);
  if (unplaced.length > 0) {
    lines.push(
      '',
      'Without a place (not written):',
      ...unplaced.map((r) => `  #${r.record} ${r.title}: ${r.place.rule}`),
    );
  }
  const merged = report.duplicates.filter((d) => d.action === 'merged');
  if (merged.length > 0) {
    lines.push(
      '',
      'Merged duplicates:',
      ...merged.map((d) => `  #${d.records.join(' + #')} (${d.verdict}: ${d.reason})`),
    );
  }
  const possible = report.duplicates.filter((d) => d.action !== 'merged');
  if (possible.length > 0) {
    lines.push(
      '',
      'Possible duplicates, not merged:',
      ...possible.map(
        (d) => `  #${d.records.join(' / #')} ${d.action}: ${d.reason} — ${d.titles.join(' / ')}`,
      ),
    );
  }
  const conflicts = report.records.flatMap((record) =>
    record.conflicts.map((c) => `  #${record.record} ${record.title}: ${c}`),
  );
  if (conflicts.length > 0) lines.push('', 'Conflicts to review:', ...conflicts);
  const notes = report.records.flatMap((record) =>
    record.note ? [`  #${record.record} ${record.title}: ${record.note}`] : [],
  );
  if (notes.length > 0) lines.push('', 'Notes from the sources, for a human:', ...notes);
  if (report.unusedDecisions.length > 0) {
    lines.push(
      '',
      'Decisions that matched no record:',
      ...report.unusedDecisions.map((d) => `  ${d}`),
    );
  }
  return lines.join('\n');
}
