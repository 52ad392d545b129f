import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * MapContainer passes only id, className and style to its element; the test id and the
 * accessible name (a region landmark: the container is focusable for keyboard panning) are set
 * here.
 */
export function MapContainerAttributes({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('data-testid', 'map');
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
  }, [map, label]);
  return null;
}
