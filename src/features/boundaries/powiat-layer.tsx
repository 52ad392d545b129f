import { LevelLayer, type LevelLayerProps } from './level-layer';

/** Powiat boundaries: drawn from zoom 7 (LEVEL_MIN_ZOOM), above the gminy. */
export function PowiatLayer(props: LevelLayerProps) {
  return <LevelLayer level="powiat" {...props} />;
}
