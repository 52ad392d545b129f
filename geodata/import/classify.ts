// Practice type and form of cooperation, assigned by documented rules (geodata/README.md) from
// what the record says. Each decision carries the rule's name for the report; an editor can
// change the result in the practice file.
import type { CooperationForm, PracticeType } from '../../src/data/schemas';

export interface Decision<T> {
  value: T;
  rule: string;
}

/** BDP sections (dobrepraktyki.pl) → practice types. */
const BDP_SECTIONS: Record<string, PracticeType> = {
  'usługi społeczne': 'social-services',
  'usługi techniczne': 'technical-services',
  'rozwój instytucjonalny': 'institutional-development',
  'efektywność energetyczna': 'energy-efficiency',
  'współpraca jst z ngo': 'jst-ngo-cooperation',
  'współpraca z organizacjami pozarządowymi': 'jst-ngo-cooperation',
  'współpraca między jst': 'inter-municipal-cooperation',
  'dialog społeczny': 'social-dialogue',
};

interface KeywordRule<T> {
  value: T;
  rule: string;
  pattern: RegExp;
}

// Checked in order; the first that matches wins. Energy and NGO work first: they stay what they
// are even when several local governments do them together.
const TYPE_KEYWORDS: KeywordRule<PracticeType>[] = [
  {
    value: 'energy-efficiency',
    rule: 'energy words',
    pattern: /energ|termomoderniz|fotowolt|\boze\b|odnawialn\w* źród|oświetleni/i,
  },
  {
    value: 'jst-ngo-cooperation',
    rule: 'NGO cooperation words',
    pattern: /\bngo\b|organizacj\w* pozarządow|pożytku publicznego/i,
  },
  {
    value: 'social-dialogue',
    rule: 'consultation words',
    pattern:
      /konsultacj|partycypac|dialog\w* społeczn|budżet\w* obywatelsk|sołty|komunikacji z mieszkańcami/i,
  },
];

const SOCIAL_WORDS = {
  value: 'social-services' as const,
  rule: 'social care / education words',
  pattern:
    /pomoc\w* społeczn|opiek|rodzin|edukac|szkoł|przedszkol|oświat|wypoczyn|dzieci|młodzież|alkohol|uzależni|podręcznik|muzeum|kultur|zdrowi|senior|niepełnospraw|aktywizacj/i,
};
const TECHNICAL_WORDS = {
  value: 'technical-services' as const,
  rule: 'water / waste / transport words',
  pattern:
    /wod|kanaliz|ście?k|odpad|transport|komunikacj|przewoz|tramwaj|drog|mieszkani|lokal\w* komunal|zasob\w* lokal|kamienic|renowac|rewitaliz|schronisk|bezdomn\w* (psów|zwierząt)|zwierzęt/i,
};
const MANAGEMENT_WORDS = {
  value: 'institutional-development' as const,
  rule: 'management / strategy words',
  pattern:
    /zarządz|strategi|planowani|plan\w* rozwoju|monitoring|raport|system\w* oceny|usług\w* wspóln|zakup|promocj|marka|produkt\w* lokaln|turyst/i,
};

/**
 * The practice type: the BDP section when the record has one; else keywords of the title and
 * summary (energy, NGO cooperation, consultation); else a partnership of two or more local
 * governments is inter-municipal cooperation; else social, technical, management keywords.
 */
export function classifyType(input: {
  bdpSection: string | null;
  title: string;
  summary: string | null;
  jstCount: number;
  otherPartnerCount: number;
}): Decision<PracticeType> {
  const section = input.bdpSection
    ? BDP_SECTIONS[input.bdpSection.trim().toLowerCase()]
    : undefined;
  if (section) return { value: section, rule: `BDP section "${input.bdpSection ?? ''}"` };
  const text = `${input.title} ${input.summary ?? ''}`;
  for (const rule of TYPE_KEYWORDS) {
    if (rule.pattern.test(input.title))
      return { value: rule.value, rule: `${rule.rule} in the title` };
  }
  if (input.jstCount >= 2) {
    return { value: 'inter-municipal-cooperation', rule: 'two or more local governments' };
  }
  // a body of local governments whose members the source lists partly or not at all (GZM, a
  // euroregion); not a local partnership of institutions without any local government
  if (
    (input.jstCount >= 1 || input.otherPartnerCount === 0) &&
    PARTNERSHIP_WORDS.test(input.title)
  ) {
    return { value: 'inter-municipal-cooperation', rule: 'partnership words in the title' };
  }
  for (const rule of [...TYPE_KEYWORDS, SOCIAL_WORDS, TECHNICAL_WORDS, MANAGEMENT_WORDS]) {
    if (rule.pattern.test(input.title))
      return { value: rule.value, rule: `${rule.rule} in the title` };
  }
  for (const rule of [...TYPE_KEYWORDS, SOCIAL_WORDS, TECHNICAL_WORDS, MANAGEMENT_WORDS]) {
    if (rule.pattern.test(text)) return { value: rule.value, rule: `${rule.rule} in the summary` };
  }
  return { value: 'institutional-development', rule: 'default (no rule matched)' };
}

const PARTNERSHIP_WORDS =
  /związ\w*|stowarzyszeni\w* (gmin|samorząd|powiat)|partnerstw|porozumieni|obszar\w* (funkcjonaln|metropolitaln)|metropoli|aglomeracj|euroregion|\blgd\b|lokaln\w* grup\w* działania|międzygminn|\bzit\b|\bmof\b/i;

interface FormRule extends KeywordRule<CooperationForm> {
  /** Only with at least this many partners listed (a project of one town is not a partnership). */
  minPartners?: number;
}

// Checked in order against the title; the first that matches wins. The legal form (euroregion,
// LGD, union, association) comes before what the body is for (ZIT, MOF).
const TITLE_FORMS: FormRule[] = [
  { value: 'euroregion', rule: 'euroregion', pattern: /euroregion/i },
  {
    value: 'local-action-group',
    rule: 'LGD / Lokalna Grupa Działania / Leader',
    pattern: /\blgd\b|lokaln\w* grup\w* działania|leader\+?(\s|\)|$)/i,
  },
  {
    value: 'inter-municipal-union',
    rule: 'związek (międzygminny, powiatowo-gminny, metropolitalny, ZIT)',
    pattern: /związ(ek|ku)\b/i,
  },
  {
    value: 'local-government-association',
    rule: 'stowarzyszenie of local governments',
    pattern: /stowarzyszeni/i,
  },
  {
    value: 'public-private-partnership',
    rule: 'partnerstwo publiczno-prywatne',
    pattern: /publiczno[-\s]prywatn|\bppp\b/i,
  },
  { value: 'project-partnership', rule: 'klaster', pattern: /klaster/i },
  {
    value: 'functional-area-partnership',
    rule: 'ZIT / MOF / obszar funkcjonalny / metropolitalny / aglomeracja',
    pattern:
      /\bzit\b|\bmof\b|obszar\w* funkcjonaln|obszar\w* metropolitaln|metropoli[ai]\b|aglomeracj/i,
  },
  {
    value: 'inter-municipal-agreement',
    rule: 'porozumienie / umowa',
    pattern: /porozumieni|umow[aęy]/i,
  },
  { value: 'project-partnership', rule: 'projekt', pattern: /projekt/i, minPartners: 2 },
];

// The summary describes how the cooperation was set up: an agreement signed is the strongest
// sign, a euroregion named in passing is not one.
const SUMMARY_FORMS: FormRule[] = [
  {
    value: 'inter-municipal-agreement',
    rule: 'porozumienie / umowa / list intencyjny',
    pattern: /porozumieni|umow[aęy]|list\w* intencyjn/i,
  },
  ...TITLE_FORMS.filter(
    (rule) => rule.value !== 'euroregion' && rule.value !== 'inter-municipal-agreement',
  ),
];

/** `Nieformalne forum (nie stowarzyszenie ani związek)`: a negated word is not a keyword. */
function withoutNegations(text: string): string {
  return text.replace(/\bnie\s+[\p{L}-]+(\s+ani\s+[\p{L}-]+)*/giu, ' ');
}

/**
 * The form of cooperation: keywords of the title; then of the summary, when the record lists two
 * or more local governments or no members at all; else, by the members: two or more local
 * governments without a keyword cooperate by agreement; a `partnerstwo` with other partners and
 * at most one local government is a project partnership, one whose members are not listed an
 * agreement; anything else is a practice of a single unit.
 */
export function classifyForm(input: {
  title: string;
  summary: string | null;
  jstCount: number;
  otherPartnerCount: number;
}): Decision<CooperationForm> {
  const listed = input.jstCount + input.otherPartnerCount;
  const applies = (rule: FormRule) => listed >= (rule.minPartners ?? 0);
  const summary = withoutNegations(input.summary ?? '');
  for (const rule of TITLE_FORMS) {
    if (!applies(rule) || !rule.pattern.test(input.title)) continue;
    // some associations of local governments are named Związek: the summary says which it is
    if (rule.value === 'inter-municipal-union' && /^(\S+\s)?stowarzyszeni/i.test(summary.trim())) {
      return {
        value: 'local-government-association',
        rule: 'związek in the title, stowarzyszenie in the summary',
      };
    }
    return { value: rule.value, rule: `${rule.rule} (title)` };
  }
  if (summary && (input.jstCount >= 2 || listed === 0)) {
    for (const rule of SUMMARY_FORMS) {
      if (applies(rule) && rule.pattern.test(summary))
        return { value: rule.value, rule: `${rule.rule} (summary)` };
    }
  }
  if (input.jstCount >= 2) {
    return {
      value: 'inter-municipal-agreement',
      rule: 'two or more local governments, no keyword',
    };
  }
  if (/partnerstw/i.test(input.title)) {
    return input.otherPartnerCount > 0
      ? {
          value: 'project-partnership',
          rule: 'partnerstwo of other partners and at most one local government',
        }
      : {
          value: 'inter-municipal-agreement',
          rule: 'partnerstwo whose members the source does not list',
        };
  }
  return { value: 'single-unit', rule: 'at most one local government' };
}

const TAG_RULES: { tag: string; pattern: RegExp }[] = [
  { tag: 'zit', pattern: /\bzit\b|zintegrowan\w* inwestycj\w* terytorialn/i },
  { tag: 'mof', pattern: /\bmof\b|obszar\w* funkcjonaln/i },
  { tag: 'metropolia', pattern: /metropoli|aglomeracj/i },
  { tag: 'lgd', pattern: /\blgd\b|lokaln\w* grup\w* działania/i },
  { tag: 'euroregion', pattern: /euroregion/i },
  { tag: 'strategia', pattern: /strategi/i },
  { tag: 'odpady', pattern: /odpad/i },
  {
    tag: 'transport',
    pattern: /transport|komunikacj\w* (publiczn|międzygminn|miejsk)|przewoz|tramwaj/i,
  },
  { tag: 'woda-i-scieki', pattern: /wod\w*[-\s]kanaliz|wodociąg|ście?k[óio]|oczyszczal/i },
  { tag: 'energia', pattern: /energ|termomoderniz/i },
  { tag: 'turystyka', pattern: /turyst|szlak/i },
  { tag: 'pomoc-spoleczna', pattern: /pomoc\w* społeczn|opiek/i },
  { tag: 'edukacja', pattern: /edukac|szkoł|przedszkol|oświat/i },
  { tag: 'ngo', pattern: /\bngo\b|organizacj\w* pozarządow/i },
  { tag: 'planowanie-przestrzenne', pattern: /przestrzenn/i },
  { tag: 'rynek-pracy', pattern: /rynk\w* pracy|urząd pracy|aktywizacj/i },
];

/** Topic tags from the title and summary (slugs, documented in geodata/README.md). */
export function deriveTags(title: string, summary: string | null): string[] {
  const text = `${title} ${summary ?? ''}`;
  return TAG_RULES.filter((rule) => rule.pattern.test(text))
    .map((rule) => rule.tag)
    .sort();
}
