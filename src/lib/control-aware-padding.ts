// fitBounds padding that keeps what is fitted out from under the map's own controls (legends,
// zoom buttons, attribution). Each control is avoided along the axis where that costs the map
// less of its size: a tall legend in a corner pushes the fit sideways, a wide low one upwards.
import type { FitBoundsOptions, LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Padding [left, top, right, bottom] in px to keep clear of `controls` (rects) inside `map`. */
export function paddingAround(
  map: Rect,
  controls: readonly Rect[],
  margin: number,
): [number, number, number, number] {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const pad = [margin, margin, margin, margin] as [number, number, number, number];
  if (width <= 0 || height <= 0) return pad;
  for (const control of controls) {
    const controlWidth = control.right - control.left;
    const controlHeight = control.bottom - control.top;
    if (controlWidth <= 0 || controlHeight <= 0) continue;
    const onLeft = control.left - map.left < map.right - control.right;
    const onTop = control.top - map.top < map.bottom - control.bottom;
    if (controlWidth / width <= controlHeight / height) {
      const side = onLeft ? 0 : 2;
      const extent = onLeft ? control.right - map.left : map.right - control.left;
      pad[side] = Math.max(pad[side], extent + margin);
    } else {
      const side = onTop ? 1 : 3;
      const extent = onTop ? control.bottom - map.top : map.bottom - control.top;
      pad[side] = Math.max(pad[side], extent + margin);
    }
  }
  return pad;
}

/** FitBoundsOptions for `map` that keep the fitted bounds clear of its visible controls. */
export function controlAwareFitOptions(map: LeafletMap, margin = 24): FitBoundsOptions {
  const container = map.getContainer();
  // Controls stack in Leaflet's four corners: avoid each corner's stack as one block, so two
  // legends one above the other are passed on the side, not by the height of both.
  const corners = Array.from(
    container.querySelectorAll<HTMLElement>('.leaflet-control-container > div'),
    (corner) => unionOf(Array.from(corner.querySelectorAll<HTMLElement>('.leaflet-control'))),
  ).filter((rect) => rect !== null);
  const [left, top, right, bottom] = paddingAround(
    container.getBoundingClientRect(),
    corners,
    margin,
  );
  // a map too small to keep clear of everything still shows the whole selection
  const width = container.clientWidth;
  const height = container.clientHeight;
  if (left + right > width * 0.7 || top + bottom > height * 0.7) {
    return { padding: [margin, margin] };
  }
  return { paddingTopLeft: [left, top], paddingBottomRight: [right, bottom] };
}

function unionOf(elements: readonly HTMLElement[]): Rect | null {
  let union: Rect | null = null;
  for (const element of elements) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    union = union
      ? {
          left: Math.min(union.left, rect.left),
          top: Math.min(union.top, rect.top),
          right: Math.max(union.right, rect.right),
          bottom: Math.max(union.bottom, rect.bottom),
        }
      : { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  }
  return union;
}

/**
 * map.fitBounds, after a zoom animation still running has ended. Leaflet drops a new animated
 * zoom while one runs (`_tryAnimatedZoom` returns at once), so a fit asked for during another
 * (a region fitted at start, then a practice opened at once) would leave the first fit's view.
 */
export function fitBoundsWhenSettled(
  map: LeafletMap,
  bounds: LatLngBoundsExpression,
  options: FitBoundsOptions,
): void {
  const animatingZoom = (map as unknown as { _animatingZoom?: boolean })._animatingZoom === true;
  if (animatingZoom) map.once('zoomend', () => map.fitBounds(bounds, options));
  else map.fitBounds(bounds, options);
}
