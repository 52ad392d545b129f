// What every level's layer shares: it reads the decoded boundaries (never fetches), lives in its
// own pane from config, and builds its style once per `fillFor`.
import { useMemo } from 'react';
import { Pane } from 'react-leaflet';
import { MAP_PANES } from '../../config/map';
import { useBoundaries } from '../../data/use-boundaries';
import type { UnitLevel } from '../../data/terc';
import { BoundaryLayer, type BoundaryLayerProps } from './boundary-layer';
import { createBoundaryStyle, type FillFor } from './boundary-style';

export type LevelLayerProps = Omit<BoundaryLayerProps, 'level' | 'collection' | 'style'> & {
  /** Shades units (the explorer's choropleth); keep it stable (useCallback) or it restyles. */
  fillFor?: FillFor;
};

export function LevelLayer({ level, fillFor, ...props }: LevelLayerProps & { level: UnitLevel }) {
  const { data } = useBoundaries();
  const style = useMemo(() => createBoundaryStyle(level, fillFor), [level, fillFor]);
  if (!data) return null;
  const pane = MAP_PANES[level];
  return (
    <Pane name={pane.name} style={{ zIndex: pane.zIndex }}>
      {/* new data → new Leaflet layer */}
      <BoundaryLayer
        key={data.version}
        level={level}
        collection={data.levels[level]}
        style={style}
        {...props}
      />
    </Pane>
  );
}
