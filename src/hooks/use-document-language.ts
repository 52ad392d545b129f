import { useEffect } from 'react';
import { useLanguage } from './use-t';

/** Keeps `<html lang>` in step with the UI language (screen readers pick their voice by it). */
export function useDocumentLanguage() {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
