// Resolves the local governments a record names to TERC codes. Names repeat (two Kościerzyna,
// two powiat nowodworski), so the choice among same-named units uses, in this order: the type
// words and the member's kind, the record's powiat and voivodeship, the other members (a code
// another member already names, their most common powiat and voivodeship, the nearest unit),
// and last the documented preference between a town and the rural gmina of the same name.
import type { Unit } from '../../src/data/schemas';
import type { GminaType } from '../../src/data/terc';
import { lookupName, type GazetteerIndex, type Level, type LookupRule } from './unit-name-index';
import type { MemberKind } from './source-record';
import { sharesStem } from './name-keys';
import { parseUnitName, type ParsedUnitName } from './unit-names';

/** Why a unit was chosen, when it took more than an exact, unique match of the name. */
type ResolutionRule =
  | Exclude<LookupRule, 'exact'>
  | 'seat-of-powiat'
  | 'type-relaxed'
  | 'record-powiat'
  | 'record-voivodeship'
  | 'other-members-exclusion'
  | 'members-powiat'
  | 'members-voivodeship'
  | 'nearest-to-members'
  | 'gmina-x-is-rural'
  | 'bare-name-is-town'
  | 'manual-decision'
  | 'terc-given';

export interface UnitResolution {
  status: 'resolved' | 'ambiguous' | 'unresolved';
  terc?: string;
  /** The rules that were needed, in the order they applied; empty: found automatically. */
  rules: ResolutionRule[];
  /** The recognised name form, e.g. `Gmina Miasta X (genitive)`. */
  form: string;
  /** Ambiguous: the codes that remain. */
  candidates?: string[];
  /** Unresolved: why. */
  reason?: string;
  /** Things a reviewer should know (a historic name, a relaxed type, a kind that disagrees). */
  notes: string[];
}

export interface UnitQuery {
  name: string;
  kind: MemberKind | null;
  /** `gmina wiejska`, `miasto na prawach powiatu`…: the record's `unit_type` for its town. */
  unitType?: string | null;
}

export interface RecordPlaces {
  voivodeships: string[];
  powiats: string[];
}

const GMINA_TYPE_NAMES: Record<GminaType, string> = {
  urban: 'gmina miejska',
  rural: 'gmina wiejska',
  'urban-rural': 'gmina miejsko-wiejska',
};

/** `2206011 Kościerzyna (gmina miejska, powiat kościerski, pomorskie)`, for reports. */
export function describeUnit(index: GazetteerIndex, unit: Unit): string {
  const parts: string[] = [];
  if (unit.level === 'gmina') {
    parts.push(
      unit.cityWithPowiatRights
        ? 'miasto na prawach powiatu'
        : GMINA_TYPE_NAMES[unit.gminaType ?? 'urban'],
    );
  }
  if (unit.level === 'powiat')
    parts.push(unit.cityWithPowiatRights ? 'miasto na prawach powiatu' : 'powiat');
  if (unit.level === 'gmina' && unit.powiat && !unit.cityWithPowiatRights) {
    parts.push(`powiat ${index.byCode.get(unit.powiat)?.name ?? unit.powiat}`);
  }
  if (unit.voivodeship) parts.push(index.byCode.get(unit.voivodeship)?.name ?? unit.voivodeship);
  if (unit.level === 'voivodeship') parts.push('województwo');
  return `${unit.terc} ${unit.name} (${parts.join(', ')})`;
}

function levelOfKind(kind: MemberKind | null): Level | null {
  switch (kind) {
    case 'gmina':
    case 'miasto na prawach powiatu':
      return 'gmina';
    case 'powiat':
      return 'powiat';
    case 'województwo':
      return 'voivodeship';
    default:
      return null;
  }
}

/** The unit type words of the record's `unit_type` column, as a name form would give them. */
function applyUnitType(
  parsed: ParsedUnitName,
  unitType: string | null | undefined,
): ParsedUnitName {
  switch (unitType?.trim().toLowerCase()) {
    case 'gmina miejska':
      return { ...parsed, level: 'gmina', gminaTypes: ['urban'], prefer: null };
    case 'gmina wiejska':
      return { ...parsed, level: 'gmina', gminaTypes: ['rural'], prefer: null };
    case 'gmina miejsko-wiejska':
      return { ...parsed, level: 'gmina', gminaTypes: ['urban-rural'], prefer: null };
    case 'miasto na prawach powiatu':
      return { ...parsed, level: 'gmina', cityWithPowiatRights: true };
    default:
      return parsed;
  }
}

function voivodeshipOf(unit: Unit): string {
  return unit.voivodeship ?? unit.terc.slice(0, 2);
}

function powiatOf(unit: Unit): string | null {
  if (unit.level === 'powiat') return unit.terc;
  return unit.powiat ?? (unit.level === 'gmina' ? unit.terc.slice(0, 4) : null);
}

interface Pending {
  parsed: ParsedUnitName;
  level: Level;
  candidates: Unit[];
  rules: ResolutionRule[];
  notes: string[];
}

/** `Starostwo Powiatowe w Radomiu` → the powiat seated in Radom (not the city's own powiat). */
function powiatsSeatedIn(index: GazetteerIndex, seats: Unit[]): Unit[] {
  const result = new Set<Unit>();
  for (const seat of seats) {
    const own = seat.powiat ? index.byCode.get(seat.powiat) : undefined;
    if (own && !own.cityWithPowiatRights) {
      result.add(own);
      continue;
    }
    // a city with powiat rights seats the surrounding powiat named after it (Radom → radomski)
    for (const powiat of index.levels.powiat.units) {
      if (
        !powiat.cityWithPowiatRights &&
        voivodeshipOf(powiat) === voivodeshipOf(seat) &&
        sharesStem(powiat.name, seat.name)
      ) {
        result.add(powiat);
      }
    }
  }
  return [...result];
}

function lookupCandidates(
  index: GazetteerIndex,
  parsed: ParsedUnitName,
  level: Level,
): { units: Unit[]; rules: ResolutionRule[]; notes: string[] } | null {
  const lookupLevel: Level = parsed.seatOfPowiat ? 'gmina' : level;
  const names = [parsed.name, ...parsed.alternatives];
  let found = null;
  for (const inflected of [false, true]) {
    for (const name of names) {
      found = lookupName(index, lookupLevel, name, { inflected });
      if (found) break;
    }
    if (found) break;
  }
  if (!found) return null;
  const rules: ResolutionRule[] = found.rule === 'exact' ? [] : [found.rule];
  const notes = found.note ? [found.note] : [];
  if (!parsed.seatOfPowiat) return { units: found.units, rules, notes };
  const powiats = powiatsSeatedIn(index, found.units);
  return powiats.length > 0 ? { units: powiats, rules: [...rules, 'seat-of-powiat'], notes } : null;
}

/** Keeps the units the type words and the kind allow; relaxes (with a note) when none fits. */
function filterByType(pending: Pending, kind: MemberKind | null, name: string): void {
  const { parsed } = pending;
  if (pending.level !== 'gmina') return;
  const types = parsed.gminaTypes;
  if (types) {
    for (const type of types) {
      const fitting = pending.candidates.filter((unit) => unit.gminaType === type);
      if (fitting.length > 0) {
        pending.candidates = fitting;
        break;
      }
    }
    if (!pending.candidates.some((unit) => unit.gminaType && types.includes(unit.gminaType))) {
      pending.rules.push('type-relaxed');
      const actual = [
        ...new Set(pending.candidates.map((u) => GMINA_TYPE_NAMES[u.gminaType ?? 'urban'])),
      ];
      pending.notes.push(
        `"${name}" is written as ${types.map((t) => GMINA_TYPE_NAMES[t]).join(' or ')}, but the register (state of 2020) has only ${actual.join(', ')} of that name: the register's unit is used (its type may have changed since)`,
      );
    }
  }
  const wantsCity = parsed.cityWithPowiatRights || kind === 'miasto na prawach powiatu';
  if (wantsCity) {
    const cities = pending.candidates.filter((unit) => unit.cityWithPowiatRights);
    if (cities.length > 0) pending.candidates = cities;
    else {
      pending.notes.push(
        `"${name}" is given as a city with powiat rights, but no such city has that name (kind "${kind ?? ''}" may be wrong)`,
      );
    }
  }
}

/** Narrows candidates by a predicate when that leaves some but not all; records the rule. */
function narrow(pending: Pending, rule: ResolutionRule, keep: (unit: Unit) => boolean): void {
  if (pending.candidates.length < 2) return;
  const kept = pending.candidates.filter(keep);
  if (kept.length > 0 && kept.length < pending.candidates.length) {
    pending.candidates = kept;
    pending.rules.push(rule);
  }
}

function mostCommon(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Keeps the candidates with the highest count of resolved members sharing their area. */
function narrowByCount(
  pending: Pending,
  rule: ResolutionRule,
  counts: Map<string, number>,
  area: (unit: Unit) => string | null,
): void {
  if (pending.candidates.length < 2) return;
  const scores = pending.candidates.map((unit) => counts.get(area(unit) ?? '') ?? 0);
  const best = Math.max(...scores);
  if (best === 0) return;
  narrow(pending, rule, (unit) => (counts.get(area(unit) ?? '') ?? 0) === best);
}

function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const latitude = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  const dx = (a[0] - b[0]) * 111.32 * Math.cos(latitude);
  const dy = (a[1] - b[1]) * 110.57;
  return Math.hypot(dx, dy);
}

/**
 * Keeps the candidates of the powiat nearest to the resolved members, when it is clearly nearer
 * than any other (under 60 % of the next one's distance); a town and the rural gmina around it
 * stay together for the type preference to settle.
 */
function narrowByDistance(pending: Pending, resolved: Unit[]): void {
  const points = resolved.filter((unit) => unit.level !== 'voivodeship').map((unit) => unit.label);
  if (pending.candidates.length < 2 || points.length === 0) return;
  if (coLocated(pending.candidates)) return;
  const centre: [number, number] = [
    points.reduce((sum, p) => sum + p[0], 0) / points.length,
    points.reduce((sum, p) => sum + p[1], 0) / points.length,
  ];
  const byPowiat = new Map<string, number>();
  for (const unit of pending.candidates) {
    const key = powiatOf(unit) ?? unit.terc;
    const distance = distanceKm(unit.label, centre);
    byPowiat.set(key, Math.min(distance, byPowiat.get(key) ?? Infinity));
  }
  const ranked = [...byPowiat.entries()].sort((a, b) => a[1] - b[1]);
  const [first, second] = ranked;
  if (first && second && first[1] < 0.6 * second[1]) {
    narrow(pending, 'nearest-to-members', (unit) => (powiatOf(unit) ?? unit.terc) === first[0]);
  }
}

/** Same-named units next to each other: a town and the rural gmina around it (Kościerzyna, Zamość). */
function coLocated(units: Unit[]): boolean {
  if (new Set(units.map(voivodeshipOf)).size !== 1) return false;
  return units.every((a) => units.every((b) => distanceKm(a.label, b.label) < CO_LOCATED_KM));
}
const CO_LOCATED_KM = 35;

/** A town and the rural gmina of its name: `Gmina X` is the rural gmina, a bare `X` the town. */
function narrowByPreference(pending: Pending): void {
  const prefer = pending.parsed.prefer;
  if (!prefer || pending.candidates.length < 2 || !coLocated(pending.candidates)) return;
  for (const type of prefer) {
    const fitting = pending.candidates.filter((unit) => unit.gminaType === type);
    if (fitting.length > 0 && fitting.length < pending.candidates.length) {
      pending.candidates = fitting;
      pending.rules.push(prefer[0] === 'rural' ? 'gmina-x-is-rural' : 'bare-name-is-town');
      return;
    }
  }
}

function finish(index: GazetteerIndex, pending: Pending): UnitResolution {
  const [only] = pending.candidates;
  if (pending.candidates.length === 1 && only) {
    return {
      status: 'resolved',
      terc: only.terc,
      rules: pending.rules,
      form: pending.parsed.form,
      notes: pending.notes,
    };
  }
  return {
    status: 'ambiguous',
    rules: pending.rules,
    form: pending.parsed.form,
    candidates: pending.candidates.map((unit) => describeUnit(index, unit)),
    reason: `${pending.candidates.length} units of that name remain after every rule`,
    notes: pending.notes,
  };
}

/**
 * Resolves the named local governments of one record together, so each can use the others as
 * context. `context` holds units already known for the record (e.g. its members, when resolving
 * the leader); they count as resolved members but are not returned.
 */
export function resolveUnits(
  index: GazetteerIndex,
  queries: UnitQuery[],
  places: RecordPlaces,
  context: string[] = [],
): UnitResolution[] {
  const results: (UnitResolution | Pending)[] = queries.map((query) => {
    let parsed = parseUnitName(query.name);
    if (query.unitType) parsed = applyUnitType(parsed, query.unitType);
    const kindLevel = levelOfKind(query.kind);
    const level = parsed.level ?? kindLevel ?? 'gmina';
    const notes: string[] = [];
    if (parsed.level && kindLevel && parsed.level !== kindLevel) {
      notes.push(
        `kind "${query.kind ?? ''}" disagrees with the name, which names a ${parsed.level}`,
      );
    }
    const found = lookupCandidates(index, parsed, level);
    if (!found) {
      return {
        status: 'unresolved',
        rules: [],
        form: parsed.form,
        reason: `no ${level} named "${parsed.name}" in the gazetteer`,
        notes,
      } satisfies UnitResolution;
    }
    const pending: Pending = {
      parsed,
      level,
      candidates: found.units,
      rules: found.rules,
      notes: [...notes, ...found.notes],
    };
    filterByType(pending, query.kind, query.name);
    if (places.powiats.length > 0) {
      narrow(pending, 'record-powiat', (unit) => places.powiats.includes(powiatOf(unit) ?? ''));
    }
    if (places.voivodeships.length > 0) {
      narrow(pending, 'record-voivodeship', (unit) =>
        places.voivodeships.includes(voivodeshipOf(unit)),
      );
    }
    return pending;
  });

  const isPending = (value: UnitResolution | Pending): value is Pending =>
    'candidates' in value && 'parsed' in value;
  // first the members that are unique on their own, then the rest using them as context
  for (let index_ = 0; index_ < results.length; index_ += 1) {
    const item = results[index_];
    if (item && isPending(item) && item.candidates.length === 1)
      results[index_] = finish(index, item);
  }
  let progress = true;
  while (progress) {
    progress = false;
    for (let position = 0; position < results.length; position += 1) {
      const item = results[position];
      if (!item || !isPending(item)) continue;
      const resolved = [
        ...context,
        ...results.flatMap((r, i) => (i !== position && !isPending(r) && r.terc ? [r.terc] : [])),
      ]
        .map((code) => index.byCode.get(code))
        .filter((unit): unit is Unit => unit !== undefined);
      const claimed = new Set(resolved.map((unit) => unit.terc));
      narrow(item, 'other-members-exclusion', (unit) => !claimed.has(unit.terc));
      narrowByCount(
        item,
        'members-powiat',
        mostCommon(resolved.flatMap((u) => powiatOf(u) ?? [])),
        powiatOf,
      );
      narrowByCount(
        item,
        'members-voivodeship',
        mostCommon(resolved.map(voivodeshipOf)),
        voivodeshipOf,
      );
      narrowByDistance(item, resolved);
      narrowByPreference(item);
      if (item.candidates.length === 1) {
        results[position] = finish(index, item);
        progress = true;
      }
    }
  }
  return results.map((item) => (isPending(item) ? finish(index, item) : item));
}
