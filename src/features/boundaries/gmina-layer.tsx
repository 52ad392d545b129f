import { LevelLayer, type LevelLayerProps } from './level-layer';

/** Gmina boundaries: drawn from zoom 8 (LEVEL_MIN_ZOOM); the level the choropleth shades up close. */
export function GminaLayer(props: LevelLayerProps) {
  return <LevelLayer level="gmina" {...props} />;
}
