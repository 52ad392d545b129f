// The open practice on the map: every unit of its territory highlighted (gminy, or the powiat or
// voivodeship polygons when the territory names those), a link from the leading unit to each
// partner that is a place, coloured and dashed by sector, the partners that are not places round
// the leading unit (practice-partners-layer.tsx), with a legend; the map fits them.
// Reads the view store, the practices index, the gazetteer and the boundaries; never fetches.
// The Leaflet objects of one practice are created together and removed together.
import {
  canvas,
  circleMarker,
  geoJSON,
  polyline,
  type GeoJSONOptions,
  type Layer,
  type PathOptions,
  type Renderer,
} from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { FIT_MAX_ZOOM, MAP_LEGEND, MAP_PANES } from '../../../config/map';
import { areaKnownOnlyAt } from '../../../data/area-precision';
import type { BoundaryFeature } from '../../../data/decode-boundaries';
import { useDetailedBoundaries } from '../../../data/use-detailed-boundaries';
import { useGazetteer } from '../../../data/use-gazetteer';
import { MapLegendSection } from '../../../lib/map-legend';
import '../../../lib/leaflet-canvas-redraw-guard';
import { useViewStore } from '../../../stores/use-view-store';
import { markPracticeOpened } from '../../../utils/performance-marks';
import { SECTORS } from '../../../data/vocabularies';
import { buildPracticeGeometry } from './practice-map-links';
import { PracticePartnersLayer } from './practice-partners-layer';
import { PracticeSelectionLegend } from './practice-map-legend';
import {
  LEADER_MARKER,
  LINK_HALO,
  linkOptions,
  PARTNER_MARKER,
  ROUGH_TERRITORY_FILL,
  ROUGH_TERRITORY_OUTLINE,
  TERRITORY_FILL,
  TERRITORY_OUTLINE,
} from './practice-map-style';
import { usePracticeIndex } from '../use-practice-results';
import { controlAwareFitOptions, fitBoundsWhenSettled } from '../../../lib/control-aware-padding';

interface PracticeSelectionLayerProps {
  /**
   * Fit the map to a practice that is already open when the layer mounts (default true). Pass
   * false when the link also gave the map view, so the link's view is kept; practices opened
   * later are always fitted.
   */
  fitInitial?: boolean;
}

export function PracticeSelectionLayer({ fitInitial = true }: PracticeSelectionLayerProps) {
  const map = useMap();
  const practiceId = useViewStore((state) => state.practice);
  const index = usePracticeIndex();
  const { data: gazetteer } = useGazetteer();
  const { data: boundaries } = useDetailedBoundaries();
  const [renderers] = useState(() => ({
    territory: canvas({ pane: MAP_PANES.practiceTerritory.name }),
    outline: canvas({ pane: MAP_PANES.practiceTerritoryOutline.name }),
    links: canvas({ pane: MAP_PANES.practiceLinks.name }),
  }));
  useEffect(
    () => () => {
      renderers.territory.remove();
      renderers.outline.remove();
      renderers.links.remove();
    },
    [renderers],
  );

  const practice = useMemo(() => {
    const p = practiceId === null ? undefined : index?.indexById.get(practiceId);
    return p === undefined ? null : (index?.practices[p] ?? null);
  }, [index, practiceId]);
  const geometry = useMemo(
    () => (practice && gazetteer ? buildPracticeGeometry(practice, gazetteer.lookup) : null),
    [practice, gazetteer],
  );

  // Links and the leading unit: with the gazetteer.
  useEffect(() => {
    if (!geometry) return;
    const layers: Layer[] = geometry.links.flatMap((link) => [
      polyline([link.from, link.to], { ...LINK_HALO, renderer: renderers.links }),
      polyline([link.from, link.to], { ...linkOptions(link.sector), renderer: renderers.links }),
    ]);
    for (const link of geometry.links) {
      layers.push(circleMarker(link.to, { ...PARTNER_MARKER, renderer: renderers.links }));
    }
    if (geometry.leader) {
      layers.push(circleMarker(geometry.leader, { ...LEADER_MARKER, renderer: renderers.links }));
    }
    for (const layer of layers) layer.addTo(map);
    const frame = requestAnimationFrame(() => markPracticeOpened());
    return () => {
      cancelAnimationFrame(frame);
      for (const layer of layers) layer.remove();
    };
  }, [geometry, map, renderers]);

  // The territory: with the boundaries (which may arrive later).
  const territoryKey = geometry?.territory.join(',') ?? '';
  const roughArea = practice ? areaKnownOnlyAt(practice) : null;
  useEffect(() => {
    if (!boundaries || territoryKey === '') return;
    const features = territoryKey
      .split(',')
      .map((terc) => boundaries.feature(terc))
      .filter((item): item is BoundaryFeature => item !== undefined);
    // the options reach each polygon, the renderer (pane canvas) among them
    const collection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features };
    const layerOf = (style: PathOptions, renderer: Renderer) => {
      const options: GeoJSONOptions & PathOptions = {
        style: () => style,
        interactive: false,
        renderer,
      };
      return geoJSON(collection, options).addTo(map);
    };
    // an area known only roughly is drawn so, not as if every gmina in it took part
    const rough = roughArea !== null;
    const layers = [
      layerOf(rough ? ROUGH_TERRITORY_FILL : TERRITORY_FILL, renderers.territory),
      layerOf(rough ? ROUGH_TERRITORY_OUTLINE : TERRITORY_OUTLINE, renderers.outline),
    ];
    map
      .getPane(MAP_PANES.practiceTerritory.name)
      ?.setAttribute('data-feature-count', String(features.length));
    return () => {
      for (const layer of layers) layer.remove();
      map.getPane(MAP_PANES.practiceTerritory.name)?.removeAttribute('data-feature-count');
    };
  }, [boundaries, map, renderers, territoryKey, roughArea]);

  // Fit once per opened practice (not again when data reloads).
  const fitted = useRef<string | null>(fitInitial ? null : practiceId);
  const bounds = geometry?.bounds ?? null;
  useEffect(() => {
    if (!practiceId) {
      fitted.current = null;
      return;
    }
    if (!bounds || fitted.current === practiceId) return;
    fitted.current = practiceId;
    fitBoundsWhenSettled(map, bounds, { ...controlAwareFitOptions(map), maxZoom: FIT_MAX_ZOOM });
  }, [bounds, map, practiceId]);

  const partnerSectors = useMemo(
    () => SECTORS.filter((sector) => geometry?.unplaced.some((p) => p.sector === sector)),
    [geometry],
  );

  return geometry && practiceId ? (
    <>
      {geometry.leader && geometry.unplaced.length > 0 && (
        <PracticePartnersLayer
          practiceId={practiceId}
          leader={geometry.leader}
          partners={geometry.unplaced}
          linkRenderer={renderers.links}
        />
      )}
      <MapLegendSection order={MAP_LEGEND.order.selection}>
        <PracticeSelectionLegend
          sectors={geometry.sectors}
          partnerSectors={partnerSectors}
          roughArea={roughArea}
        />
      </MapLegendSection>
    </>
  ) : null;
}
