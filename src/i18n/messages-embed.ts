// The catalogue's part for the embed builder: loaded with it (a lazy chunk), never at first load.
// Same rules as messages-pl.ts / messages-en.ts: Polish is the default and the type checker makes
// English carry every key.
import type { Language } from './languages';
import { translatorOver, type TranslateOver } from './translate';

const pl = {
  'builder.heading': 'Osadź mapę na swojej stronie',
  'builder.intro':
    'Kod pokazuje ten widok (filtry, otwarta praktyka, obszar mapy) bez nagłówka i panelu filtrów, z linkiem do pełnej mapy.',
  'builder.close': 'Zamknij',
  'builder.language': 'Język mapy',
  'builder.height': 'Wysokość (px)',
  'builder.heightError': 'Podaj wysokość w pikselach: liczbę całkowitą od {min} do {max}.',
  'builder.preview': 'Podgląd',
  'builder.code': 'Kod do wklejenia na stronę',
  'builder.copy': 'Kopiuj kod',
  'builder.copied': 'Kod skopiowany',
  'builder.manual': 'Skopiuj kod z pola powyżej (Ctrl+C).',
} as const;

export type EmbedMessageKey = keyof typeof pl;

const en: Record<EmbedMessageKey, string> = {
  'builder.heading': 'Embed the map on your site',
  'builder.intro':
    'The code shows this view (filters, the open practice, the map area) without the header and the filter panel, with a link to the full map.',
  'builder.close': 'Close',
  'builder.language': 'Language of the map',
  'builder.height': 'Height (px)',
  'builder.heightError': 'Give the height in pixels: a whole number from {min} to {max}.',
  'builder.preview': 'Preview',
  'builder.code': 'Code to paste into your page',
  'builder.copy': 'Copy the code',
  'builder.copied': 'Code copied',
  'builder.manual': 'Copy the code from the field above (Ctrl+C).',
};

export const EMBED_CATALOGUES: Record<Language, Record<EmbedMessageKey, string>> = { pl, en };

/** As Translate, over this part of the catalogue. */
export type EmbedTranslate = TranslateOver<typeof pl>;

export function createEmbedTranslate(language: Language): EmbedTranslate {
  return translatorOver<typeof pl>(EMBED_CATALOGUES[language]);
}
