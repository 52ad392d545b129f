// The three boundary levels, composed: which are drawn and which answers the pointer follows
// the zoom; `onDrawn` fires once, a frame after the levels shown on first load are on the map.
import { useMap } from 'react-leaflet';
import type { UnitLevel } from '../../data/terc';
import { noteLevelShown } from './first-draw';
import { GminaLayer } from './gmina-layer';
import { LandLayer } from './land-layer';
import { PowiatLayer } from './powiat-layer';
import { useMapZoom } from './use-map-zoom';
import { interactiveLevel, visibleLevels } from './visible-levels';
import { VoivodeshipLayer } from './voivodeship-layer';

interface BoundaryLayersProps {
  tooltipText?: (terc: string) => string;
  onUnitHover?: (terc: string | null) => void;
  onUnitClick?: (terc: string) => void;
  onDrawn?: () => void;
  onLevelShown?: (level: UnitLevel, featureCount: number) => void;
}

export function BoundaryLayers({ onDrawn, onLevelShown, ...handlers }: BoundaryLayersProps) {
  const map = useMap();
  const zoom = useMapZoom();
  const visible = visibleLevels(zoom);
  const interactive = interactiveLevel(zoom);

  // Called from the layers' effects, never during render.
  const handleShown = (level: UnitLevel, count: number) => {
    onLevelShown?.(level, count);
    if (noteLevelShown(map, level, visibleLevels(map.getZoom()))) {
      // Leaflet draws its canvases in an animation frame requested when the layer was added;
      // this one runs after that drawing.
      requestAnimationFrame(() => onDrawn?.());
    }
  };

  const layerProps = (level: UnitLevel) => ({
    ...handlers,
    visible: visible.includes(level),
    interactive: interactive === level,
    onShown: handleShown,
  });
  return (
    <>
      <LandLayer />
      <GminaLayer {...layerProps('gmina')} />
      <PowiatLayer {...layerProps('powiat')} />
      <VoivodeshipLayer {...layerProps('voivodeship')} />
    </>
  );
}
