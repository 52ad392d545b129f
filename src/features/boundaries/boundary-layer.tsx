// One level of boundaries as a single Leaflet GeoJSON layer on the canvas of its pane.
// The Leaflet objects are created once per mount: `collection` and `level` are immutable (give
// the component a new `key` for new data); `style` and `visible`/`interactive` are applied to
// the existing layer. Handlers are read when events fire, so they need not be stable.
import { geoJSON, type Layer, type LeafletMouseEvent, type PathOptions } from 'leaflet';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundaryCollection } from '../../data/decode-boundaries';
import type { UnitLevel } from '../../data/terc';

export interface BoundaryLayerProps {
  level: UnitLevel;
  /** The level's own pane (created with the map), whose canvas only this layer draws on. */
  pane: string;
  collection: BoundaryCollection;
  style: (feature?: GeoJSON.Feature) => PathOptions;
  /** Drawn at the current zoom. A hidden layer is off the map (nothing to draw or hit-test). */
  visible: boolean;
  /** Answers hover and click (only the finest visible level does). */
  interactive: boolean;
  tooltipText?: (terc: string) => string;
  onUnitHover?: (terc: string | null) => void;
  onUnitClick?: (terc: string) => void;
  /** Called each time the layer is put on the map, with the number of features it holds. */
  onShown?: (level: UnitLevel, featureCount: number) => void;
}

/**
 * Features put into the layer per task. On the map each one is projected and clipped at once:
 * 2,477 gminy in one go are a long task of ~400 ms on a phone's CPU; parts of this size ~50 ms.
 */
const FEATURES_PER_TASK = 300;

function tercOf(layer: Layer | undefined): string | null {
  const id = (layer as { feature?: GeoJSON.Feature } | undefined)?.feature?.id;
  return id === undefined ? null : String(id);
}

export function BoundaryLayer({
  level,
  pane,
  collection,
  style,
  visible,
  interactive,
  tooltipText,
  onUnitHover,
  onUnitClick,
  onShown,
}: BoundaryLayerProps) {
  const map = useMap();
  // Created once, empty; `style` at creation time, later changes go through setStyle below.
  const [layer] = useState(() => geoJSON(undefined, { pane, style }));
  // The features go in a part per task (on the map, if shown: each part is drawn as it comes);
  // the layer counts as shown once all are in.
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const addPart = () => {
      const part: GeoJSON.FeatureCollection = {
        type: 'FeatureCollection',
        features: collection.features.slice(next, next + FEATURES_PER_TASK),
      };
      layer.addData(part);
      next += part.features.length;
      if (next < collection.features.length) timer = setTimeout(addPart, 0);
      else setComplete(true);
    };
    addPart();
    return () => {
      clearTimeout(timer);
      layer.clearLayers();
    };
  }, [layer, collection]);

  const hover = useEffectEvent((terc: string | null) => onUnitHover?.(terc));
  const click = useEffectEvent((terc: string) => onUnitClick?.(terc));
  const tooltip = useEffectEvent((terc: string) => tooltipText?.(terc) ?? terc);
  const shown = useEffectEvent((count: number) => onShown?.(level, count));

  useEffect(() => {
    const handlers = {
      mouseover: (event: LeafletMouseEvent) => hover(tercOf(event.propagatedFrom)),
      mouseout: () => hover(null),
      click: (event: LeafletMouseEvent) => {
        const terc = tercOf(event.propagatedFrom);
        if (terc) click(terc);
      },
    };
    layer.on(handlers);
    // Text, never HTML: names come from data.
    layer.bindTooltip(
      (source) => {
        const element = document.createElement('span');
        element.textContent = tooltip(tercOf(source) ?? '');
        return element;
      },
      { sticky: true, direction: 'top', offset: [0, -10], className: 'unit-tooltip' },
    );
    return () => {
      layer.off(handlers);
      layer.unbindTooltip();
    };
  }, [layer]);

  useEffect(() => {
    if (!visible) return;
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [layer, map, visible]);

  useEffect(() => {
    if (!visible || !complete) return;
    const paneElement = map.getPane(pane);
    paneElement?.setAttribute('data-feature-count', String(layer.getLayers().length));
    shown(layer.getLayers().length);
    return () => paneElement?.removeAttribute('data-feature-count');
  }, [complete, layer, map, pane, visible]);

  useEffect(() => {
    // Each level has its own pane and canvas; only the interactive one may take the pointer,
    // or an upper canvas would swallow the events meant for the finer level below it.
    const paneElement = map.getPane(pane);
    if (paneElement) paneElement.style.pointerEvents = interactive ? '' : 'none';
    if (!interactive) {
      layer.closeTooltip();
      hover(null);
    }
  }, [interactive, layer, map, pane]);

  const appliedStyle = useRef(style);
  useEffect(() => {
    // The first style was given at creation; restyle only when it changes (a choropleth update).
    if (appliedStyle.current === style) return;
    appliedStyle.current = style;
    layer.setStyle(style);
  }, [layer, style]);

  return null;
}
