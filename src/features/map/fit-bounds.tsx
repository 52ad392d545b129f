import type { LatLngBoundsLiteral } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { FIT_MAX_ZOOM } from '../../config/map';
import { controlAwareFitOptions } from '../../lib/control-aware-padding';

export interface FitTarget {
  /** A new key moves the map, even to the same bounds again. */
  key: string;
  bounds: LatLngBoundsLiteral;
}

/** Moves the map to `target` from inside the map, once per target key. */
export function FitBounds({ target }: { target: FitTarget | null }) {
  const map = useMap();
  const fitted = useRef<string | null>(null);
  useEffect(() => {
    if (!target || fitted.current === target.key) return;
    fitted.current = target.key;
    map.fitBounds(target.bounds, { ...controlAwareFitOptions(map), maxZoom: FIT_MAX_ZOOM });
  }, [map, target]);
  return null;
}
