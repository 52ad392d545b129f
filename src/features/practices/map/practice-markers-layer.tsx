// The matching practices as markers at their leading units, clustered where they crowd,
// coloured by type (with a letter), with a legend. Reads the one shared filter result; never
// fetches. Clusters are rebuilt once per filter result and queried on every moveend.
// Clicking a practice opens it; clicking a cluster zooms in; hovering syncs with the list.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { legendsStartOpen, MAP_PANES } from '../../../config/map';
import { practicesQueryOptions } from '../../../data/practices-query';
import { useGazetteer } from '../../../data/use-gazetteer';
import { formatPracticeCount } from '../../../i18n/plural';
import { useLanguage, useT } from '../../../hooks/use-t';
import { MapControl } from '../../../lib/map-control';
import { usePracticeHoverStore } from '../../../stores/practice-hover-store';
import { viewStore } from '../../../stores/use-view-store';
import { holdMapReady } from '../../../utils/performance-marks';
import type { FilterResult } from '../engine/filter-practices';
import type { PracticeIndex } from '../engine/practice-index';
import { buildPlaceClusters, groupByLeader, type MarkerItem } from './practice-map-clusters';
import { PracticeTypeLegend } from './practice-map-legend';
import { PracticeMarkerView, type MarkerData } from './practice-map-markers';
import { usePracticeResults } from '../use-practice-results';
import './practice-map.css';

const markerData = new WeakMap<FilterResult, MarkerData>();

/** Places and clusters of a filter result, built once per result whoever asks. */
export function markerDataFor(index: PracticeIndex, result: FilterResult): MarkerData {
  const cached = markerData.get(result);
  if (cached && cached.index === index) return cached;
  const groups = groupByLeader(index, result.matches);
  const data = { index, groups, clusters: buildPlaceClusters(index, groups) };
  markerData.set(result, data);
  return data;
}

interface PracticeMarkersLayerProps {
  /** Show the practice-type legend (default true). */
  legend?: boolean;
  /** Called after each redraw with what is drawn (tests, diagnostics). */
  onUpdate?: (items: readonly MarkerItem[]) => void;
}

export function PracticeMarkersLayer({ legend = true, onUpdate }: PracticeMarkersLayerProps) {
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

  const describe = useEffectEvent((item: MarkerItem, current: MarkerData): string => {
    if (item.kind === 'practice') return current.index.practices[item.practice]?.title ?? '';
    const practices = formatPracticeCount(t, language, item.count);
    if (item.kind === 'cluster') return t('practiceMap.cluster', { practices });
    const place = current.index.units[current.groups.units[item.group] ?? -1]?.name ?? '';
    return t('practiceMap.stack', { place, practices });
  });
  const open = useEffectEvent((practice: number) => {
    const id = index?.practices[practice]?.id;
    if (id) viewStore.getState().openPractice(id);
  });
  const hover = useEffectEvent((practice: number | null) => {
    setHovered(practice === null ? null : (index?.practices[practice]?.id ?? null));
  });
  const updated = useEffectEvent((items: readonly MarkerItem[]) => onUpdate?.(items));

  // Created once per map; attached while mounted; data and highlight are pushed into it.
  const [view] = useState(() => new PracticeMarkerView(map, MAP_PANES.practiceMarkers));
  useEffect(() => {
    view.attach({
      onOpen: (practice) => open(practice),
      onHover: (practice) => hover(practice),
      describe: (item, current) => describe(item, current),
      onUpdate: (items) => updated(items),
    });
    return () => view.detach();
  }, [view]);

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
    view.setData(data);
    if (!data) return;
    // Leaflet draws the canvas in the next animation frame; this one runs after it.
    const releaseHold = release.current;
    const frame = requestAnimationFrame(() => releaseHold?.());
    return () => cancelAnimationFrame(frame);
  }, [view, data]);

  // On a short map (a phone) the legend starts folded, so it does not cover the markers.
  const [legendOpen] = useState(() => legendsStartOpen(map.getSize().y));

  const hoveredPractice = hoveredId === null ? null : (index?.indexById.get(hoveredId) ?? null);
  useEffect(() => {
    view.setHighlightedPractice(hoveredPractice);
  }, [view, hoveredPractice, data]);

  return legend ? (
    <MapControl position="bottomleft" className="practice-map-legend">
      <PracticeTypeLegend defaultOpen={legendOpen} />
    </MapControl>
  ) : null;
}
