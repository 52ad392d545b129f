// An editor's decisions for what rules cannot settle: a member's code, the place of a record
// that names none, duplicates to merge or keep apart. Records are named by their exact title.
// The shipped decisions are geodata/import/decisions.json; each carries its reason.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { tercCode } from '../../src/data/schemas';

const reason = z.string().trim().min(1, 'say why');
/** The source file (its name) a decision is for; an import of another file does not miss it. */
const source = z.string().optional();

export const decisionsSchema = z.object({
  /** A member's code, when the rules pick the wrong unit or none. */
  members: z
    .array(z.object({ record: z.string(), name: z.string(), terc: tercCode, reason, source }))
    .default([]),
  /** The place of a record whose members and town name none (or the wrong one). */
  places: z
    .array(
      z.object({
        record: z.string(),
        territory: z.array(tercCode).min(1),
        leader: tercCode,
        reason,
        source,
      }),
    )
    .default([]),
  /** Records that describe one initiative. */
  merge: z.array(z.object({ records: z.array(z.string()).min(2), reason, source })).default([]),
  /** Records the duplicate detection pairs but that describe different initiatives. */
  keepApart: z
    .array(z.object({ records: z.array(z.string()).length(2), reason, source }))
    .default([]),
});
export type Decisions = z.infer<typeof decisionsSchema>;

export const NO_DECISIONS: Decisions = { members: [], places: [], merge: [], keepApart: [] };

/** How the report names a decision; the import collects the keys of those that matched a record. */
export const decisionKey = {
  member: (decision: { record: string; name: string }) =>
    `members: ${decision.record} / ${decision.name}`,
  place: (decision: { record: string }) => `places: ${decision.record}`,
  merge: (decision: { records: string[] }) => `merge: ${decision.records.join(' / ')}`,
  keepApart: (decision: { records: string[] }) => `keepApart: ${decision.records.join(' / ')}`,
};

/**
 * Every decision's key, in the order the report lists them; with `source`, only those for that
 * source file or for any (the decisions for another file are not expected to match).
 */
export function decisionKeys(decisions: Decisions, source?: string): string[] {
  const forSource = (decision: { source?: string | undefined }) =>
    source === undefined || decision.source === undefined || decision.source === source;
  return [
    ...decisions.members.filter(forSource).map(decisionKey.member),
    ...decisions.places.filter(forSource).map(decisionKey.place),
    ...decisions.merge.filter(forSource).map(decisionKey.merge),
    ...decisions.keepApart.filter(forSource).map(decisionKey.keepApart),
  ];
}

export async function readDecisions(file: string): Promise<Decisions> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read decisions: ${(error as Error).message}`);
  }
  const result = decisionsSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file}: invalid decisions\n${lines.join('\n')}`);
  }
  return result.data;
}
