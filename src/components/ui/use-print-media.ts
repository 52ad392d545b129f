// True while the page is being printed (or print media is emulated), so long lists can render
// every row for paper instead of the rows in view. `beforeprint` re-renders synchronously
// (flushSync): the browser lays out the printout right after the event.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrintMedia(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // jsdom has no matchMedia
    const query = window.matchMedia?.('print');
    if (!query) return;
    const follow = () => setPrinting(query.matches);
    const before = () => flushSync(() => setPrinting(true));
    query.addEventListener('change', follow);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', follow);
    return () => {
      query.removeEventListener('change', follow);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', follow);
    };
  }, []);
  return printing;
}
