// Deterministic synthetic practices over real units, for the benchmark and for unit tests:
// `generatePractices(10_000, gazetteer, 1)` gives the same 10,000 practices on every machine.
// Realistic spread: leaders drawn mostly in and around cities (cities with powiat rights weigh
// most, then urban, urban-rural and rural gminy), partnerships of 2–40 members taken from the
// leader's nearest gminy (so some cross powiat and voivodeship borders), all types, forms and
// sectors, some powiat- and voivodeship-level practices. Every record is valid per practiceSchema.
import { readFileSync, existsSync } from 'node:fs';
import { decodeGazetteer } from '../../src/data/gazetteer-file';
import {
  gazetteerSchema,
  type CooperationForm,
  type Gazetteer,
  type Partner,
  type PracticeRecord,
  type PracticeTextsFile,
  type PracticeType,
  type PracticesFile,
  type Sector,
  type Unit,
} from '../../src/data/schemas';
import { compareDefault } from '../../src/data/practice-order';
import { splitPracticeRecords } from '../../src/data/practice-texts';

/** A small fast seeded PRNG (mulberry32): the same seed, the same sequence, everywhere. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

/** An index that is in range by construction; throws (a generator bug) if not. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('synthetic-practices: index out of range');
  return value;
}

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return must(items[Math.floor(random() * items.length)]);
}

function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const [value, weight] of entries) {
    r -= weight;
    if (r < 0) return value;
  }
  return must(entries[entries.length - 1])[0];
}

const FORMS: readonly (readonly [CooperationForm, number])[] = [
  ['single-unit', 24],
  ['inter-municipal-agreement', 15],
  ['project-partnership', 15],
  ['functional-area-partnership', 8],
  ['local-action-group', 10],
  ['inter-municipal-union', 10],
  ['local-government-association', 7],
  ['euroregion', 3],
  ['public-private-partnership', 8],
];

/** Range of local-government members by form (the leader included). */
const JST_MEMBERS: Record<CooperationForm, readonly [number, number]> = {
  'single-unit': [1, 1],
  'public-private-partnership': [1, 3],
  'inter-municipal-agreement': [2, 5],
  'project-partnership': [1, 8],
  'local-action-group': [3, 15],
  'inter-municipal-union': [3, 20],
  'functional-area-partnership': [4, 30],
  'local-government-association': [5, 36],
  euroregion: [8, 36],
};

const TOPICS: Record<PracticeType, readonly string[]> = {
  'social-services': [
    'opieka nad seniorami',
    'usługi opiekuńcze',
    'mieszkania wspomagane',
    'aktywizacja zawodowa',
    'wsparcie rodzin',
    'dzienny dom pomocy',
  ],
  'technical-services': [
    'wspólny transport publiczny',
    'gospodarka odpadami',
    'wodociągi i kanalizacja',
    'zimowe utrzymanie dróg',
    'oświetlenie uliczne',
    'ścieżki rowerowe',
  ],
  'institutional-development': [
    'cyfryzacja urzędów',
    'wspólne zamówienia publiczne',
    'centrum usług wspólnych',
    'budżet obywatelski',
    'szkolenia kadr samorządowych',
    'zarządzanie jakością',
  ],
  'energy-efficiency': [
    'termomodernizacja budynków',
    'odnawialne źródła energii',
    'klaster energii',
    'wymiana źródeł ciepła',
    'fotowoltaika na szkołach',
    'audyty energetyczne',
  ],
  'jst-ngo-cooperation': [
    'inicjatywa lokalna',
    'regranting dla organizacji',
    'centrum organizacji pozarządowych',
    'wolontariat',
    'konsultacje społeczne',
    'fundusz sołecki',
  ],
  'inter-municipal-cooperation': [
    'zintegrowane inwestycje terytorialne',
    'strategia obszaru funkcjonalnego',
    'wspólna promocja turystyczna',
    'partnerstwo gmin',
    'związek komunalny',
    'wspólne planowanie przestrzenne',
  ],
  'social-dialogue': [
    'rada seniorów',
    'młodzieżowa rada',
    'dialog z mieszkańcami',
    'rada działalności pożytku publicznego',
    'panel obywatelski',
    'debaty sąsiedzkie',
  ],
};

const TYPES: readonly (readonly [PracticeType, number])[] = [
  ['social-services', 18],
  ['technical-services', 18],
  ['institutional-development', 14],
  ['energy-efficiency', 12],
  ['jst-ngo-cooperation', 12],
  ['inter-municipal-cooperation', 16],
  ['social-dialogue', 10],
];

const OTHER_SECTORS: readonly (readonly [Exclude<Sector, 'jst'>, number])[] = [
  ['ngo', 40],
  ['public', 25],
  ['business', 20],
  ['science', 15],
];

const TITLE_OPENERS = ['Program', 'Projekt', 'Partnerstwo', 'Inicjatywa', 'Porozumienie', 'Model'];
const NGO_KINDS = ['Stowarzyszenie', 'Fundacja', 'Towarzystwo', 'Klub', 'Związek'];
const NGO_AIMS = [
  'Rozwoju',
  'Przyjaciół',
  'Aktywnych Mieszkańców',
  'Seniorów',
  'Ekologiczne',
  'Kultury',
  'Sportu',
];
const PUBLIC_BODIES = [
  'Ośrodek Pomocy Społecznej',
  'Powiatowy Urząd Pracy',
  'Zakład Gospodarki Komunalnej',
  'Centrum Kultury',
  'Szkoła Podstawowa nr 1',
  'Biblioteka Publiczna',
  'Samodzielny Publiczny Zakład Opieki Zdrowotnej',
];
const SCIENCE_BODIES = [
  'Uniwersytet',
  'Politechnika',
  'Instytut Badawczy',
  'Akademia',
  'Wyższa Szkoła',
];
const SYLLABLES = [
  'ko',
  'ma',
  'ter',
  'pol',
  'win',
  'bud',
  'gra',
  'lex',
  'med',
  'eko',
  'tech',
  'sol',
  'rol',
  'trans',
  'kom',
  'net',
];
const COMPANY_FORMS = ['Sp. z o.o.', 'S.A.', 'Sp. j.', 'Spółdzielnia'];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function jstName(unit: Unit): string {
  if (unit.level === 'voivodeship') return `Województwo ${capitalize(unit.name)}`;
  if (unit.level === 'powiat') {
    return unit.cityWithPowiatRights ? `Miasto ${unit.name}` : `Powiat ${capitalize(unit.name)}`;
  }
  if (unit.cityWithPowiatRights) return `Miasto ${unit.name}`;
  if (unit.gminaType === 'urban') return `Gmina Miejska ${unit.name}`;
  if (unit.gminaType === 'urban-rural') return `Gmina i Miasto ${unit.name}`;
  return `Gmina ${unit.name}`;
}

function implementerName(leader: Unit): string {
  if (leader.level === 'voivodeship')
    return `Urząd Marszałkowski Województwa ${capitalize(leader.name)}`;
  if (leader.level === 'powiat' && !leader.cityWithPowiatRights)
    return `Starostwo Powiatowe ${leader.name}`;
  return `Urząd ${leader.gminaType === 'rural' ? 'Gminy' : 'Miasta'} ${leader.name}`;
}

interface Prepared {
  units: readonly Unit[];
  byCode: ReadonlyMap<string, Unit>;
  gminy: readonly Unit[];
  cumulative: Float64Array;
  powiaty: readonly Unit[];
  voivodeships: readonly Unit[];
  nearest: Map<number, Uint16Array>;
}

function prepare(units: readonly Unit[]): Prepared {
  const sorted = [...units].sort((a, b) => (a.terc < b.terc ? -1 : 1));
  const gminy = sorted.filter((unit) => unit.level === 'gmina');
  if (gminy.length === 0) throw new Error('generatePractices: the gazetteer has no gminy');
  const cumulative = new Float64Array(gminy.length);
  let total = 0;
  gminy.forEach((unit, i) => {
    total += unit.cityWithPowiatRights
      ? 40
      : unit.gminaType === 'urban'
        ? 6
        : unit.gminaType === 'urban-rural'
          ? 3
          : 1;
    cumulative[i] = total;
  });
  return {
    units: sorted,
    byCode: new Map(sorted.map((unit) => [unit.terc, unit])),
    gminy,
    cumulative,
    powiaty: sorted.filter((unit) => unit.level === 'powiat'),
    voivodeships: sorted.filter((unit) => unit.level === 'voivodeship'),
    nearest: new Map(),
  };
}

function weightedGmina(prepared: Prepared, random: Random): number {
  const { cumulative } = prepared;
  const r = random() * (cumulative[cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) <= r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NEIGHBOURS = 80;

/** Indexes of the gminy nearest to gmina i (itself first), computed on demand. */
function nearestGminy(prepared: Prepared, i: number): Uint16Array {
  const cached = prepared.nearest.get(i);
  if (cached) return cached;
  const { gminy } = prepared;
  const [lng, lat] = must(gminy[i]).label;
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const distance = new Float64Array(gminy.length);
  gminy.forEach((unit, j) => {
    const dx = (unit.label[0] - lng) * cosLat;
    const dy = unit.label[1] - lat;
    distance[j] = j === i ? -1 : dx * dx + dy * dy;
  });
  const order = Uint16Array.from(gminy.keys())
    .sort((a, b) => (distance[a] ?? 0) - (distance[b] ?? 0) || a - b)
    .slice(0, NEIGHBOURS);
  prepared.nearest.set(i, order);
  return order;
}

function isoDate(random: Random, year: number): string {
  const month = int(random, 1, 12);
  const day = int(random, 1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function otherPartner(random: Random, sector: Exclude<Sector, 'jst'>, place: Unit): Partner {
  switch (sector) {
    case 'ngo':
      return {
        name: `${pick(random, NGO_KINDS)} ${pick(random, NGO_AIMS)} ${place.name}`,
        sector,
        role: 'member',
      };
    case 'public':
      return { name: `${pick(random, PUBLIC_BODIES)} w ${place.name}`, sector, role: 'member' };
    case 'science':
      return {
        name: `${pick(random, SCIENCE_BODIES)} ${capitalize(place.name)}`,
        sector,
        role: 'member',
      };
    case 'business': {
      const word = Array.from({ length: int(random, 2, 3) }, () => pick(random, SYLLABLES)).join(
        '',
      );
      return { name: `${capitalize(word)} ${pick(random, COMPANY_FORMS)}`, sector, role: 'member' };
    }
  }
}

function generateOne(prepared: Prepared, random: Random, n: number): PracticeRecord {
  const form = weighted(random, FORMS);
  const type = weighted(random, TYPES);
  const center = weightedGmina(prepared, random);
  const around = nearestGminy(prepared, center);
  // most leaders are the centre itself, the others a near neighbour ("around cities")
  const leaderGmina =
    random() < 0.6 ? center : must(around[int(random, 0, Math.min(14, around.length - 1))]);
  const leaderUnit = must(prepared.gminy[leaderGmina]);
  const level = random();
  let leader: Unit = leaderUnit;
  if (level < 0.03) leader = prepared.byCode.get(leaderUnit.voivodeship ?? '') ?? leaderUnit;
  else if (level < 0.1) leader = prepared.byCode.get(leaderUnit.powiat ?? '') ?? leaderUnit;

  const [minMembers, maxMembers] = JST_MEMBERS[form];
  const jstCount = int(random, minMembers, maxMembers);
  const territory: Unit[] = [leader];
  if (jstCount > 1) {
    const pool = nearestGminy(prepared, leaderGmina);
    const poolSize = Math.min(pool.length, jstCount * 2 + 2);
    const chosen = new Set<number>([leaderGmina]);
    for (let tries = 0; chosen.size < jstCount && tries < jstCount * 6; tries += 1) {
      chosen.add(must(pool[int(random, 0, poolSize - 1)]));
    }
    chosen.delete(leaderGmina);
    for (const g of chosen) territory.push(must(prepared.gminy[g]));
    // some unions join a powiat, some euroregions a voivodeship
    if (random() < 0.1 && leader.level === 'gmina' && leaderUnit.powiat) {
      const powiat = prepared.byCode.get(leaderUnit.powiat);
      if (powiat) territory.push(powiat);
    }
    if (form === 'euroregion' && random() < 0.3) {
      territory.push(pick(random, prepared.voivodeships));
    }
  }
  const territoryCodes = [...new Set(territory.map((unit) => unit.terc))];
  const territoryUnits = territoryCodes.map((code) => must(prepared.byCode.get(code)));

  const partners: Partner[] = [];
  const isPartnership = form !== 'single-unit';
  if (isPartnership || random() < 0.3) {
    for (const unit of territoryUnits) {
      partners.push({
        name: jstName(unit),
        sector: 'jst',
        terc: unit.terc,
        role: unit === leader ? 'leader' : 'member',
      });
    }
  }
  const maxOthers = isPartnership ? 40 - partners.length : 4;
  let others = Math.min(maxOthers, Math.floor(random() ** 2 * 8));
  if (isPartnership && partners.length + others < 2) others = 2 - partners.length;
  for (let k = 0; k < others; k += 1) {
    partners.push(
      otherPartner(random, weighted(random, OTHER_SECTORS), pick(random, territoryUnits)),
    );
  }

  const topic = pick(random, TOPICS[type]);
  const place = leader.level === 'gmina' ? leader.name : capitalize(leader.name);
  const title =
    random() < 0.5
      ? `${capitalize(topic)} – ${place}`
      : `${pick(random, TITLE_OPENERS)}: ${topic} (${place})`;
  const summary =
    `${jstName(leader)} ${partners.length > 1 ? `wraz z ${partners.length - 1} partnerami ` : ''}` +
    `prowadzi działania w obszarze: ${topic}. ` +
    `Przedsięwzięcie obejmuje ${territoryUnits.length === 1 ? 'jedną jednostkę' : `${territoryUnits.length} jednostki samorządu`} ` +
    `i ${pick(random, ['mieszkańców', 'organizacje pozarządowe', 'przedsiębiorców', 'szkoły', 'seniorów'])}.`;

  const yearStarted = random() < 0.08 ? null : 2025 - Math.floor(random() ** 1.5 * 31);
  const addedYear = int(random, Math.max(2008, yearStarted ?? 2008), 2025);
  const dateAdded = random() < 0.5 ? isoDate(random, addedYear) : null;
  const updated =
    dateAdded !== null && random() < 0.3 ? isoDate(random, int(random, addedYear, 2025)) : null;
  // ISO dates compare as strings; an update never precedes the addition
  const dateUpdated =
    updated !== null && dateAdded !== null && updated < dateAdded ? dateAdded : updated;
  const id = `syn-${String(n + 1).padStart(6, '0')}`;
  return {
    id,
    title,
    summary,
    type,
    form,
    yearStarted,
    dateAdded,
    dateUpdated,
    leader: leader.terc,
    implementer:
      random() < 0.5
        ? null
        : {
            name: implementerName(leader),
            town: leaderUnit.name,
            websites: [`https://example.org/${id}`],
          },
    partners,
    territory: territoryCodes,
    sources: [{ url: null, kind: 'other' }],
    tags: random() < 0.3 ? [topic] : [],
  };
}

/**
 * `count` practice records (with their texts, as the practice files hold them) over the units of
 * `gazetteer` (a gazetteer file or its units), the same for the same arguments. Ids are
 * `syn-000001`, `syn-000002`, …
 */
export function generatePractices(
  count: number,
  gazetteer: Gazetteer | readonly Unit[],
  seed: number,
): PracticeRecord[] {
  const units = 'units' in gazetteer ? gazetteer.units : gazetteer;
  const prepared = prepare(units);
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, n) => generateOne(prepared, random, n));
}

/**
 * The same as the two files the app loads (practices.json and practice-texts.json), split and in
 * the order the build writes them (geodata/practices-compile.ts: the app's default order).
 */
export function generateDataFiles(
  count: number,
  gazetteer: Gazetteer | readonly Unit[],
  seed: number,
): { practices: PracticesFile; texts: PracticeTextsFile } {
  return splitPracticeRecords(generatePractices(count, gazetteer, seed).sort(compareDefault));
}

/** practices.json of generateDataFiles (without the texts, as the first load has it). */
export function generatePracticesFile(
  count: number,
  gazetteer: Gazetteer | readonly Unit[],
  seed: number,
): PracticesFile {
  return generateDataFiles(count, gazetteer, seed).practices;
}

/** Reads and validates a gazetteer file (by default the one `npm run build:data` writes); null when it does not exist. */
export function readGazetteerFile(file: string): Gazetteer | null {
  if (!existsSync(file)) return null;
  const parsed = gazetteerSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file}: not a valid gazetteer (${parsed.error.issues[0]?.message ?? 'unknown'}); run npm run build:data`,
    );
  }
  return decodeGazetteer(parsed.data);
}
