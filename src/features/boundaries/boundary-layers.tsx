// The three boundary levels, composed: which are drawn and which answers the pointer follows
// the zoom; `onDrawn` fires once, a frame after the levels shown on first load are on the map.
// With `unitCounts`, the finest level shown is a choropleth (voivodeships below zoom 7, powiaty
// at 7, gminy from 8), with its legend; coarser levels stay outlines above it.
import { useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { MAP_LEGEND } from '../../config/map';
import type { UnitLevel } from '../../data/terc';
import { useBoundaries } from '../../data/use-boundaries';
import { MapLegendSection } from '../../lib/map-legend';
import { useViewStore } from '../../stores/use-view-store';
import type { FillFor } from './boundary-style';
import { ChoroplethLegend } from './choropleth-legend';
import { choroplethScale, classOf, type UnitCountLookup } from './choropleth';
import { noteLevelShown } from './first-draw';
import { useBoundaryDetailInView } from './detail-in-view';
import { LandLayer } from './land-layer';
import { LevelLayer } from './level-layer';
import { useMapZoom } from './use-map-zoom';
import { interactiveLevel, visibleLevels } from './visible-levels';

interface BoundaryLayersProps {
  tooltipText?: (terc: string) => string;
  onUnitHover?: (terc: string | null) => void;
  onUnitClick?: (terc: string) => void;
  onDrawn?: () => void;
  onLevelShown?: (level: UnitLevel, featureCount: number) => void;
  /**
   * Shades units by a count: a function from a TERC code (any level) to a number, e.g. the
   * matching practices per unit from FilterResult.unitCounts through index.unitIndexByCode.
   * Give a new function when the counts change (the shaded level is restyled in place, its
   * Leaflet layer kept); keep it stable otherwise. null/undefined: outlines only, no legend.
   */
  unitCounts?: UnitCountLookup | null;
  /** Show the choropleth's legend when `unitCounts` is given (default true). */
  choroplethLegend?: boolean;
}

export function BoundaryLayers({
  onDrawn,
  onLevelShown,
  unitCounts,
  choroplethLegend = true,
  ...handlers
}: BoundaryLayersProps) {
  const map = useMap();
  const zoom = useMapZoom();
  const visible = visibleLevels(zoom);
  const interactive = interactiveLevel(zoom);
  const { data } = useBoundaries();
  // full-detail borders for the voivodeships in view from zoom 9 (the levels read them)
  useBoundaryDetailInView();
  const practiceOpen = useViewStore((state) => state.practice !== null);

  // The finest level shown is the one shaded (it is also the one that answers the pointer).
  const shaded = interactive;
  const scale = useMemo(() => {
    if (!data || !unitCounts) return null;
    const codes = data.level(shaded).features.map((feature) => String(feature.id));
    return choroplethScale(shaded, codes, unitCounts);
  }, [data, shaded, unitCounts]);
  const fillFor = useMemo((): FillFor | undefined => {
    if (!scale || !unitCounts) return undefined;
    return (terc) => classOf(scale.classes, unitCounts(terc)).color;
  }, [scale, unitCounts]);

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
    fillFor: level === shaded ? fillFor : undefined,
  });
  return (
    <>
      <LandLayer />
      {/* gminy are drawn from zoom 8, powiaty from 7 (LEVEL_MIN_ZOOM), voivodeships always */}
      <LevelLayer level="gmina" {...layerProps('gmina')} />
      <LevelLayer level="powiat" {...layerProps('powiat')} />
      <LevelLayer level="voivodeship" {...layerProps('voivodeship')} />
      {scale && choroplethLegend && (
        <MapLegendSection order={MAP_LEGEND.order.choropleth}>
          {/* folded while a practice is open, as the marker types: the practice's own legend leads */}
          <ChoroplethLegend scale={scale} open={!practiceOpen} />
        </MapLegendSection>
      )}
    </>
  );
}
