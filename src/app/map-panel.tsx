// The map column's content: the map with its layers and the unit strip below it. A file of its
// own so that Leaflet and everything drawn with it come in a lazy chunk (lazy-views.tsx): the page
// (and the build-time shell, prerender.tsx) renders without it.
// Leaflet's own rules first, so the features' rules after them win (as when main.tsx loaded it)
import 'leaflet/dist/leaflet.css';
import { useCallback } from 'react';
import { useBoundaries } from '../data/use-boundaries';
import { useGazetteer } from '../data/use-gazetteer';
import { formatUnitName, unitTypeKey } from '../data/unit-text';
import { BoundaryLayers } from '../features/boundaries/boundary-layers';
import { MapFitCommand } from '../features/map/fit-bounds';
import type { MapViewState } from '../features/map/map-hash';
import { MapView } from '../features/map/map-view';
import { usePracticeUnitCounts } from '../features/practices/map/practice-map-counts';
import {
  PracticeMarkersLayer,
  PracticeMarkersLegend,
} from '../features/practices/map/practice-markers-layer';
import { PracticeSelectionLayer } from '../features/practices/map/practice-selection-layer';
import { useT } from '../hooks/use-t';
import { useUnitSelectionStore } from '../stores/unit-selection-store';
import { useViewStore } from '../stores/use-view-store';
import { markMapReady } from '../utils/performance-marks';
import { MapLoading } from './lazy-views';
import { ErrorBoundary } from './error-boundary';
import { FitPlaceAtStart, SelectionHighlight, ShownUnitInfo } from './map-connectors';

export interface MapPanelProps {
  /** The map view the link asked for, or null for Poland (read once). */
  initialMapView: MapViewState | null;
}

export function MapPanel({ initialMapView }: MapPanelProps) {
  const t = useT();
  const { data: gazetteer } = useGazetteer();
  const { isPending: boundariesPending } = useBoundaries();
  const hoverUnit = useUnitSelectionStore((state) => state.hoverUnit);
  const openPlace = useViewStore((state) => state.openPlace);
  const unitCounts = usePracticeUnitCounts();
  const embed = useViewStore((state) => state.embed);
  const tooltipText = useCallback(
    (terc: string) => {
      const unit = gazetteer?.lookup(terc);
      return unit ? `${formatUnitName(unit, t)} (${t(unitTypeKey(unit))})` : terc;
    },
    [gazetteer, t],
  );
  return (
    <>
      <ErrorBoundary>
        <MapView
          initialView={initialMapView}
          overlay={boundariesPending ? <MapLoading /> : null}
          cooperativeGestures={embed}
        >
          <BoundaryLayers
            tooltipText={tooltipText}
            onUnitHover={hoverUnit}
            onUnitClick={openPlace}
            onDrawn={markMapReady}
            unitCounts={unitCounts}
          />
          <SelectionHighlight />
          <PracticeMarkersLayer />
          <PracticeMarkersLegend />
          {/* a link that gives the map view keeps it; otherwise the open practice is fitted */}
          <PracticeSelectionLayer fitInitial={initialMapView === null} />
          <MapFitCommand />
          <FitPlaceAtStart enabled={initialMapView === null} />
        </MapView>
      </ErrorBoundary>
      <ShownUnitInfo />
    </>
  );
}
