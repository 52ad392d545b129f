// Import step 2: which records describe one initiative. The duplicates found (duplicates.ts)
// plus the editor's merges, minus the pairs the editor keeps apart; every pair is reported.
import { decisionKey } from './decisions';
import { findDuplicates, placeStemTest } from './duplicates';
import type { ImportContext } from './import-context';
import type { DuplicateReport } from './import-report';
import type { ResolvedRecord } from './resolve-record';

/** Groups of records (each in source order; the groups in the order of their first record). */
export function groupRecords(
  context: ImportContext,
  resolved: ResolvedRecord[],
): { groups: ResolvedRecord[][]; duplicates: DuplicateReport[] } {
  const { index, decisions, usedDecisions } = context;
  const parent = resolved.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const union = (a: number, b: number): void => {
    const [low, high] = [find(a), find(b)].sort((x, y) => x - y);
    if (low !== undefined && high !== undefined) parent[high] = low;
  };
  const positionOf = new Map(resolved.map((p, i) => [p.record.title, i]));
  const apart = new Set(
    decisions.keepApart.flatMap((decision) => {
      const [a, b] = decision.records.map((title) => positionOf.get(title));
      if (a === undefined || b === undefined) return [];
      usedDecisions.add(decisionKey.keepApart(decision));
      return [`${Math.min(a, b)}:${Math.max(a, b)}`];
    }),
  );
  const duplicates: DuplicateReport[] = [];
  const isPlaceStem = placeStemTest(
    [...index.levels.gmina.units, ...index.levels.powiat.units].map((unit) => unit.name),
  );
  const pairs = findDuplicates(
    resolved.map((p) => ({
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
      titles: [resolved[pair.a]?.record.title ?? '', resolved[pair.b]?.record.title ?? ''],
      verdict: pair.verdict,
      reason: pair.reason,
      action: keptApart ? 'kept apart' : merge ? 'merged' : 'reported',
    });
  }
  for (const decision of decisions.merge) {
    const members = decision.records.map((title) => positionOf.get(title));
    if (members.some((m) => m === undefined)) continue;
    usedDecisions.add(decisionKey.merge(decision));
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
  const groups = new Map<number, ResolvedRecord[]>();
  resolved.forEach((record, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), record]);
  });
  return { groups: [...groups.values()], duplicates };
}
