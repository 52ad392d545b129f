// The matching practices as markers at their leading units, clustered where they crowd,
// coloured by type (with a letter). Reads the one shared filter result; never fetches. Clusters
// are built once per filter result and queried on every move, on one canvas
// (lib/canvas-hit-layer). Clicking a practice opens it; clicking a cluster or a stack zooms in;
// hovering syncs with the list. `map-ready` waits for the first markers.
import { useQuery } from '@tanstack/react-query';
import { latLng, type LatLng, type Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { MAP_LEGEND, MAP_PANES } from '../../../config/map';
import { practicesQueryOptions } from '../../../data/practices-query';
import { useGazetteer } from '../../../data/use-gazetteer';
import { useLanguage, useT } from '../../../hooks/use-t';
import { formatPracticeCount } from '../../../i18n/plural';
import {
  CanvasHitMarkers,
  type HitMarker,
  type MarkerEvent,
  type MarkersDrawnEvent,
} from '../../../lib/canvas-hit-layer';
import { MapLegendSection } from '../../../lib/map-legend';
import { usePracticeHoverStore } from '../../../stores/practice-hover-store';
import { useViewStore, viewStore } from '../../../stores/use-view-store';
import { holdMapReady } from '../../../utils/performance-marks';
import { usePracticeViewsMemory } from '../practice-views-memory';
import { usePracticeResults } from '../use-practice-results';
import {
  FAN_ZOOM,
  markerDataFor,
  queryMarkers,
  type BBox,
  type MarkerData,
  type MarkerItem,
} from './practice-map-clusters';
import { PracticeTypeLegend } from './practice-map-legend';
import { clusterMarkerOptions, practiceMarkerOptions } from './practice-map-style';
import './practice-map.css';

/** Where an item stands: fanned out practices keep their screen offset from their place. */
function positionOf(map: LeafletMap, item: MarkerItem): LatLng {
  const [dx, dy] = item.kind === 'practice' ? item.offset : [0, 0];
  if (dx === 0 && dy === 0) return latLng(item.lat, item.lng);
  const zoom = map.getZoom();
  return map.unproject(map.project([item.lat, item.lng], zoom).add([dx, dy]), zoom);
}

/** The markers of the map's view (a quarter beyond each edge, so a short pan shows no gap). */
function markersInView(map: LeafletMap, data: MarkerData | null): HitMarker<MarkerItem>[] {
  if (!data) return [];
  const bounds = map.getBounds().pad(0.25);
  const bbox: BBox = [
    Math.max(-180, bounds.getWest()),
    Math.max(-85, bounds.getSouth()),
    Math.min(180, bounds.getEast()),
    Math.min(85, bounds.getNorth()),
  ];
  return queryMarkers(data.clusters, data.groups, bbox, map.getZoom()).map((item) => ({
    key: item.key,
    item,
    latLng: positionOf(map, item),
  }));
}

/** Whether the marker stands for this practice (its own, or its place's stack or cluster). */
function holdsPractice(item: MarkerItem, practice: number, data: MarkerData): boolean {
  if (item.kind === 'practice') return item.practice === practice;
  const group = data.groups.groupOfPractice[practice] ?? -1;
  return item.kind === 'stack' ? item.group === group : item.groups.includes(group);
}

export function PracticeMarkersLayer({
  onUpdate,
}: {
  /** Called after each redraw with what is drawn (tests, diagnostics). */
  onUpdate?: (items: readonly MarkerItem[]) => void;
}) {
  const map = useMap();
  const t = useT();
  const language = useLanguage();
  const results = usePracticeResults();
  const practicesFailed = useQuery(practicesQueryOptions()).isError;
  const gazetteerFailed = useGazetteer().isError;
  const hoveredId = usePracticeHoverStore((state) => state.hoveredId);
  const setHovered = usePracticeHoverStore((state) => state.setHovered);

  const index = results?.index;
  const result = results?.result;
  const data = useMemo(
    () => (index && result ? markerDataFor(index, result) : null),
    [index, result],
  );

  // The layer's mutable props: a new one redraws (data, style) or applies (text, highlight).
  const inView = useCallback((current: LeafletMap) => markersInView(current, data), [data]);
  const style = useCallback(
    (item: MarkerItem, highlighted: boolean) =>
      item.kind === 'practice'
        ? practiceMarkerOptions(
            index?.practices[item.practice]?.type ?? 'inter-municipal-cooperation',
            highlighted,
          )
        : clusterMarkerOptions(item.count, highlighted),
    [index],
  );
  const tooltipText = useCallback(
    (item: MarkerItem) => {
      if (item.kind === 'practice') return index?.practices[item.practice]?.title ?? '';
      const practices = formatPracticeCount(t, language, item.count);
      if (item.kind === 'cluster') return t('practiceMap.cluster', { practices });
      const place = index?.units[data?.groups.units[item.group] ?? -1]?.name ?? '';
      return t('practiceMap.stack', { place, practices });
    },
    [data, index, language, t],
  );
  const hovered = hoveredId === null ? undefined : index?.indexById.get(hoveredId);
  const highlight = useMemo(
    () =>
      hovered === undefined || !data
        ? undefined
        : (item: MarkerItem) => holdsPractice(item, hovered, data),
    [data, hovered],
  );

  const eventHandlers = useMemo(
    () => ({
      markerclick: ({ item }: MarkerEvent<MarkerItem>) => {
        if (item.kind === 'practice') {
          const id = index?.practices[item.practice]?.id;
          if (!id) return;
          // closing it returns focus to its row in the list, as when opened from the list
          usePracticeViewsMemory.getState().rememberOpenedFromList(id);
          viewStore.getState().openPractice(id);
        } else if (item.kind === 'cluster' && data) {
          const zoom = Math.min(
            data.clusters.getClusterExpansionZoom(item.clusterId),
            map.getMaxZoom(),
          );
          map.setView([item.lat, item.lng], Math.max(zoom, map.getZoom() + 1));
        } else if (map.getZoom() < FAN_ZOOM) {
          map.setView([item.lat, item.lng], FAN_ZOOM);
        }
      },
      markerover: ({ item }: MarkerEvent<MarkerItem>) => {
        if (item.kind === 'practice') setHovered(index?.practices[item.practice]?.id ?? null);
      },
      markerout: () => setHovered(null),
      markersdrawn: ({ items }: MarkersDrawnEvent<MarkerItem>) => onUpdate?.(items),
    }),
    [data, index, map, onUpdate, setHovered],
  );

  // map-ready waits for the first markers (or for the data to fail).
  const release = useRef<(() => void) | null>(null);
  useEffect(() => {
    const releaseHold = holdMapReady();
    release.current = releaseHold;
    return () => {
      release.current = null;
      releaseHold();
    };
  }, []);
  useEffect(() => {
    if (practicesFailed || gazetteerFailed) release.current?.();
  }, [practicesFailed, gazetteerFailed]);
  useEffect(() => {
    if (!data) return;
    // The layer has drawn (its effects run before this one); Leaflet paints the canvas in the
    // next animation frame, and this one runs after it.
    const releaseHold = release.current;
    const frame = requestAnimationFrame(() => releaseHold?.());
    return () => cancelAnimationFrame(frame);
  }, [data]);

  return (
    <CanvasHitMarkers
      pane={MAP_PANES.practiceMarkers.name}
      markersInView={inView}
      style={style}
      tooltipText={tooltipText}
      highlight={highlight}
      className="practice-marker"
      eventHandlers={eventHandlers}
    />
  );
}

/** The layer's legend (types and clusters), composed beside it. */
export function PracticeMarkersLegend() {
  // folded while a practice is open: the legend then explains the practice, and stays small
  const practiceOpen = useViewStore((state) => state.practice !== null);
  return (
    <MapLegendSection order={MAP_LEGEND.order.types}>
      <PracticeTypeLegend open={!practiceOpen} />
    </MapLegendSection>
  );
}
