// A practice's id: a readable slug of its title, unique among the practices of one import.
import { foldText } from '../../src/utils/search-text';

/** Readable slug: Polish letters transliterated, lower case, words joined by hyphens. */
function slugify(text: string, maxLength = 60): string {
  const words = foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length === 0 ? word.length : length + 1 + word.length;
    if (next > maxLength && kept.length > 0) break;
    kept.push(word.slice(0, maxLength));
    length = next;
  }
  // a slug that ends in a preposition reads as cut off
  while (kept.length > 1 && SLUG_TAIL_WORDS.has(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join('-');
}

const SLUG_TAIL_WORDS = new Set([
  'i',
  'w',
  'z',
  'o',
  'a',
  'na',
  'do',
  'od',
  'dla',
  'we',
  'ze',
  'po',
  'przy',
  'oraz',
  'jako',
  'the',
  'of',
]);

/** A slug of the title (`praktyka` if it has none), made unique with `-2`, `-3` in call order. */
export function uniqueId(title: string, taken: Set<string>): string {
  const base = slugify(title) || 'praktyka';
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}
