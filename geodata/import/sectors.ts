// Sectors of partners that are not local governments: from the source's `kind`, checked against
// what the name says. The Polish terms and the sector they mean are listed in geodata/README.md.
import type { Sector } from '../../src/data/schemas';
import type { MemberKind } from './source-record';

const SECTOR_OF_KIND: Partial<Record<MemberKind, Sector>> = {
  gmina: 'jst',
  powiat: 'jst',
  'miasto na prawach powiatu': 'jst',
  województwo: 'jst',
  ngo: 'ngo',
  business: 'business',
  science: 'science',
  'public-other': 'public',
};

interface NameRule {
  pattern: RegExp;
  sector: Sector;
  term: string;
}

// A legal form settles it, wherever it stands in the name.
const LEGAL_FORMS: NameRule[] = [
  { pattern: /\bsp\.?\s*z\s*o\.?\s*o\.?/i, sector: 'business', term: 'sp. z o.o.' },
  { pattern: /\bspółk[aiy]\b/i, sector: 'business', term: 'spółka' },
  { pattern: /(^|\s)s\.\s?a\.?(\s|$)/i, sector: 'business', term: 'S.A.' },
  { pattern: /(^|\s)s\.\s?[jck]\.?(\s|$)/i, sector: 'business', term: 's.j. / s.c. / s.k.' },
  { pattern: /\bsp\.\s?[jk]\.?(\s|$)/i, sector: 'business', term: 'sp.j. / sp.k.' },
  { pattern: /\bgmbh\b/i, sector: 'business', term: 'GmbH' },
  { pattern: /(^|\s)e\.\s?v\.?(\s|$)/i, sector: 'ngo', term: 'e.V. (eingetragener Verein)' },
];

// Otherwise the word that comes first names what the body is: `Fundacja Rozwoju Uniwersytetu`
// is a foundation. On a tie the longer term wins (`Izba Rolnicza` over `Izba`).
const NAME_TERMS: NameRule[] = [
  { pattern: /stowarzysze/i, sector: 'ngo', term: 'Stowarzyszenie' },
  { pattern: /fundacj/i, sector: 'ngo', term: 'Fundacja' },
  { pattern: /towarzystw/i, sector: 'ngo', term: 'Towarzystwo' },
  { pattern: /federacj/i, sector: 'ngo', term: 'Federacja' },
  { pattern: /związek stowarzyszeń/i, sector: 'ngo', term: 'Związek Stowarzyszeń' },
  {
    pattern: /lokaln\w* grup\w* działania|\blgd\b/i,
    sector: 'ngo',
    term: 'Lokalna Grupa Działania (LGD)',
  },
  {
    pattern: /lokaln\w* organizacj\w* turystyczn/i,
    sector: 'ngo',
    term: 'Lokalna Organizacja Turystyczna',
  },
  { pattern: /ochotnicz\w* straż\w* pożarn/i, sector: 'ngo', term: 'Ochotnicza Straż Pożarna' },
  { pattern: /koło gospodyń/i, sector: 'ngo', term: 'Koło Gospodyń Wiejskich' },
  { pattern: /spółdzielni\w* socjaln/i, sector: 'ngo', term: 'Spółdzielnia socjalna' },
  { pattern: /pozarządow/i, sector: 'ngo', term: 'organizacja pozarządowa' },
  { pattern: /\bizb\w*/i, sector: 'business', term: 'Izba (gospodarcza, przemysłowo-handlowa)' },
  { pattern: /\bihk\b/i, sector: 'business', term: 'IHK (Industrie- und Handelskammer)' },
  { pattern: /\bcech\b/i, sector: 'business', term: 'Cech' },
  { pattern: /pracodawc/i, sector: 'business', term: 'Pracodawcy' },
  { pattern: /przedsiębiorstw/i, sector: 'business', term: 'Przedsiębiorstwo' },
  { pattern: /spółdzielni/i, sector: 'business', term: 'Spółdzielnia' },
  { pattern: /\bbank\b/i, sector: 'business', term: 'Bank' },
  { pattern: /uniwersyte/i, sector: 'science', term: 'Uniwersytet' },
  { pattern: /politechni/i, sector: 'science', term: 'Politechnika' },
  { pattern: /akademi/i, sector: 'science', term: 'Akademia' },
  {
    pattern: /wyższ\w* szkoł|szkoł\w* wyższ|uczelni/i,
    sector: 'science',
    term: 'Szkoła Wyższa / Uczelnia',
  },
  {
    pattern: /instytut\w* badawcz|polsk\w* akademi\w* nauk/i,
    sector: 'science',
    term: 'Instytut badawczy / PAN',
  },
  { pattern: /izb\w* rolnicz/i, sector: 'public', term: 'Izba Rolnicza (samorząd rolniczy)' },
  { pattern: /urzęd|urząd/i, sector: 'public', term: 'Urząd' },
  { pattern: /ośrod\w*/i, sector: 'public', term: 'Ośrodek' },
  { pattern: /agencj/i, sector: 'public', term: 'Agencja' },
  {
    pattern: /park\w* narodow|park\w* krajobrazow/i,
    sector: 'public',
    term: 'Park Narodowy / Krajobrazowy',
  },
  {
    pattern: /lasy państwowe|nadleśnictw/i,
    sector: 'public',
    term: 'Lasy Państwowe / Nadleśnictwo',
  },
  { pattern: /komend\w*|policj/i, sector: 'public', term: 'Komenda / Policja' },
  {
    pattern: /straż\w* miejsk|państwow\w* straż\w* pożarn/i,
    sector: 'public',
    term: 'Straż Miejska / PSP',
  },
  { pattern: /\bzarząd\b/i, sector: 'public', term: 'Zarząd (jednostka komunalna)' },
  {
    pattern: /centrum kultury|dom kultury|muzeum|bibliotek/i,
    sector: 'public',
    term: 'instytucja kultury',
  },
  { pattern: /\bbiur\w*/i, sector: 'public', term: 'Biuro' },
  { pattern: /wojewod[ay]\b/i, sector: 'public', term: 'Wojewoda' },
  {
    pattern:
      /związek (gmin|powiat|międzygmin|komunaln|celowy)|komunaln\w* związek|międzygminn\w* związek/i,
    sector: 'public',
    term: 'Związek gmin / międzygminny / komunalny',
  },
];

interface NameSector {
  sector: Sector;
  term: string;
}

/** The sector a partner's name points to, or null when the name says nothing clear. */
export function sectorFromName(name: string): NameSector | null {
  for (const rule of LEGAL_FORMS) {
    if (rule.pattern.test(name)) return { sector: rule.sector, term: rule.term };
  }
  let best: { index: number; length: number; rule: NameRule } | null = null;
  for (const rule of NAME_TERMS) {
    const match = rule.pattern.exec(name);
    if (!match) continue;
    const candidate = { index: match.index, length: match[0].length, rule };
    if (
      !best ||
      candidate.index < best.index ||
      (candidate.index === best.index && candidate.length > best.length)
    ) {
      best = candidate;
    }
  }
  return best ? { sector: best.rule.sector, term: best.rule.term } : null;
}

interface SectorDecision {
  sector: Sector;
  /** `kind` or `name: <term>` or `default`. */
  rule: string;
  /** Set when the name disagrees with the kind: a conflict worth a human look. */
  conflict?: string;
}

/**
 * A partner's sector: from `kind` when it gives one, checked against the name; from the name when
 * the kind is `unknown`; `public` (reported) when neither says.
 */
export function classifySector(name: string, kind: MemberKind): SectorDecision {
  const fromKind = SECTOR_OF_KIND[kind];
  const fromName = sectorFromName(name);
  if (fromKind) {
    if (fromName && fromName.sector !== fromKind && fromKind !== 'jst') {
      return {
        sector: fromKind,
        rule: 'kind',
        conflict: `"${name}": kind "${kind}" says ${fromKind}, but "${fromName.term}" in the name says ${fromName.sector}; kept ${fromKind}`,
      };
    }
    return { sector: fromKind, rule: 'kind' };
  }
  if (fromName) return { sector: fromName.sector, rule: `name: ${fromName.term}` };
  return {
    sector: 'public',
    rule: 'default',
    conflict: `"${name}": kind "${kind}" and the name say nothing about the sector; set to public`,
  };
}
