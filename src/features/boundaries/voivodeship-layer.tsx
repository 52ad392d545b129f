import { LevelLayer, type LevelLayerProps } from './level-layer';

/** Voivodeship outlines: drawn at every zoom, the top of the boundary panes. */
export function VoivodeshipLayer(props: LevelLayerProps) {
  return <LevelLayer level="voivodeship" {...props} />;
}
