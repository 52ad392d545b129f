// An import meets the practices already shipped (geodata/practices). Each imported practice is
// matched to the shipped one it describes (the same id, a source page in common, a title that
// says the same thing, or the same local governments), merged into it as a proposal, and the
// proposal is merged three-way with the editor's file, the base being the last imported version
// (geodata/practices/.imported/<id>.json): what the editor changed since is never overwritten;
// where both changed a field, it is a conflict for a human. Pure: write-practices.ts does the IO.
import { practiceRecordSchema, type Partner, type PracticeRecord } from '../../src/data/schemas';
import type { Decisions } from './decisions';
import { findDuplicates } from './duplicates';
import { nameKey } from './name-keys';

export interface ShippedPractice {
  /** The file as it is now (an editor may have changed it). */
  current: PracticeRecord;
  /** The last imported version; null when there is none (then the file itself is the base). */
  base: PracticeRecord | null;
}

type PlanOutcome = 'created' | 'unchanged' | 'updated' | 'kept' | 'conflict';

export interface WritePlan {
  id: string;
  outcome: PlanOutcome;
  /** What the file should hold (for `conflict`: the file as it is). */
  practice: PracticeRecord;
  /** The new base (the import's proposal); null for a conflict, which leaves the base alone. */
  base: PracticeRecord | null;
  /** The id the import gave, when it was merged into a shipped practice of another id. */
  mergedFrom?: string;
  /** How the shipped practice was found: `same id`, `same source page`, `similar title`, … */
  matchedBy?: string;
  /** What the import proposes, field by field (taken or not). */
  changes: string[];
  /** Fields both the editor and the import changed: `field: editor's X, import's Y (base Z)`. */
  conflicts: string[];
}

interface MatchOptions {
  decisions: Decisions;
  isPlaceStem: (stem: string) => boolean;
}

const LIST_FIELDS = new Set(['partners', 'territory', 'sources', 'tags']);
const FIELD_ORDER = Object.keys(practiceRecordSchema.shape);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function jstCodes(practice: PracticeRecord): string[] {
  return practice.partners.flatMap((partner) => (partner.terc ? [partner.terc] : []));
}

function jaccard(a: string[], b: string[]): number {
  const right = new Set(b);
  const shared = new Set(a.filter((code) => right.has(code))).size;
  const all = new Set([...a, ...b]).size;
  return all === 0 ? 0 : shared / all;
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));
}

function decidedTogether(decisions: Decisions['merge' | 'keepApart'], a: string, b: string) {
  return a !== b && decisions.some((d) => d.records.includes(a) && d.records.includes(b));
}

/** The shipped practice an imported one describes, and why; null when it is new. */
export function matchShipped(
  practice: PracticeRecord,
  shipped: PracticeRecord[],
  { decisions, isPlaceStem }: MatchOptions,
): { id: string; by: string } | null {
  const candidates = shipped.filter(
    (other) =>
      overlaps(practice.territory, other.territory) &&
      !decidedTogether(decisions.keepApart, practice.title, other.title),
  );
  const byId = candidates.find((other) => other.id === practice.id);
  if (byId) return { id: byId.id, by: 'same id' };
  const urls = new Set(practice.sources.flatMap((s) => (s.url ? [s.url] : [])));
  const bySource = candidates.find((other) => other.sources.some((s) => s.url && urls.has(s.url)));
  if (bySource) return { id: bySource.id, by: 'same source page' };
  const byDecision = candidates.find((other) =>
    decidedTogether(decisions.merge, practice.title, other.title),
  );
  if (byDecision) return { id: byDecision.id, by: 'decision (merge)' };
  const input = (p: PracticeRecord) => ({
    title: p.title,
    sourceUrl: p.sources[0]?.url ?? null,
    members: jstCodes(p),
    territory: p.territory,
  });
  for (const other of candidates) {
    const [pair] = findDuplicates([input(other), input(practice)], isPlaceStem);
    if (pair && pair.verdict !== 'possible') return { id: other.id, by: pair.reason };
  }
  const members = jstCodes(practice);
  let best: { id: string; score: number } | null = null;
  for (const other of candidates) {
    const theirs = jstCodes(other);
    if (members.length < 3 || theirs.length < 3) continue;
    const score = jaccard(members, theirs);
    if (score >= 0.8 && (!best || score > best.score)) best = { id: other.id, score };
  }
  if (best) {
    return {
      id: best.id,
      by: `the same local governments (${Math.round(best.score * 100)} % alike)`,
    };
  }
  return null;
}

function partnerKey(partner: Partner): string {
  return partner.terc ?? `${partner.sector}:${nameKey(partner.name)}`;
}

function listKey(field: string, item: unknown): string {
  if (field === 'partners') return partnerKey(item as Partner);
  if (field === 'sources') return (item as PracticeRecord['sources'][number]).url ?? '(no url)';
  return JSON.stringify(item);
}

/** `a` and then the items of `b` it lacks (by key). */
function union<T>(field: string, a: T[], b: T[]): T[] {
  const keys = new Set(a.map((item) => listKey(field, item)));
  return [...a, ...b.filter((item) => !keys.has(listKey(field, item)))];
}

function withRoles(partners: Partner[], leader: string): Partner[] {
  return partners.map((partner) =>
    partner.terc ? { ...partner, role: partner.terc === leader ? 'leader' : 'member' } : partner,
  );
}

function ordered(practice: Record<string, unknown>): PracticeRecord {
  const result: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (practice[key] !== undefined) result[key] = practice[key];
  return result as PracticeRecord;
}

/**
 * What the import proposes for a shipped practice whose last import was `base`. A re-import of
 * the same records (the same first source page) brings the importer's values; another source
 * keeps the practice's title, summary, type, form, leader and contact, and adds what it knows
 * more: sources, partners, places, tags, an earlier start, its summary to the description, facts
 * the practice lacks. Either way nothing already imported is dropped from the lists.
 */
export function proposeMerge(
  base: PracticeRecord,
  incoming: PracticeRecord,
): { proposal: PracticeRecord; changes: string[] } {
  const sameRecords = (base.sources[0]?.url ?? null) === (incoming.sources[0]?.url ?? null);
  const first = sameRecords ? incoming : base;
  const changes: string[] = [];
  const years = [base.yearStarted, incoming.yearStarted].filter((y): y is number => y !== null);
  // paragraphs, as a list: what either version had, the other source's summary added
  const texts = sameRecords
    ? [incoming.description, base.description]
    : [base.description, incoming.summary, incoming.description];
  const description = [...new Set(texts.flatMap((t) => (t ? t.split('\n\n') : [])).filter(Boolean))]
    .filter((t) => t !== first.summary)
    .join('\n\n');
  const partners = union(
    'partners',
    first.partners,
    sameRecords ? base.partners : incoming.partners,
  );
  let membership = sameRecords
    ? (incoming.membership ?? base.membership)
    : (base.membership ??
      // a partial list only speaks for itself, not for a practice that already lists more
      (incoming.membership && partners.length <= incoming.partners.length
        ? incoming.membership
        : undefined));
  if (membership?.count !== undefined && partners.length >= membership.count) {
    changes.push(`membership: the ${partners.length} partners reach the stated count; dropped`);
    membership = undefined;
  }
  const proposal = ordered({
    ...first,
    ...(description ? { description } : { description: undefined }),
    yearStarted: years.length > 0 ? Math.min(...years) : null,
    dateAdded: first.dateAdded ?? (sameRecords ? base : incoming).dateAdded,
    dateUpdated: first.dateUpdated ?? (sameRecords ? base : incoming).dateUpdated,
    implementer: first.implementer ?? (sameRecords ? base : incoming).implementer,
    partners: withRoles(partners, first.leader),
    territory: [...new Set([...base.territory, ...incoming.territory])].sort(),
    sources: union('sources', base.sources, incoming.sources),
    tags: union('tags', first.tags, sameRecords ? base.tags : incoming.tags),
    membership,
    cwdIntegration: sameRecords
      ? (incoming.cwdIntegration ?? base.cwdIntegration)
      : (base.cwdIntegration ?? incoming.cwdIntegration),
  });
  if (!sameRecords) {
    for (const field of ['title', 'summary', 'type', 'form', 'leader'] as const) {
      if (!same(base[field], incoming[field])) {
        changes.push(
          `${field}: kept ${show(base[field])}; the new source says ${show(incoming[field])}`,
        );
      }
    }
  }
  return { proposal, changes };
}

/** What the proposal adds or changes against the base, one line per field. */
function describeChanges(base: PracticeRecord, proposal: PracticeRecord): string[] {
  const lines: string[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(proposal)]);
  for (const key of FIELD_ORDER.filter((k) => keys.has(k))) {
    const before = (base as Record<string, unknown>)[key];
    const after = (proposal as Record<string, unknown>)[key];
    if (same(before, after)) continue;
    if (LIST_FIELDS.has(key) && Array.isArray(before) && Array.isArray(after)) {
      const had = new Set(before.map((item) => listKey(key, item)));
      const added = after.filter((item) => !had.has(listKey(key, item)));
      const label = (item: unknown) =>
        key === 'partners'
          ? `${(item as Partner).name}${(item as Partner).terc ? ` (${(item as Partner).terc})` : ''}`
          : key === 'sources'
            ? String((item as { url: string | null }).url)
            : String(item);
      if (added.length > 0) lines.push(`${key}: + ${added.map(label).join(', ')}`);
      else lines.push(`${key}: reordered or renamed`);
    } else {
      lines.push(`${key}: ${show(before)} → ${show(after)}`);
    }
  }
  return lines;
}

/**
 * Three-way merge of one practice: per field, the editor's value when only the editor changed it
 * (or both made the same change), the import's when only the import did; lists take the import's
 * new items beside the editor's; anything else is a conflict.
 */
export function mergeThreeWay(
  base: PracticeRecord,
  current: PracticeRecord,
  proposal: PracticeRecord,
): { merged: PracticeRecord; conflicts: string[] } {
  const result: Record<string, unknown> = {};
  const conflicts: string[] = [];
  const b = base as Record<string, unknown>;
  const e = current as Record<string, unknown>;
  const i = proposal as Record<string, unknown>;
  const keys = new Set([...Object.keys(e), ...Object.keys(i)]);
  const order = [...FIELD_ORDER, ...[...keys].filter((k) => !FIELD_ORDER.includes(k))];
  for (const key of order.filter((k) => keys.has(k) || k in b)) {
    const [bv, ev, iv] = [b[key], e[key], i[key]];
    let value: unknown;
    if (same(ev, iv) || same(iv, bv)) value = ev;
    else if (same(ev, bv)) value = iv;
    else if (LIST_FIELDS.has(key) && Array.isArray(ev) && Array.isArray(iv)) {
      const had = new Set((Array.isArray(bv) ? bv : []).map((item) => listKey(key, item)));
      const added = iv.filter((item) => !had.has(listKey(key, item)));
      value = union(key, ev, added);
      if (key === 'territory') value = [...new Set(value as string[])].sort();
    } else {
      conflicts.push(
        `${key}: the editor's ${show(ev)}, the import's ${show(iv)} (last imported ${show(bv)})`,
      );
      value = ev;
    }
    if (value !== undefined) result[key] = value;
  }
  return { merged: result as PracticeRecord, conflicts };
}

/**
 * What to write for each imported practice, given those already shipped (by id). An imported
 * practice that matches none is created, under an id no shipped practice uses.
 */
export function planWrites(
  imported: PracticeRecord[],
  shipped: Map<string, ShippedPractice>,
  options: MatchOptions & { overwrite: boolean },
): WritePlan[] {
  const plans = new Map<string, WritePlan>();
  const currents = [...shipped.values()].map((s) => s.current);
  const taken = new Set(shipped.keys());
  for (const practice of imported) {
    const match = matchShipped(practice, currents, options);
    const target = match ? shipped.get(match.id) : undefined;
    if (!match || !target) {
      let id = practice.id;
      for (let n = 2; taken.has(id); n += 1) id = `${practice.id}-${n}`;
      taken.add(id);
      const created = { ...practice, id };
      plans.set(id, {
        id,
        outcome: 'created',
        practice: created,
        base: created,
        changes: [],
        conflicts: [],
      });
      continue;
    }
    // several imported practices may land on one shipped practice: each merges into the last plan
    const earlier = plans.get(match.id);
    const current = earlier?.practice ?? target.current;
    const base = earlier?.base ?? target.base;
    const { proposal, changes } = proposeMerge(base ?? current, { ...practice, id: match.id });
    const found = {
      id: match.id,
      matchedBy: match.by,
      ...(practice.id !== match.id ? { mergedFrom: practice.id } : {}),
    };
    if (options.overwrite) {
      plans.set(match.id, {
        ...found,
        outcome: same(proposal, target.current) ? 'unchanged' : 'updated',
        practice: proposal,
        base: proposal,
        changes: [...changes, ...describeChanges(target.current, proposal)],
        conflicts: [],
      });
      continue;
    }
    if (!base) {
      // no last import to compare with: an edit cannot be told from the import, so keep the file
      const unchanged = same(proposal, current);
      plans.set(match.id, {
        ...found,
        outcome: unchanged ? 'unchanged' : 'kept',
        practice: current,
        base: unchanged ? proposal : null,
        changes: unchanged ? [] : [...changes, ...describeChanges(current, proposal)],
        conflicts: [],
      });
      continue;
    }
    const { merged, conflicts } = mergeThreeWay(base, current, proposal);
    const allChanges = [...changes, ...describeChanges(base, proposal)];
    if (conflicts.length > 0) {
      plans.set(match.id, {
        ...found,
        outcome: 'conflict',
        practice: target.current,
        base: null,
        changes: allChanges,
        conflicts,
      });
      continue;
    }
    const outcome: PlanOutcome = !same(merged, target.current)
      ? 'updated'
      : same(merged, proposal)
        ? 'unchanged'
        : 'kept';
    plans.set(match.id, {
      ...found,
      outcome,
      practice: merged,
      base: proposal,
      changes: allChanges,
      conflicts,
    });
  }
  return [...plans.values()];
}
