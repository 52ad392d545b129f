// Outlines the given units above all boundaries (the unit pointed at or chosen; later, a
// practice's territory). Small and remounted with a `key` whenever the set changes.
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { MAP_PANES } from '../../config/map';
import type { BoundaryFeature } from '../../data/decode-boundaries';
import { useDetailedBoundaries } from '../../data/use-detailed-boundaries';
import { HIGHLIGHT_STYLE } from './boundary-style';

export function UnitHighlightLayer({ tercs }: { tercs: readonly string[] }) {
  const { data } = useDetailedBoundaries();
  const key = tercs.join(',');
  const collection = useMemo((): GeoJSON.FeatureCollection | null => {
    if (!data || key === '') return null;
    const features = key
      .split(',')
      .map((terc) => data.feature(terc))
      .filter((item): item is BoundaryFeature => item !== undefined);
    return features.length > 0 ? { type: 'FeatureCollection', features } : null;
  }, [data, key]);
  return collection ? (
    <GeoJSON
      key={`${data?.version}:${key}`}
      pane={MAP_PANES.highlight.name}
      data={collection}
      style={HIGHLIGHT_STYLE}
      interactive={false}
    />
  ) : null;
}
