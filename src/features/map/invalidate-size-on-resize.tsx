import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Leaflet only watches the window; the panel can resize the map's box on its own. */
export function InvalidateSizeOnResize() {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
