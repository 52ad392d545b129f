// A pale wash over Poland under all boundaries: the country stands out when the base map is
// missing, and the tiles are muted under the thematic layers when they load.
import { GeoJSON } from 'react-leaflet';
import { MAP_PANES } from '../../config/map';
import { useBoundaries } from '../../data/use-boundaries';
import { LAND_STYLE } from './boundary-style';

export function LandLayer() {
  const { data } = useBoundaries();
  return data ? (
    <GeoJSON
      key={data.version}
      pane={MAP_PANES.land.name}
      data={data.land()}
      style={LAND_STYLE}
      interactive={false}
    />
  ) : null;
}
