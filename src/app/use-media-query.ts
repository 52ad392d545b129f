import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * What a media query is taken to match where there is no window: the build-time render
 * (prerender.tsx) renders the page once as wide and once as a phone.
 */
export const ServerMediaContext = createContext<(query: string) => boolean>(() => false);

/** Whether a media query matches now, following changes; false where matchMedia is missing (jsdom). */
export function useMediaQuery(query: string): boolean {
  const serverMatches = useContext(ServerMediaContext);
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => serverMatches(query),
  );
}

/** The phone layout: filters in a drawer, one of map / list / table at a time. */
export const PHONE_QUERY = '(max-width: 700px)';
