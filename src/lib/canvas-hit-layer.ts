// Circle markers on one canvas (LabelledCircleMarker: thousands stay cheap), kept by key, that
// answer the pointer without taking it from the layers below. Their pane lets the pointer through
// (a canvas on top would swallow the events of the canvases below), so the layer hit-tests its
// markers itself, in the capture phase on the map container: over a marker it takes the event,
// shows a tooltip and fires `markerover`/`markerout`/`markerclick` with the marker's item;
// elsewhere the event goes on as if the markers were not there. Which markers a view holds,
// their styles and texts come from the caller. <CanvasHitMarkers> is the layer as react-leaflet
// makes layers: created once, mutable props applied by an update function, `eventHandlers`.
import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import {
  Canvas,
  DomUtil,
  Layer,
  Util,
  tooltip as createTooltip,
  type LatLng,
  type LayerOptions,
  type LeafletEvent,
  type LeafletEventHandlerFnMap,
  type Map as LeafletMap,
  type Tooltip,
} from 'leaflet';
import { LabelledCircleMarker, type LabelledCircleMarkerOptions } from './labelled-circle-marker';
import './leaflet-canvas-redraw-guard';
import type { ReactNode } from 'react';

export interface HitMarker<T> {
  /** Same key, same marker: kept (and moved if need be) from one redraw to the next. */
  key: string;
  item: T;
  latLng: LatLng;
}

// Methods, not function properties: a layer of items T is given where one of unknown is taken.
export interface CanvasHitLayerOptions<T> extends LayerOptions {
  /** The markers of the map's current view: asked when added, after each move and on refresh(). */
  markersInView(map: LeafletMap): Iterable<HitMarker<T>>;
  /** A marker's style and label; `highlighted` under the pointer or by setHighlight. */
  style(item: T, highlighted: boolean): LabelledCircleMarkerOptions;
  /** The tooltip's text (shown as text, never HTML). */
  tooltipText(item: T): string;
  /** `${className}-tooltip` on the tooltip, `${className}-pointer` on the map container while the pointer is over a marker. */
  className: string;
  /**
   * Also show the tooltip of the marker highlighted by setHighlight when the pointer is on none
   * (a control outside the map, focused by keyboard, names it there too). Default false.
   */
  tooltipOnHighlight?: boolean;
}

/** `markerover`, `markerout` and `markerclick` carry the marker's item. */
export interface MarkerEvent<T> extends LeafletEvent {
  item: T;
}

/** `markersdrawn` follows each redraw, with the items drawn, bottom to top. */
export interface MarkersDrawnEvent<T> extends LeafletEvent {
  items: T[];
}

interface Drawn<T> {
  key: string;
  item: T;
  marker: LabelledCircleMarker;
  /** Projected position at the zoom of the last redraw (pixels), for hit-testing. */
  x: number;
  y: number;
}

/** Extra pixels around a marker that still count as on it (fingers and shaky hands). */
const HIT_SLOP = 2;
/** A press that moved further than this is a drag, not a click. */
const CLICK_TOLERANCE = 5;

export class CanvasHitLayer<T> extends Layer {
  declare options: CanvasHitLayerOptions<T>;
  private readonly pane: string;
  private readonly renderer: Canvas;
  private readonly tooltip: Tooltip;
  private drawn = new Map<string, Drawn<T>>();
  /** Topmost last: the order they were drawn in. */
  private order: Drawn<T>[] = [];
  private zoom = -1;
  private pointed: Drawn<T> | null = null;
  private highlight: ((item: T) => boolean) | null = null;
  private highlighted: Drawn<T> | null = null;
  private tooltipFor: Drawn<T> | null = null;
  private pressedAt: { x: number; y: number } | null = null;
  private moving = false;
  private listening: AbortController | null = null;

  constructor(options: CanvasHitLayerOptions<T>) {
    super();
    Util.setOptions(this, options);
    this.pane = options.pane ?? 'overlayPane';
    this.renderer = new Canvas({ pane: this.pane });
    this.tooltip = createTooltip({
      direction: 'top',
      className: `${options.className}-tooltip`,
      opacity: 1,
    });
  }

  override onAdd(map: LeafletMap): this {
    const container = map.getContainer();
    this.listening = new AbortController();
    const options = { capture: true, signal: this.listening.signal };
    container.addEventListener('mousemove', this.onPointerMove, options);
    container.addEventListener('click', this.onClick, options);
    container.addEventListener('mousedown', this.onPress, options);
    container.addEventListener('mouseleave', this.onLeave, { signal: this.listening.signal });
    this.redraw();
    return this;
  }

  override onRemove(map: LeafletMap): this {
    this.listening?.abort();
    this.setMarkers([]);
    this.renderer.remove();
    map.getPane(this.pane)?.removeAttribute('data-marker-count');
    return this;
  }

  override getEvents() {
    // one key per event: Leaflet does not split keys of an event map
    return { zoomstart: this.onMoveStart, movestart: this.onMoveStart, moveend: this.onMoveEnd };
  }

  /** Draws afresh: markersInView or style changed, and keys may now mean other things. */
  refresh(): void {
    this.setMarkers([]);
    this.redraw();
  }

  /** Highlights the marker whose item matches (the pointer's marker comes first), or none. */
  setHighlight(match: ((item: T) => boolean) | null): void {
    this.highlight = match;
    this.applyHighlight();
  }

  private redraw(): void {
    if (!this._map) return;
    this.setMarkers(this.options.markersInView(this._map));
    this.fire('markersdrawn', { items: this.order.map((entry) => entry.item) });
  }

  /** Draws these markers, the last on top: kept by key, new ones added, missing ones removed. */
  private setMarkers(markers: Iterable<HitMarker<T>>): void {
    const map = this._map;
    if (!map) return;
    const zoom = map.getZoom();
    const next = new Map<string, Drawn<T>>();
    const order: Drawn<T>[] = [];
    for (const { key, item, latLng } of markers) {
      let entry = this.drawn.get(key);
      if (entry) {
        entry.item = item;
        if (!entry.marker.getLatLng().equals(latLng)) entry.marker.setLatLng(latLng);
      } else {
        const options = this.options.style(item, false);
        const marker = new LabelledCircleMarker(latLng, {
          ...options,
          renderer: this.renderer,
          pane: this.pane,
          interactive: false,
        });
        entry = { key, item, marker: marker.addTo(map), x: 0, y: 0 };
      }
      const { x, y } = map.project(latLng, zoom);
      entry.x = x;
      entry.y = y;
      next.set(key, entry);
      order.push(entry);
    }
    for (const [key, entry] of this.drawn) if (!next.has(key)) entry.marker.remove();
    this.drawn = next;
    this.order = order;
    this.zoom = zoom;
    if (this.pointed && !next.has(this.pointed.key)) this.point(null);
    if (this.highlighted && !next.has(this.highlighted.key)) this.highlighted = null;
    this.applyHighlight();
    // markers added since stay below the highlighted one
    this.highlighted?.marker.bringToFront();
    map.getPane(this.pane)?.setAttribute('data-marker-count', String(order.length));
  }

  private applyHighlight(): void {
    const match = this.highlight;
    const next = this.pointed ?? (match && this.order.find((entry) => match(entry.item))) ?? null;
    if (next !== this.highlighted) {
      if (this.highlighted) this.restyle(this.highlighted, false);
      this.highlighted = next;
      if (next) this.restyle(next, true);
    }
    this.updateTooltip();
  }

  /** The tooltip names the pointer's marker, else (if asked for) the highlighted one. */
  private updateTooltip(): void {
    const map = this._map;
    const entry =
      this.pointed ?? (this.options.tooltipOnHighlight && !this.moving ? this.highlighted : null);
    if (!map || !entry) {
      this.tooltipFor = null;
      this.tooltip.close();
      return;
    }
    const latLng = entry.marker.getLatLng();
    if (this.tooltipFor === entry && this.tooltip.getLatLng()?.equals(latLng)) return;
    this.tooltipFor = entry;
    const content = document.createElement('span');
    // text, never HTML: it comes from data
    content.textContent = this.options.tooltipText(entry.item);
    this.tooltip.options.offset = [0, -entry.marker.getRadius()];
    this.tooltip.setLatLng(latLng).setContent(content);
    if (!map.hasLayer(this.tooltip)) this.tooltip.openOn(map);
  }

  private restyle(entry: Drawn<T>, highlighted: boolean): void {
    const options = this.options.style(entry.item, highlighted);
    entry.marker.setStyle(options);
    if (options.radius !== undefined) entry.marker.setRadius(options.radius);
    if (highlighted) entry.marker.bringToFront();
  }

  /** The topmost marker under a mouse event, if any. */
  private hit(event: MouseEvent): Drawn<T> | null {
    const map = this._map;
    if (!map || this.moving || this.order.length === 0 || map.getZoom() !== this.zoom) return null;
    // a legend or a zoom button over a marker takes the pointer, not the marker beneath
    if (event.target instanceof Element && event.target.closest('.leaflet-control')) return null;
    const point = map.project(map.mouseEventToLatLng(event), this.zoom);
    for (let i = this.order.length - 1; i >= 0; i -= 1) {
      const entry = this.order[i];
      if (!entry) continue;
      const radius = entry.marker.getRadius() + HIT_SLOP;
      const dx = point.x - entry.x;
      const dy = point.y - entry.y;
      if (dx * dx + dy * dy <= radius * radius) return entry;
    }
    return null;
  }

  /** The pointer is now over this marker (or none): tooltip, highlight, events. */
  private point(entry: Drawn<T> | null): void {
    const previous = this.pointed;
    if (entry?.key === previous?.key) return;
    this.pointed = entry;
    const map = this._map;
    const pointerClassName = `${this.options.className}-pointer`;
    if (map) {
      if (entry) DomUtil.addClass(map.getContainer(), pointerClassName);
      else DomUtil.removeClass(map.getContainer(), pointerClassName);
    }
    // the highlight and the tooltip follow the pointer
    this.applyHighlight();
    if (previous) this.fire('markerout', { item: previous.item });
    if (entry) this.fire('markerover', { item: entry.item });
  }

  private readonly onMoveStart = () => {
    this.moving = true;
    this.point(null);
  };

  private readonly onMoveEnd = () => {
    this.moving = false;
    this.redraw();
  };

  private readonly onLeave = () => this.point(null);

  private readonly onPress = (event: MouseEvent) => {
    this.pressedAt = { x: event.clientX, y: event.clientY };
  };

  private readonly onPointerMove = (event: MouseEvent) => {
    if (event.buttons !== 0) return; // dragging the map
    const entry = this.hit(event);
    if (entry) {
      if (this.pointed === null) {
        // the canvas below will not see this move: tell it the pointer left its shapes
        event.target?.dispatchEvent(
          new MouseEvent('mouseout', { clientX: event.clientX, clientY: event.clientY }),
        );
      }
      event.stopPropagation();
    }
    this.point(entry);
  };

  private readonly onClick = (event: MouseEvent) => {
    const pressed = this.pressedAt;
    this.pressedAt = null;
    const dragged =
      pressed && Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > CLICK_TOLERANCE;
    const entry = dragged ? null : this.hit(event);
    if (!entry) return;
    event.stopPropagation();
    event.preventDefault();
    this.fire('markerclick', { item: entry.item });
  };
}

export interface CanvasHitMarkersProps<T> extends CanvasHitLayerOptions<T>, LayerProps {
  /** The marker to highlight (besides the pointer's): the one whose item matches. */
  highlight?(item: T): boolean;
  eventHandlers?: LeafletEventHandlerFnMap & {
    markerclick?(event: MarkerEvent<T>): void;
    markerover?(event: MarkerEvent<T>): void;
    markerout?(event: MarkerEvent<T>): void;
    markersdrawn?(event: MarkersDrawnEvent<T>): void;
  };
}

const CanvasHitMarkersOfUnknown = createLayerComponent<
  CanvasHitLayer<unknown>,
  CanvasHitMarkersProps<unknown>
>(
  ({ highlight, ...options }, context) => {
    const layer = new CanvasHitLayer(options);
    layer.setHighlight(highlight ?? null);
    return createElementObject(layer, context);
  },
  (layer, { highlight, markersInView, style, tooltipText, tooltipOnHighlight }, previous) => {
    Util.setOptions(layer, { markersInView, style, tooltipText, tooltipOnHighlight });
    if (markersInView !== previous.markersInView || style !== previous.style) layer.refresh();
    if (highlight !== previous.highlight) layer.setHighlight(highlight ?? null);
  },
);

/** The layer as a component: `markersInView` and `style` redraw when they change, the rest applies. */
export const CanvasHitMarkers = CanvasHitMarkersOfUnknown as <T>(
  props: CanvasHitMarkersProps<T>,
) => ReactNode;
