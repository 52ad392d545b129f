export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'pl';

/** Each language named in itself, for the switches: the same in every UI language, so not in a catalogue. */
export const LANGUAGE_NAMES: Record<Language, string> = { pl: 'polski', en: 'English' };
