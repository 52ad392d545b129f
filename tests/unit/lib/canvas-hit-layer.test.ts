// @vitest-environment jsdom
// The canvas marker layer on its own, over a plain Leaflet map: markers kept by key, the pointer
// hit-tested in the capture phase, tooltips as text, highlight, clicks versus drags.
import '../../component/support/leaflet-jsdom';
import { latLng, map as createMap, type LatLng, type Map as LeafletMap } from 'leaflet';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  CanvasHitLayer,
  type HitMarker,
  type MarkerEvent,
} from '../../../src/lib/canvas-hit-layer';
import { LabelledCircleMarker } from '../../../src/lib/labelled-circle-marker';

interface Place {
  name: string;
  at: LatLng;
}

const KRAKOW: Place = { name: 'Kraków <b>bold</b>', at: latLng(50.06, 19.94) };
const GDANSK: Place = { name: 'Gdańsk', at: latLng(54.35, 18.65) };

let map: LeafletMap | null = null;
afterEach(() => {
  map?.remove();
  map = null;
  document.body.innerHTML = '';
});

function setUp(places: Place[] = [KRAKOW, GDANSK]) {
  const element = document.createElement('div');
  document.body.append(element);
  map = createMap(element, {
    center: [52, 19],
    zoom: 6,
    zoomAnimation: false,
    fadeAnimation: false,
  });
  map.createPane('markers').style.pointerEvents = 'none';
  const asked = vi.fn((_map: LeafletMap): HitMarker<Place>[] =>
    places.map((place) => ({ key: place.name, item: place, latLng: place.at })),
  );
  const layer = new CanvasHitLayer<Place>({
    pane: 'markers',
    markersInView: asked,
    style: (_place, highlighted) => ({ radius: highlighted ? 11 : 8, label: 'P' }),
    tooltipText: (place) => place.name,
    className: 'place',
  });
  const events: string[] = [];
  for (const type of ['markerover', 'markerout', 'markerclick']) {
    layer.on(type, (event) => {
      events.push(`${type.slice(6)} ${(event as MarkerEvent<Place>).item.name}`);
    });
  }
  layer.addTo(map);
  return { map, layer, asked, events, container: map.getContainer() };
}

function markers(on: LeafletMap): LabelledCircleMarker[] {
  const found: LabelledCircleMarker[] = [];
  on.eachLayer((layer) => {
    if (layer instanceof LabelledCircleMarker) found.push(layer);
  });
  return found;
}

/** A mouse event's coordinates at a place, shifted by dx pixels. */
function at(on: LeafletMap, place: Place, dx = 0) {
  const point = on.latLngToContainerPoint(place.at);
  return { clientX: point.x + dx, clientY: point.y, buttons: 0, bubbles: true };
}

function mouse(target: EventTarget, type: string, init: MouseEventInit) {
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, ...init }));
}

describe('a canvas hit layer', () => {
  test('draws the markers of the view on its pane, asking again after each move', () => {
    const { map, asked } = setUp();
    expect(markers(map)).toHaveLength(2);
    expect(map.getPane('markers')?.getAttribute('data-marker-count')).toBe('2');
    expect(map.getPane('markers')?.querySelector('canvas')).not.toBeNull();
    const before = markers(map);
    map.panBy([10, 0], { animate: false });
    expect(asked).toHaveBeenCalledTimes(2);
    // same key, same marker
    expect(markers(map)).toEqual(before);
  });

  test('refresh draws afresh: the markers are new', () => {
    const { map, layer } = setUp();
    const before = markers(map);
    layer.refresh();
    expect(markers(map)).toHaveLength(2);
    expect(markers(map).some((marker) => before.includes(marker))).toBe(false);
  });

  test('over a marker it takes the pointer, shows the text as text and tells who listens', () => {
    const { map, events, container } = setUp();
    const below = vi.fn();
    const mapPane = map.getPane('mapPane');
    if (!mapPane) throw new Error('no map pane');
    mapPane.addEventListener('mousemove', below);

    mouse(mapPane, 'mousemove', at(map, KRAKOW, 3));
    expect(events).toEqual([`over ${KRAKOW.name}`]);
    expect(below).not.toHaveBeenCalled();
    expect(container.classList.contains('place-pointer')).toBe(true);
    const tooltip = map.getPane('tooltipPane');
    expect(tooltip?.textContent).toBe(KRAKOW.name);
    expect(tooltip?.querySelector('b')).toBeNull();
    // the marker under the pointer is highlighted
    expect(markers(map).map((marker) => marker.getRadius())).toEqual([11, 8]);

    mouse(mapPane, 'mousemove', at(map, KRAKOW, 40));
    expect(events).toEqual([`over ${KRAKOW.name}`, `out ${KRAKOW.name}`]);
    expect(below).toHaveBeenCalledTimes(1);
    expect(container.classList.contains('place-pointer')).toBe(false);
    expect(markers(map).map((marker) => marker.getRadius())).toEqual([8, 8]);
  });

  test('a control over a marker keeps the pointer', () => {
    const { map, events, container } = setUp();
    const control = document.createElement('div');
    control.className = 'leaflet-control';
    container.append(control);
    mouse(control, 'mousemove', at(map, KRAKOW));
    expect(events).toEqual([]);
  });

  test('a click on a marker is its; a drag that ends on it is not', () => {
    // Leaflet's keyboard handler restores the scroll on mousedown; jsdom has no scrolling
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const { map, events, container } = setUp();
    mouse(container, 'mousedown', at(map, GDANSK));
    mouse(container, 'click', at(map, GDANSK));
    expect(events).toEqual([`click ${GDANSK.name}`]);
    mouse(container, 'mousedown', at(map, GDANSK, 30));
    mouse(container, 'click', at(map, GDANSK));
    expect(events).toEqual([`click ${GDANSK.name}`]);
  });

  test('highlights the marker whose item matches, until told otherwise', () => {
    const { map, layer } = setUp();
    layer.setHighlight((place) => place === GDANSK);
    expect(markers(map).map((marker) => marker.getRadius())).toEqual([8, 11]);
    // kept across moves
    map.panBy([10, 0], { animate: false });
    expect(markers(map).map((marker) => marker.getRadius())).toEqual([8, 11]);
    layer.setHighlight(null);
    expect(markers(map).map((marker) => marker.getRadius())).toEqual([8, 8]);
  });

  test('names the highlighted marker only when asked to (tooltipOnHighlight)', () => {
    const { map, layer } = setUp();
    const tooltip = () => map.getPane('tooltipPane')?.textContent ?? '';
    layer.setHighlight((place) => place === GDANSK);
    expect(tooltip()).toBe('');
    layer.options.tooltipOnHighlight = true;
    layer.setHighlight((place) => place === KRAKOW);
    expect(tooltip()).toBe(KRAKOW.name);
    // the pointer's marker comes first, then the highlighted one again
    const mapPane = map.getPane('mapPane');
    if (!mapPane) throw new Error('no map pane');
    mouse(mapPane, 'mousemove', at(map, GDANSK));
    expect(tooltip()).toBe(GDANSK.name);
    mouse(mapPane, 'mousemove', at(map, GDANSK, 40));
    expect(tooltip()).toBe(KRAKOW.name);
    layer.setHighlight(null);
    expect(tooltip()).toBe('');
  });

  test('removed, it leaves nothing behind', () => {
    const { map, layer, container } = setUp();
    const mapPane = map.getPane('mapPane');
    if (!mapPane) throw new Error('no map pane');
    mouse(mapPane, 'mousemove', at(map, KRAKOW));
    layer.remove();
    expect(markers(map)).toHaveLength(0);
    expect(map.getPane('markers')?.hasAttribute('data-marker-count')).toBe(false);
    expect(container.classList.contains('place-pointer')).toBe(false);
  });
});
