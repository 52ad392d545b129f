// The forms Polish documents use to name a local government, parsed into the bare name and what
// the type words say about the unit. `Gmina Miasta Gdańska` → Gdańsk, an urban gmina, genitive.
import type { GminaType } from '../../src/data/terc';
import type { Level } from './unit-name-index';
import { nameKey } from './name-keys';

export interface ParsedUnitName {
  /** The name without type words: `Gdańska`, `Stargard (Szczeciński)`, `radomski`. */
  name: string;
  /** Other spellings worth trying, in order (a qualifier joined to the name, the name without it). */
  alternatives: string[];
  /** The level the type words imply, if any. */
  level: Level | null;
  /** Gmina types the type words allow, most fitting first; null when they say nothing. */
  gminaTypes: GminaType[] | null;
  /** `Gmina X` and a bare name: which type to prefer when a town and a rural gmina share X. */
  prefer: GminaType[] | null;
  /** The type words name a city with powiat rights. */
  cityWithPowiatRights: boolean;
  /** The name is inflected (`Gminy Miasta Gdańska`: genitive; `w Skawinie`: locative). */
  inflected: boolean;
  /** `Starostwo Powiatowe w X`: X is the seat, the unit is the powiat seated there. */
  seatOfPowiat: boolean;
  /** The form that was recognised, for the report: `Gmina Miasta X`. */
  form: string;
}

interface Form {
  pattern: RegExp;
  form: string;
  level: Level;
  gminaTypes?: GminaType[];
  prefer?: GminaType[];
  cityWithPowiatRights?: boolean;
  inflected?: boolean;
  seatOfPowiat?: boolean;
}

const URBAN_FIRST: GminaType[] = ['urban', 'urban-rural'];
// `Gmina X`: when a town and a rural gmina share X, the rural one
const GMINA_PREFER: GminaType[] = ['rural', 'urban-rural', 'urban'];
const TOWN_TYPES: GminaType[] = ['urban', 'urban-rural'];

// Matched against `nameKey` (lower case, hyphens as spaces), longest forms first.
const FORMS: Form[] = [
  {
    pattern: /^urząd miasta i gminy w (.+)$/d,
    form: 'Urząd Miasta i Gminy w X',
    level: 'gmina',
    gminaTypes: ['urban-rural'],
    inflected: true,
  },
  {
    // the office named for its gmina, nominative: `Urząd Miasta i Gminy Lesko`
    pattern: /^urząd miasta i gminy (.+)$/d,
    form: 'Urząd Miasta i Gminy X',
    level: 'gmina',
    gminaTypes: ['urban-rural'],
  },
  {
    pattern: /^(?:miasto i gmina|gmina i miasto|miasto gmina|gmina miejsko wiejska) (.+)$/d,
    form: 'Miasto i Gmina X',
    level: 'gmina',
    gminaTypes: ['urban-rural'],
  },
  {
    pattern: /^miasto (.+) na prawach powiatu$/d,
    form: 'Miasto X na prawach powiatu',
    level: 'gmina',
    gminaTypes: ['urban'],
    cityWithPowiatRights: true,
  },
  {
    pattern: /^miasto na prawach powiatu (.+)$/d,
    form: 'Miasto na prawach powiatu X',
    level: 'gmina',
    gminaTypes: ['urban'],
    cityWithPowiatRights: true,
  },
  {
    pattern: /^(?:gmina miejska|urząd miasta|urząd miejski) w (.+)$/d,
    form: 'Gmina Miejska w X',
    level: 'gmina',
    gminaTypes: URBAN_FIRST,
    inflected: true,
  },
  {
    // `Urząd Miasta Sanoka`: the town in the genitive (the nominative is tried first)
    pattern: /^(?:urząd miasta|urząd miejski) (.+)$/d,
    form: 'Urząd Miasta X (genitive)',
    level: 'gmina',
    gminaTypes: URBAN_FIRST,
    inflected: true,
  },
  {
    pattern: /^(?:gmina miejska|gmina miasto) (.+)$/d,
    form: 'Gmina Miejska X',
    level: 'gmina',
    gminaTypes: URBAN_FIRST,
  },
  {
    pattern: /^gmina miasta (.+)$/d,
    form: 'Gmina Miasta X (genitive)',
    level: 'gmina',
    gminaTypes: URBAN_FIRST,
    inflected: true,
  },
  {
    pattern: /^gmina wiejska (.+)$/d,
    form: 'Gmina wiejska X',
    level: 'gmina',
    gminaTypes: ['rural'],
  },
  {
    pattern: /^urząd gminy w (.+)$/d,
    form: 'Urząd Gminy w X',
    level: 'gmina',
    prefer: ['rural', 'urban-rural', 'urban'],
    inflected: true,
  },
  {
    // `Urząd Gminy Czarna`: the office named for its gmina, read as `Gmina X`
    pattern: /^urząd gminy (.+)$/d,
    form: 'Urząd Gminy X',
    level: 'gmina',
    prefer: ['rural', 'urban-rural', 'urban'],
  },
  { pattern: /^miasto (.+)$/d, form: 'Miasto X', level: 'gmina', gminaTypes: URBAN_FIRST },
  {
    pattern: /^gmina (.+)$/d,
    form: 'Gmina X',
    level: 'gmina',
    prefer: ['rural', 'urban-rural', 'urban'],
  },
  {
    pattern: /^starostwo powiatowe w (.+)$/d,
    form: 'Starostwo Powiatowe w X',
    level: 'powiat',
    inflected: true,
    seatOfPowiat: true,
  },
  { pattern: /^powiat (.+)$/d, form: 'Powiat X', level: 'powiat' },
  { pattern: /^powiatu (.+)$/d, form: 'Powiatu X (genitive)', level: 'powiat', inflected: true },
  {
    pattern: /^(?:urząd marszałkowski województwa|samorząd województwa|województwa) (.+)$/d,
    form: 'Urząd Marszałkowski Województwa X',
    level: 'voivodeship',
    inflected: true,
  },
  { pattern: /^województwo (.+)$/d, form: 'Województwo X', level: 'voivodeship' },
];

// `X (gmina wiejska)`, `X (miasto)` …: a qualifier in parentheses after the name.
const QUALIFIERS: {
  pattern: RegExp;
  form: string;
  level: Level;
  gminaTypes?: GminaType[];
  city?: boolean;
}[] = [
  { pattern: /^gmina wiejska$/, form: 'X (gmina wiejska)', level: 'gmina', gminaTypes: ['rural'] },
  {
    pattern: /^gmina miejska$/,
    form: 'X (gmina miejska)',
    level: 'gmina',
    gminaTypes: URBAN_FIRST,
  },
  {
    pattern: /^gmina miejsko wiejska$/,
    form: 'X (gmina miejsko-wiejska)',
    level: 'gmina',
    gminaTypes: ['urban-rural'],
  },
  {
    pattern: /^miasto na prawach powiatu$/,
    form: 'X (miasto na prawach powiatu)',
    level: 'gmina',
    gminaTypes: ['urban'],
    city: true,
  },
  { pattern: /^miasto$/, form: 'X (miasto)', level: 'gmina', gminaTypes: URBAN_FIRST },
  { pattern: /^gmina$/, form: 'X (gmina)', level: 'gmina' },
  { pattern: /^powiat$/, form: 'X (powiat)', level: 'powiat' },
];

/** The raw text's tail that spells `name` (keeps `Sitkówka-Nowiny` hyphenated), else `name`. */
function originalSpelling(raw: string, name: string): string {
  const key = nameKey(name);
  for (let start = raw.length - 1; start >= 0; start -= 1) {
    const tail = raw.slice(start).trim();
    if (nameKey(tail) === key) return tail;
    if (nameKey(tail).length > key.length) break;
  }
  return name;
}

function bare(name: string): ParsedUnitName {
  return {
    name,
    alternatives: [],
    level: null,
    gminaTypes: null,
    // a bare name shared by a town and a rural gmina means the town
    prefer: TOWN_TYPES,
    cityWithPowiatRights: false,
    inflected: false,
    seatOfPowiat: false,
    form: 'X',
  };
}

/** Recognises the type words of a local government's name. Never throws. */
export function parseUnitName(raw: string): ParsedUnitName {
  const trimmed = raw.replace(/\s+/g, ' ').trim();
  // `gm. Huszlew` (also `gm. Gmina Sterdyń`, a list that put the abbreviation before every name)
  const abbreviated = /^gm\.?\s+(.+)$/i.exec(trimmed);
  if (abbreviated?.[1]) {
    const parsed = parseUnitName(abbreviated[1]);
    if (parsed.level !== null) return parsed;
    return { ...parsed, level: 'gmina', prefer: GMINA_PREFER, form: 'gm. X' };
  }
  // a trailing parenthesised part: a type qualifier, a distinguishing adjective or an aside
  const paren = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(trimmed);
  if (paren?.[1] && paren[2]) {
    const outer = paren[1];
    const inner = paren[2];
    const qualifier = QUALIFIERS.find((q) => q.pattern.test(nameKey(inner)));
    if (qualifier) {
      const parsed = parseUnitName(outer);
      return {
        ...parsed,
        level: qualifier.level,
        gminaTypes: qualifier.gminaTypes ?? parsed.gminaTypes,
        prefer: qualifier.gminaTypes ? null : parsed.prefer,
        cityWithPowiatRights: qualifier.city ?? parsed.cityWithPowiatRights,
        form: qualifier.form,
      };
    }
    // `Miasto Stargard (Szczeciński)`, `Gmina Dobra (Szczecińska)`, `Powiat Radomski (Starostwo …)`
    const parsed = parseUnitName(outer);
    return {
      ...parsed,
      name: `${parsed.name} (${inner})`,
      alternatives: [`${parsed.name} ${inner}`, parsed.name, ...parsed.alternatives],
    };
  }

  // the name with case kept, aligned character by character with its lower-case key
  const cased = trimmed
    .replace(/[„”"“‟«»‚‘’`']/g, '')
    .replace(/[-‐‑‒–—,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const key = cased.toLowerCase();
  for (const form of FORMS) {
    const match = form.pattern.exec(key);
    const indices = match?.indices?.[1];
    if (!indices) continue;
    return {
      name: originalSpelling(trimmed, cased.slice(indices[0], indices[1])),
      alternatives: [],
      level: form.level,
      gminaTypes: form.gminaTypes ?? null,
      prefer: form.prefer ?? null,
      cityWithPowiatRights: form.cityWithPowiatRights ?? false,
      inflected: form.inflected ?? false,
      seatOfPowiat: form.seatOfPowiat ?? false,
      form: form.form,
    };
  }
  return bare(trimmed);
}
