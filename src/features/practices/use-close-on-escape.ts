// Escape inside a panel of the results column (a practice's detail, a place's panel) closes it,
// unless something inside (an open combobox) has taken the key already.
import { useEffect, type RefObject } from 'react';

export function useCloseOnEscape(ref: RefObject<HTMLElement | null>, close: () => void): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [ref, close]);
}
