// A proposed practice: the form's draft, what is wrong with it (message keys, PL/EN through the
// catalogue) and the record it becomes, in the importer's source format
// (../shared/data/README.md), so editors import the download unchanged with `npm run
// data:import`. Units are chosen from the register: each member carries its TERC code, and its
// name is written in the form the importer reads without doubt (`Gmina wiejska X`).
import type { Practice, PracticeTexts, Unit } from '../../data/schemas';
import {
  COOPERATION_FORMS,
  PRACTICE_TYPES,
  type CooperationForm,
  type PracticeType,
} from '../../data/vocabularies';
import type { ProposeKey } from './propose-messages';

export const PARTNER_SECTORS = ['ngo', 'business', 'science', 'public'] as const;
type PartnerSector = (typeof PARTNER_SECTORS)[number];

export interface ProposalDraft {
  title: string;
  summary: string;
  type: PracticeType | '';
  form: CooperationForm | '';
  yearStarted: string;
  /** TERC code of the leading unit. */
  leader: string | null;
  /** TERC codes of the other local governments. */
  members: string[];
  partners: { name: string; sector: PartnerSector }[];
  sources: string[];
  contact: { name: string; phone: string; email: string; website: string };
}

export const EMPTY_DRAFT: ProposalDraft = {
  title: '',
  summary: '',
  type: '',
  form: '',
  yearStarted: '',
  leader: null,
  members: [],
  partners: [],
  sources: [''],
  contact: { name: '', phone: '', email: '', website: '' },
};

type ProblemKey = Extract<ProposeKey, `propose.error.${string}`>;
export type DraftProblems = Partial<Record<string, ProblemKey>>;

const HTTP = /^https?:\/\/[^\s/]+\.[^\s]+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What to fix, by field (`title`, `sources.0`, `partners.1`, `contact.email`): a message key
 * each. Empty when the draft can be sent.
 */
export function validateDraft(draft: ProposalDraft, thisYear: number): DraftProblems {
  const problems: DraftProblems = {};
  if (draft.title.trim().length < 5) problems.title = 'propose.error.title';
  if (draft.summary.trim().length < 20) problems.summary = 'propose.error.summary';
  if (!PRACTICE_TYPES.includes(draft.type as PracticeType)) problems.type = 'propose.error.type';
  if (!COOPERATION_FORMS.includes(draft.form as CooperationForm))
    problems.form = 'propose.error.form';
  const year = draft.yearStarted.trim();
  if (year !== '' && !(/^\d{4}$/.test(year) && Number(year) >= 1990 && Number(year) <= thisYear))
    problems.yearStarted = 'propose.error.year';
  if (draft.leader === null) problems.leader = 'propose.error.leader';
  draft.partners.forEach((partner, i) => {
    if (partner.name.trim().length < 3) problems[`partners.${i}`] = 'propose.error.partnerName';
  });
  draft.sources.forEach((url, i) => {
    if (url.trim() !== '' && !HTTP.test(url.trim())) problems[`sources.${i}`] = 'propose.error.url';
  });
  if (!draft.sources.some((url) => url.trim() !== ''))
    problems['sources.0'] ??= 'propose.error.source';
  const { email, website } = draft.contact;
  if (email.trim() !== '' && !EMAIL.test(email.trim()))
    problems['contact.email'] = 'propose.error.email';
  if (website.trim() !== '' && !HTTP.test(website.trim()))
    problems['contact.website'] = 'propose.error.url';
  return problems;
}

/** The name the importer reads as exactly this unit: `Gmina wiejska Kościerzyna`. */
export function sourceNameOf(unit: Unit): { name: string; kind: string } {
  if (unit.level === 'voivodeship')
    return { name: `Województwo ${unit.name}`, kind: 'województwo' };
  if (unit.level === 'powiat') return { name: `Powiat ${unit.name}`, kind: 'powiat' };
  if (unit.cityWithPowiatRights)
    return { name: `Miasto ${unit.name} na prawach powiatu`, kind: 'miasto na prawach powiatu' };
  const type =
    unit.gminaType === 'rural'
      ? 'wiejska'
      : unit.gminaType === 'urban-rural'
        ? 'miejsko-wiejska'
        : 'miejska';
  return { name: `Gmina ${type} ${unit.name}`, kind: 'gmina' };
}

const KIND_OF_SECTOR: Record<PartnerSector, string> = {
  ngo: 'ngo',
  business: 'business',
  science: 'science',
  public: 'public-other',
};

/** The draft as one source record (the importer's format; see the top of this file). */
export function draftToSourceRecord(
  draft: ProposalDraft,
  lookup: (terc: string) => Unit | undefined,
): Record<string, unknown> {
  const units = [draft.leader, ...draft.members]
    .filter((terc): terc is string => terc !== null)
    .filter((terc, i, all) => all.indexOf(terc) === i)
    .flatMap((terc) => {
      const unit = lookup(terc);
      return unit ? [{ ...sourceNameOf(unit), terc }] : [];
    });
  const leaderUnit = draft.leader ? lookup(draft.leader) : undefined;
  const voivodeship = leaderUnit
    ? leaderUnit.level === 'voivodeship'
      ? leaderUnit
      : leaderUnit.voivodeship
        ? lookup(leaderUnit.voivodeship)
        : undefined
    : undefined;
  const sources = draft.sources.map((url) => url.trim()).filter(Boolean);
  const contact = draft.contact;
  const year = draft.yearStarted.trim();
  return {
    source_url: sources[0] ?? null,
    source_kind: 'other',
    bdp_section: null,
    title: draft.title.trim(),
    summary_pl: draft.summary.trim(),
    date_added: null,
    date_updated: null,
    unit_type: null,
    town: null,
    powiat: null,
    voivodeship: voivodeship?.name ?? null,
    postal_code: null,
    street: null,
    phone: contact.phone.trim() || null,
    website: contact.website.trim() || null,
    implementing_unit: contact.name.trim() || null,
    population: 0,
    members: [
      ...units,
      ...draft.partners
        .filter((partner) => partner.name.trim() !== '')
        .map((partner) => ({ name: partner.name.trim(), kind: KIND_OF_SECTOR[partner.sector] })),
    ],
    leader: units[0]?.name ?? null,
    year_started: year === '' ? null : Number(year),
    corroborating_url: sources[1] ?? null,
    practice_type: draft.type || null,
    cooperation_form: draft.form || null,
    note: contact.email.trim()
      ? `Zgłoszenie z formularza „Zgłoś praktykę”; kontakt: ${contact.email.trim()}`
      : 'Zgłoszenie z formularza „Zgłoś praktykę”',
  };
}

/**
 * "Zgłoś poprawkę": the form prefilled with a practice as it is shown; without its texts (not to
 * be had) the summary and sources start empty.
 */
export function practiceToDraft(
  practice: Practice,
  texts: PracticeTexts | undefined,
): ProposalDraft {
  const codes = practice.partners.flatMap((partner) => (partner.terc ? [partner.terc] : []));
  const sources = (texts?.sources ?? []).flatMap((source) => (source.url ? [source.url] : []));
  const implementer = practice.implementer;
  return {
    title: practice.title,
    summary: texts?.summary ?? '',
    type: practice.type,
    form: practice.form,
    yearStarted: practice.yearStarted === null ? '' : String(practice.yearStarted),
    leader: practice.leader,
    members: [...new Set([...codes, ...practice.territory])].filter((c) => c !== practice.leader),
    partners: practice.partners.flatMap((partner) =>
      partner.sector === 'jst' ? [] : [{ name: partner.name, sector: partner.sector }],
    ),
    sources: sources.length > 0 ? sources.slice(0, 2) : [''],
    contact: {
      name: implementer?.name ?? '',
      phone: implementer?.phone ?? '',
      email: '',
      website: implementer?.websites.find((url) => /^https?:/i.test(url)) ?? '',
    },
  };
}

/** A file name for the download: `zgloszenie-partnerstwo-gmin.json`. */
export function downloadName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return `zgloszenie-${slug || 'praktyka'}.json`;
}

/** A draft read back from storage: only the known fields of the known types; else null. */
export function parseDraft(text: string | null): ProposalDraft | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const contact = (typeof r.contact === 'object' && r.contact ? r.contact : {}) as Record<
    string,
    unknown
  >;
  const sources = strings(r.sources);
  return {
    title: str(r.title),
    summary: str(r.summary),
    type: PRACTICE_TYPES.includes(r.type as PracticeType) ? (r.type as PracticeType) : '',
    form: COOPERATION_FORMS.includes(r.form as CooperationForm) ? (r.form as CooperationForm) : '',
    yearStarted: str(r.yearStarted),
    leader: typeof r.leader === 'string' ? r.leader : null,
    members: strings(r.members),
    partners: (Array.isArray(r.partners) ? r.partners : []).flatMap((p: unknown) => {
      if (typeof p !== 'object' || p === null) return [];
      const { name, sector } = p as Record<string, unknown>;
      return typeof name === 'string' && PARTNER_SECTORS.includes(sector as PartnerSector)
        ? [{ name, sector: sector as PartnerSector }]
        : [];
    }),
    sources: sources.length > 0 ? sources : [''],
    contact: {
      name: str(contact.name),
      phone: str(contact.phone),
      email: str(contact.email),
      website: str(contact.website),
    },
  };
}
