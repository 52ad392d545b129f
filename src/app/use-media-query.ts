import { useSyncExternalStore } from 'react';

/** Whether a media query matches now, following changes; false where matchMedia is missing (jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}

/** The phone layout: filters in a drawer, one of map / list / table at a time. */
export const PHONE_QUERY = '(max-width: 700px)';
