// What every level's layer shares: it reads the decoded boundaries (never fetches; a new detail
// file arriving gives a new version, so a new Leaflet layer), lives in its
// own pane from config, builds its style once per `fillFor`, and is created on first display.
import { useEffect, useMemo, useState } from 'react';
import { MAP_PANES } from '../../config/map';
import { useDetailedBoundaries } from '../../data/use-detailed-boundaries';
import { whenIdle } from '../../utils/when-idle';
import type { UnitLevel } from '../../data/terc';
import { BoundaryLayer, type BoundaryLayerProps } from './boundary-layer';
import { createBoundaryStyle, type FillFor } from './boundary-style';

export type LevelLayerProps = Omit<
  BoundaryLayerProps,
  'level' | 'collection' | 'style' | 'pane'
> & {
  /** Shades units (the explorer's choropleth); keep it stable (useCallback) or it restyles. */
  fillFor?: FillFor;
};

export function LevelLayer({ level, fillFor, ...props }: LevelLayerProps & { level: UnitLevel }) {
  // light borders, with full detail for the voivodeships seen from close up once loaded
  const { data } = useDetailedBoundaries();
  const style = useMemo(() => createBoundaryStyle(level, fillFor), [level, fillFor]);
  // Built when first drawn or when the browser is next idle after the first load, whichever
  // comes first (so the first load builds only what it shows, and the first zoom-in does not
  // wait); then kept: zooming back and forth adds and removes the same Leaflet layer.
  const [needed, setNeeded] = useState(props.visible);
  if (props.visible && !needed) setNeeded(true);
  const loaded = data !== undefined;
  useEffect(() => {
    if (!loaded || needed) return;
    return whenIdle(() => setNeeded(true));
  }, [loaded, needed]);
  if (!data || !needed) return null;
  return (
    // new data → new Leaflet layer
    <BoundaryLayer
      key={data.version}
      level={level}
      pane={MAP_PANES[level].name}
      collection={data.level(level)}
      style={style}
      {...props}
    />
  );
}
