import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useViewStore } from '../stores/use-view-store';
import { hasMessages, loadMessages, subscribeToMessages } from '../i18n/catalogues';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { createTranslate, type Translate } from '../i18n/translate';

/**
 * The UI language: part of the view state, so a link carries it (`lang`). Shown only once its
 * catalogue is here (main.tsx and the language switch load it first); should the link name one
 * that is not (Back to an entry of an earlier page), the page stays in Polish until it arrives
 * (useLanguageLoading), never in a mix of both.
 */
export function useLanguage(): Language {
  const wanted = useViewStore((state) => state.lang);
  const isLoaded = () => hasMessages(wanted);
  // the build-time render (prerender.tsx) has every catalogue: the same answer there
  const loaded = useSyncExternalStore(subscribeToMessages, isLoaded, isLoaded);
  return loaded ? wanted : DEFAULT_LANGUAGE;
}

/** Loads the link's language if it is not here yet (once, at the app's root). */
export function useLanguageLoading() {
  const wanted = useViewStore((state) => state.lang);
  useEffect(() => {
    if (hasMessages(wanted)) return;
    loadMessages(wanted).catch((error: unknown) => {
      // the page stays in Polish and the switch can try again; the cause is for the console
      console.error(error);
    });
  }, [wanted]);
}

/** The translate function for the current language (stable until the language changes). */
export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => createTranslate(language), [language]);
}
