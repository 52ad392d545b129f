// The raster base map. Tiles are decoration: when they fail (offline, blocked) the boundaries
// above still draw and the map works; `onAvailabilityChange` lets the UI say so.
import { useMemo, useRef } from 'react';
import { TileLayer } from 'react-leaflet';
import { TILES } from '../../config/map';

export function BaseTiles({
  onAvailabilityChange,
}: {
  onAvailabilityChange: (ok: boolean) => void;
}) {
  const loadedAny = useRef(false);
  const eventHandlers = useMemo(
    () => ({
      tileload: () => {
        loadedAny.current = true;
        onAvailabilityChange(true);
      },
      tileerror: () => {
        if (!loadedAny.current) onAvailabilityChange(false);
      },
    }),
    [onAvailabilityChange],
  );
  return (
    <TileLayer
      url={TILES.url}
      attribution={TILES.attribution}
      eventHandlers={eventHandlers}
      // ask only for tiles on screen; keeps failed requests few when offline
      keepBuffer={1}
    />
  );
}
