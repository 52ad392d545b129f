// The map: container fitted to Poland (or to the view from the link), the base tiles, the panes
// declared in config, and whatever layers the app composes into them.
import { useCallback, useState, type ReactNode } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import {
  legendStartsOpen,
  MAP_LEGEND,
  MAP_PANES,
  MAX_ZOOM,
  MIN_ZOOM,
  POLAND_BOUNDS,
} from '../../config/map';
import { useOneTaskLater } from '../../hooks/use-one-task-later';
import { useLanguage, useT } from '../../hooks/use-t';
import '../../lib/leaflet-canvas-redraw-guard';
import { MapControl } from '../../lib/map-control';
import { MapLegend } from '../../lib/map-legend';
import { MapPanes } from '../../lib/map-panes';
import { BaseTiles } from './base-tiles';
import { CooperativeGestures } from './cooperative-gestures';
import { InvalidateSizeOnResize } from './invalidate-size-on-resize';
import { MapContainerAttributes } from './map-container-attributes';
import type { MapViewState } from './map-hash';
import { MapHashSync } from './map-hash-sync';
import { MapViewportSync } from './map-viewport-sync';
import './map-view.css';

interface MapViewProps {
  /** From the link; null opens fitted to Poland. Read once: later changes are ignored. */
  initialView: MapViewState | null;
  /** Shown over the map, outside Leaflet's container (loading and status notes). */
  overlay?: ReactNode;
  /** Inside another site's page (the embed): the wheel and one finger scroll the page. */
  cooperativeGestures?: boolean;
  children?: ReactNode;
}

export function MapView({
  initialView,
  overlay,
  cooperativeGestures = false,
  children,
}: MapViewProps) {
  const t = useT();
  const language = useLanguage();
  const [tilesAvailable, setTilesAvailable] = useState(true);
  const handleTiles = useCallback((ok: boolean) => setTilesAvailable(ok), []);
  // the layers mount a task after Leaflet made the map: on a phone's CPU the map's setup and
  // every layer's (drawn at once when the data is already here) were one long task
  const layersLater = useOneTaskLater();
  const view = initialView
    ? { center: [initialView.lat, initialView.lng] as [number, number], zoom: initialView.zoom }
    : { bounds: POLAND_BOUNDS };
  return (
    <div className="map-frame">
      <MapContainer
        className="map"
        {...view}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        // polygons on canvas: thousands of gminy stay fast
        preferCanvas
        zoomControl={false}
        // off from the start in the embed, so the first touch already scrolls the host page
        scrollWheelZoom={!cooperativeGestures}
        dragging={!cooperativeGestures}
      >
        {cooperativeGestures && <CooperativeGestures />}
        <MapContainerAttributes label={t('map.label')} />
        {/* Leaflet controls are built once: a new language builds a new one */}
        <ZoomControl
          key={language}
          position="topleft"
          zoomInTitle={t('map.zoomIn')}
          zoomOutTitle={t('map.zoomOut')}
        />
        <InvalidateSizeOnResize />
        <BaseTiles onAvailabilityChange={handleTiles} />
        <MapHashSync />
        <MapViewportSync />
        {/* every pane from config, in z-order, before the layers that draw into them; the
            layers' legend sections gather in one legend control */}
        <MapLegend
          title={t('map.legend')}
          position={MAP_LEGEND.position}
          startsOpen={legendStartsOpen}
        >
          <MapPanes panes={MAP_PANES}>{layersLater && children}</MapPanes>
        </MapLegend>
        {!tilesAvailable && (
          // a control, so it stacks with the attribution instead of lying over the legends
          <MapControl position="bottomright">
            <p className="map-notice map-notice--control" role="status">
              {t('map.tilesUnavailable')}
            </p>
          </MapControl>
        )}
      </MapContainer>
      {overlay}
    </div>
  );
}
