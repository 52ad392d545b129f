// Lets the rest of the app move the map (fit a chosen unit) without holding the map: while it is
// mounted, this registers the map's fit with the map commands store.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { FIT_MAX_ZOOM } from '../../config/map';
import { controlAwareFitOptions, fitBoundsWhenSettled } from '../../lib/control-aware-padding';
import { useMapCommandsStore } from '../../stores/map-commands-store';

/** Registers, from inside the map, how `fitTo` moves it; nothing to render. */
export function MapFitCommand() {
  const map = useMap();
  const registerFitMap = useMapCommandsStore((state) => state.registerFitMap);
  useEffect(() => {
    registerFitMap(([west, south, east, north]) =>
      fitBoundsWhenSettled(
        map,
        [
          [south, west],
          [north, east],
        ],
        { ...controlAwareFitOptions(map), maxZoom: FIT_MAX_ZOOM },
      ),
    );
    return () => registerFitMap(null);
  }, [map, registerFitMap]);
  return null;
}
