// Name lookups over the gazetteer: every unit under its name, its name without a parenthesised
// qualifier (`Dobra (Szczecińska)` is also `Dobra`), and without diacritics.
import type { Gazetteer, Unit } from '../../src/data/schemas';
import { RENAMES } from './renames';
import { foldedNameKey, inflectedMatchScore, nameKey } from './name-keys';

export type Level = Unit['level'];

/** How a name was found: the first is an exact match, the rest are rules worth reporting. */
export type LookupRule =
  'exact' | 'spelling-variant' | 'historic-name' | 'diacritics' | 'inflected';

interface LookupResult {
  units: Unit[];
  rule: LookupRule;
  note?: string;
}

interface LevelIndex {
  units: Unit[];
  byKey: Map<string, Unit[]>;
  byFolded: Map<string, Unit[]>;
}

export interface GazetteerIndex {
  byCode: Map<string, Unit>;
  levels: Record<Level, LevelIndex>;
}

/** `Dobra (Szczecińska)` → [`Dobra (Szczecińska)`, `Dobra Szczecińska`, `Dobra`]. */
function namesOf(unit: Unit): string[] {
  const names = [unit.name];
  const match = /^(.*?)\s*\((.+)\)\s*$/.exec(unit.name);
  if (match?.[1] && match[2]) names.push(`${match[1]} ${match[2]}`, match[1]);
  return names;
}

function push(map: Map<string, Unit[]>, key: string, unit: Unit): void {
  const list = map.get(key);
  if (!list) map.set(key, [unit]);
  else if (!list.includes(unit)) list.push(unit);
}

export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  const empty = (): LevelIndex => ({ units: [], byKey: new Map(), byFolded: new Map() });
  const levels: Record<Level, LevelIndex> = {
    voivodeship: empty(),
    powiat: empty(),
    gmina: empty(),
  };
  const byCode = new Map<string, Unit>();
  for (const unit of gazetteer.units) {
    byCode.set(unit.terc, unit);
    const level = levels[unit.level];
    level.units.push(unit);
    for (const name of namesOf(unit)) {
      push(level.byKey, nameKey(name), unit);
      push(level.byFolded, foldedNameKey(name), unit);
    }
  }
  return { byCode, levels };
}

function exactOrVariant(units: Unit[], name: string): LookupResult {
  const lower = name.trim().toLowerCase();
  const exact = units.some((unit) => namesOf(unit).some((n) => n.toLowerCase() === lower));
  return { units, rule: exact ? 'exact' : 'spelling-variant' };
}

/**
 * Units of `level` named `name` (type words already removed). Tries, in order: the name itself
 * (case, hyphen and space variants included), a historic name from the rename table, the name
 * without diacritics, and, when `inflected` allows it, an inflected form (`Gdańska`, `Radomiu`).
 */
export function lookupName(
  index: GazetteerIndex,
  level: Level,
  name: string,
  options: { inflected: boolean } = { inflected: true },
): LookupResult | null {
  const levelIndex = index.levels[level];
  const key = nameKey(name);
  const direct = levelIndex.byKey.get(key);
  if (direct) return exactOrVariant(direct, name);

  for (const rename of RENAMES) {
    if (rename.level !== level) continue;
    const other =
      nameKey(rename.from) === key ? rename.to : nameKey(rename.to) === key ? rename.from : null;
    const units = other === null ? undefined : levelIndex.byKey.get(nameKey(other));
    if (units)
      return {
        units,
        rule: 'historic-name',
        note: `${rename.from} → ${rename.to}: ${rename.note}`,
      };
  }

  const folded = levelIndex.byFolded.get(foldedNameKey(name));
  if (folded) return { units: folded, rule: 'diacritics' };

  if (!options.inflected) return null;
  let best = 0;
  let units: Unit[] = [];
  for (const unit of levelIndex.units) {
    const score = Math.max(...namesOf(unit).map((n) => inflectedMatchScore(name, n)));
    if (score > best) {
      best = score;
      units = [unit];
    } else if (score > 0 && score === best) {
      units.push(unit);
    }
  }
  return units.length > 0 ? { units, rule: 'inflected' } : null;
}
