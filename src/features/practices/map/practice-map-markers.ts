// The imperative side of the marker layer: canvas circle markers for what queryMarkers returns
// in the current view, kept in step on every moveend by key (unchanged markers stay, new ones
// are added, gone ones removed), plus pointer handling.
//
// The markers' pane lets the pointer through (pointer-events: none) because it lies over the
// boundary canvases, and a canvas on top would swallow the events meant for the boundaries
// below. So this class hit-tests the markers itself, in the capture phase on the map container:
// over a marker, it takes the event (and tells the canvas below the pointer has left it);
// elsewhere the event goes on to the boundaries as if the markers were not there.
import {
  Canvas,
  DomUtil,
  latLng,
  tooltip as createTooltip,
  type LatLng,
  type Map as LeafletMap,
  type Tooltip,
} from 'leaflet';
import { LabelledCircleMarker } from '../../../lib/labelled-circle-marker';
import '../../../lib/leaflet-canvas-redraw-guard';
import type { PracticeIndex } from '../engine/practice-index';
import {
  FAN_ZOOM,
  queryMarkers,
  type BBox,
  type LeaderGroups,
  type MarkerItem,
  type PlaceClusters,
} from './practice-map-clusters';
import {
  clusterLabel,
  clusterMarkerOptions,
  practiceMarkerOptions,
  PRACTICE_TYPE_STYLES,
} from './practice-map-style';

export interface MarkerData {
  index: PracticeIndex;
  groups: LeaderGroups;
  clusters: PlaceClusters;
}

export interface MarkerCallbacks {
  /** A practice marker was clicked. */
  onOpen: (practice: number) => void;
  /** The pointer is over a practice marker (its index) or left it (null). */
  onHover: (practice: number | null) => void;
  /** Text of a marker's tooltip. */
  describe: (item: MarkerItem, data: MarkerData) => string;
  /** Called after each update with what is drawn. */
  onUpdate?: (items: readonly MarkerItem[]) => void;
}

interface Drawn {
  item: MarkerItem;
  marker: LabelledCircleMarker;
  /** Projected position at `zoom` (pixels), for hit-testing. */
  x: number;
  y: number;
}

/** Extra pixels around a marker that still count as on it (fingers and shaky hands). */
const HIT_SLOP = 2;
/** A press that moved further than this is a drag, not a click. */
const CLICK_TOLERANCE = 5;

export class PracticeMarkerView {
  private readonly renderer: Canvas;
  private readonly tooltip: Tooltip;
  private data: MarkerData | null = null;
  private drawn = new Map<string, Drawn>();
  /** Topmost last: the order they were drawn in. */
  private order: Drawn[] = [];
  private zoom = -1;
  private keyOfGroup = new Map<number, string>();
  private pointerKey: string | null = null;
  private highlightedPractice: number | null = null;
  private highlightedKey: string | null = null;
  private pressedAt: { x: number; y: number } | null = null;
  private moving = false;

  private callbacks: MarkerCallbacks | null = null;

  constructor(
    private readonly map: LeafletMap,
    private readonly pane: { name: string; zIndex: number },
  ) {
    this.renderer = new Canvas({ pane: pane.name });
    this.tooltip = createTooltip({
      direction: 'top',
      className: 'practice-marker-tooltip',
      opacity: 1,
    });
  }

  /** Starts listening to the map (the markers come with setData). */
  attach(callbacks: MarkerCallbacks): void {
    this.callbacks = callbacks;
    const map = this.map;
    const pane = map.getPane(this.pane.name) ?? map.createPane(this.pane.name);
    pane.style.zIndex = String(this.pane.zIndex);
    pane.style.pointerEvents = 'none';
    map.on('moveend', this.update, this);
    map.on('zoomstart movestart', this.onMoveStart, this);
    const container = map.getContainer();
    container.addEventListener('mousemove', this.onPointerMove, true);
    container.addEventListener('click', this.onClick, true);
    container.addEventListener('mousedown', this.onPress, true);
    container.addEventListener('mouseleave', this.onLeave);
  }

  /** Removes everything from the map; attach() and setData() bring it back. */
  detach(): void {
    const container = this.map.getContainer();
    container.removeEventListener('mousemove', this.onPointerMove, true);
    container.removeEventListener('click', this.onClick, true);
    container.removeEventListener('mousedown', this.onPress, true);
    container.removeEventListener('mouseleave', this.onLeave);
    this.map.off('moveend', this.update, this);
    this.map.off('zoomstart movestart', this.onMoveStart, this);
    this.clear();
    this.callbacks = null;
    this.renderer.remove();
    this.map.getPane(this.pane.name)?.removeAttribute('data-marker-count');
  }

  private clear(): void {
    this.setPointer(null);
    for (const { marker } of this.order) marker.remove();
    this.drawn.clear();
    this.order = [];
  }

  setData(data: MarkerData | null): void {
    // places and clusters are numbered per filter result: start afresh
    this.clear();
    this.data = data;
    this.update();
  }

  /** Highlights the marker that holds this practice (its own, or its stack's or cluster's). */
  setHighlightedPractice(practice: number | null): void {
    this.highlightedPractice = practice;
    this.applyHighlight();
  }

  /** What is drawn now (for tests and the layer's reports). */
  items(): MarkerItem[] {
    return this.order.map((entry) => entry.item);
  }

  update(): void {
    this.moving = false;
    const map = this.map;
    const data = this.data;
    const zoom = map.getZoom();
    const items: MarkerItem[] = [];
    if (data) {
      const bounds = map.getBounds().pad(0.25);
      const bbox: BBox = [
        Math.max(-180, bounds.getWest()),
        Math.max(-85, bounds.getSouth()),
        Math.min(180, bounds.getEast()),
        Math.min(85, bounds.getNorth()),
      ];
      items.push(...queryMarkers(data.clusters, data.groups, bbox, zoom));
    }
    this.zoom = zoom;
    this.keyOfGroup = new Map();
    const next = new Map<string, Drawn>();
    const order: Drawn[] = [];
    for (const item of items) {
      let entry = this.drawn.get(item.key);
      const position = this.positionOf(item);
      if (entry) {
        entry.item = item;
        // fanned out practices keep their screen offset: their position moves with the zoom
        if (!entry.marker.getLatLng().equals(position)) entry.marker.setLatLng(position);
      } else {
        entry = { item, marker: this.createMarker(item, position), x: 0, y: 0 };
      }
      const projected = map.project(position, zoom);
      entry.x = projected.x;
      entry.y = projected.y;
      next.set(item.key, entry);
      order.push(entry);
      if (item.kind === 'cluster') for (const g of item.groups) this.keyOfGroup.set(g, item.key);
      else if (item.kind === 'stack') this.keyOfGroup.set(item.group, item.key);
    }
    for (const [key, entry] of this.drawn) if (!next.has(key)) entry.marker.remove();
    this.drawn = next;
    this.order = order;
    if (this.pointerKey && !next.has(this.pointerKey)) this.setPointer(null);
    this.highlightedKey = null;
    this.applyHighlight();
    this.map.getPane(this.pane.name)?.setAttribute('data-marker-count', String(order.length));
    this.callbacks?.onUpdate?.(items);
  }

  private positionOf(item: MarkerItem): LatLng {
    const map = this.map;
    const [dx, dy] = item.kind === 'practice' ? item.offset : [0, 0];
    if (dx === 0 && dy === 0) return latLng(item.lat, item.lng);
    const zoom = map.getZoom();
    const point = map.project([item.lat, item.lng], zoom);
    return map.unproject(point.add([dx, dy]), zoom);
  }

  private createMarker(item: MarkerItem, position: LatLng): LabelledCircleMarker {
    const data = this.data;
    const options =
      item.kind === 'practice' && data
        ? this.practiceOptions(item.practice, false)
        : clusterMarkerOptions(item.kind === 'practice' ? 1 : item.count, false);
    const label =
      item.kind === 'practice' && data
        ? PRACTICE_TYPE_STYLES[this.typeOf(item.practice)].letter
        : clusterLabel(item.kind === 'practice' ? 1 : item.count);
    return new LabelledCircleMarker(position, {
      ...options,
      renderer: this.renderer,
      pane: this.pane.name,
      interactive: false,
      label,
    }).addTo(this.map);
  }

  private typeOf(practice: number) {
    return this.data?.index.practices[practice]?.type ?? 'inter-municipal-cooperation';
  }

  private practiceOptions(practice: number, hovered: boolean) {
    return practiceMarkerOptions(this.typeOf(practice), hovered);
  }

  private styleEntry(entry: Drawn, hovered: boolean): void {
    const item = entry.item;
    const options =
      item.kind === 'practice'
        ? this.practiceOptions(item.practice, hovered)
        : clusterMarkerOptions(item.count, hovered);
    entry.marker.setStyle(options);
    if (options.radius !== undefined) entry.marker.setRadius(options.radius);
    if (hovered) entry.marker.bringToFront();
  }

  private keyOfPractice(practice: number): string | null {
    if (this.drawn.has(`p:${practice}`)) return `p:${practice}`;
    const group = this.data?.groups.groupOfPractice[practice] ?? -1;
    return group < 0 ? null : (this.keyOfGroup.get(group) ?? null);
  }

  private applyHighlight(): void {
    const key =
      this.pointerKey ??
      (this.highlightedPractice === null ? null : this.keyOfPractice(this.highlightedPractice));
    if (key === this.highlightedKey) return;
    const previous = this.highlightedKey === null ? undefined : this.drawn.get(this.highlightedKey);
    if (previous) this.styleEntry(previous, false);
    this.highlightedKey = key;
    const current = key === null ? undefined : this.drawn.get(key);
    if (current) this.styleEntry(current, true);
  }

  /** The topmost marker under a mouse event, if any. */
  private hit(event: MouseEvent): Drawn | null {
    if (this.moving || this.order.length === 0 || this.map.getZoom() !== this.zoom) return null;
    // a legend or a zoom button over a marker takes the pointer, not the marker beneath
    if (event.target instanceof Element && event.target.closest('.leaflet-control')) return null;
    const point = this.map.project(this.map.mouseEventToLatLng(event), this.zoom);
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

  private setPointer(entry: Drawn | null): void {
    const key = entry?.item.key ?? null;
    if (key === this.pointerKey) return;
    const hadPointer = this.pointerKey !== null;
    this.pointerKey = key;
    const container = this.map.getContainer();
    if (entry && this.data) {
      DomUtil.addClass(container, 'practice-marker-pointer');
      const content = document.createElement('span');
      // text, never HTML: titles come from data
      content.textContent = this.callbacks?.describe(entry.item, this.data) ?? '';
      this.tooltip.options.offset = [0, -entry.marker.getRadius()];
      this.tooltip.setLatLng(entry.marker.getLatLng()).setContent(content);
      if (!this.map.hasLayer(this.tooltip)) this.tooltip.openOn(this.map);
    } else {
      DomUtil.removeClass(container, 'practice-marker-pointer');
      this.tooltip.close();
    }
    this.applyHighlight();
    const practice = entry?.item.kind === 'practice' ? entry.item.practice : null;
    if (practice !== null || hadPointer) this.callbacks?.onHover(practice);
  }

  private readonly onMoveStart = () => {
    this.moving = true;
    this.setPointer(null);
  };

  private readonly onLeave = () => this.setPointer(null);

  private readonly onPress = (event: MouseEvent) => {
    this.pressedAt = { x: event.clientX, y: event.clientY };
  };

  private readonly onPointerMove = (event: MouseEvent) => {
    if (event.buttons !== 0) return; // dragging the map
    const entry = this.hit(event);
    if (entry) {
      if (this.pointerKey === null) {
        // the canvas below will not see this move: tell it the pointer left its shapes
        event.target?.dispatchEvent(
          new MouseEvent('mouseout', { clientX: event.clientX, clientY: event.clientY }),
        );
      }
      event.stopPropagation();
    }
    this.setPointer(entry);
  };

  private readonly onClick = (event: MouseEvent) => {
    const pressed = this.pressedAt;
    this.pressedAt = null;
    if (
      pressed &&
      Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > CLICK_TOLERANCE
    ) {
      return;
    }
    const entry = this.hit(event);
    if (!entry || !this.data) return;
    event.stopPropagation();
    event.preventDefault();
    const item = entry.item;
    const map = this.map;
    if (item.kind === 'practice') {
      this.callbacks?.onOpen(item.practice);
    } else if (item.kind === 'cluster') {
      const zoom = Math.min(
        this.data.clusters.getClusterExpansionZoom(item.clusterId),
        map.getMaxZoom(),
      );
      map.setView([item.lat, item.lng], Math.max(zoom, map.getZoom() + 1));
    } else if (map.getZoom() < FAN_ZOOM) {
      map.setView([item.lat, item.lng], FAN_ZOOM);
    }
  };
}
