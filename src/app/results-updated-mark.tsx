import { useEffect } from 'react';

/**
 * `performance.mark('results-updated')` once the list and the map show a new filter result:
 * effects run after React's commit; Leaflet draws its canvases in the next animation frame,
 * requested when the layers changed, so a frame requested now runs after that drawing.
 */
export function ResultsUpdatedMark({ result }: { result: object | null }) {
  useEffect(() => {
    if (result === null) return;
    const frame = requestAnimationFrame(() => performance.mark('results-updated'));
    return () => cancelAnimationFrame(frame);
  }, [result]);
  return null;
}
