import { useMemo } from 'react';
import { useLanguageStore } from '../stores/language-store';
import { createTranslate, type Translate } from './translate';

export function useLanguage() {
  return useLanguageStore((state) => state.language);
}

/** The translate function for the current language (stable until the language changes). */
export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => createTranslate(language), [language]);
}
