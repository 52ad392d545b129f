// Plural forms of counted nouns. Polish has three for whole numbers: 1 praktyka; 2–4, 22–24,
// 32–34… praktyki (but 12–14 praktyk); 0, 5–21, 25–31… praktyk. English has two. Written out
// rather than taken from Intl.PluralRules so the rule is visible and tested.
import type { Language } from './languages';
import type { Translate } from './translate';

export type PluralForm = 'one' | 'few' | 'many';

export function pluralForm(language: Language, count: number): PluralForm {
  const n = Math.abs(count);
  if (language === 'en') return n === 1 ? 'one' : 'many';
  if (!Number.isInteger(n)) return 'few'; // "2,5 praktyki"
  if (n === 1) return 'one';
  const lastDigit = n % 10;
  const lastTwo = n % 100;
  if (lastDigit >= 2 && lastDigit <= 4 && !(lastTwo >= 12 && lastTwo <= 14)) return 'few';
  return 'many';
}

/** `151 praktyk`, `22 praktyki`, `1 practice`. */
export function formatPracticeCount(t: Translate, language: Language, count: number): string {
  return t(`results.count.${pluralForm(language, count)}`, { count });
}
