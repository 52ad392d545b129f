import { startTransition, useEffect, useState } from 'react';

/**
 * False in the first commit, true from a task after it (rendered as a transition, so React
 * yields while it renders what depends on it): work split so that a phone's CPU does not run
 * both halves as one long task.
 */
export function useOneTaskLater(): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setLater(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return later;
}
