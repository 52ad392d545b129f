import { useMemo } from 'react';
import { useViewStore } from '../stores/use-view-store';
import type { Language } from '../i18n/languages';
import { createTranslate, type Translate } from '../i18n/translate';

/** The UI language: part of the view state, so a link carries it (`lang`). */
export function useLanguage(): Language {
  return useViewStore((state) => state.lang);
}

/** The translate function for the current language (stable until the language changes). */
export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => createTranslate(language), [language]);
}
