// When a practice closes and nothing took the focus (the list focuses the practice's row when it
// can; on a phone's map view the list is not shown, and a practice may not be in the list), the
// focus goes to where the person was: the map when it is shown, else the results. Never <body>.
import { useEffect } from 'react';
import { viewStore } from '../stores/use-view-store';

export function useFocusAfterPracticeClose(fallback: () => HTMLElement | null): void {
  useEffect(
    () =>
      viewStore.subscribe((state, previous) => {
        if (previous.practice === null || state.practice !== null) return;
        // after the list has mounted and had its chance to focus the row
        requestAnimationFrame(() => {
          const active = document.activeElement;
          if (active !== null && active !== document.body) return;
          fallback()?.focus({ preventScroll: true });
        });
      }),
    [fallback],
  );
}
