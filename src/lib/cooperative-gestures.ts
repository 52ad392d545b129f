// "Cooperative" gestures for a map inside someone else's page (the embed mode): the wheel
// scrolls the page and Ctrl (or ⌘) + wheel zooms; on touch one finger scrolls the page and two
// fingers pan and pinch; a short hint says so. As Google Maps' `gestureHandling: 'cooperative'`.
//
// Hand-written rather than leaflet-gesture-handling (the plugin everyone uses): that plugin is a
// Leaflet handler written against the global `L`, ships its own texts in some 30 languages and its
// own CSS, while here the words come from the catalogue and the whole job is Leaflet's own handlers
// switched at the right moment:
// - wheel: scrollWheelZoom stays off, so Leaflet does not stop the wheel and the page scrolls;
//   a wheel turn with Ctrl switches it on just before it reaches the map (a capturing listener
//   on the map's parent runs before the map's own), so Leaflet zooms with its own smoothing;
// - touch: dragging off makes Leaflet's container `touch-action: pan-x pan-y` (leaflet.css), so
//   one finger scrolls the page natively; two fingers reach touchZoom, which pans as it pinches.
//   A mouse press switches dragging on before Leaflet's mousedown (pointerdown comes first).
import { DomUtil, type Map as LeafletMap } from 'leaflet';
import './cooperative-gestures.css';

export interface CooperativeGestureTexts {
  /** Shown when the wheel turns over the map without Ctrl: "Ctrl + kółko, aby przybliżyć". */
  wheel: string;
  /** Shown when one finger moves over the map: "Przesuń mapę dwoma palcami". */
  touch: string;
}

const HINT_MS = 1500;

/** Switches the map to cooperative gestures; returns the function that undoes it. */
export function enableCooperativeGestures(
  map: LeafletMap,
  texts: CooperativeGestureTexts,
): () => void {
  const container = map.getContainer();
  const outer = container.parentElement ?? container;
  map.scrollWheelZoom.disable();
  map.dragging.disable();

  // a visual hint only: keyboard and screen reader users are not affected by the gestures
  const hint = DomUtil.create('div', 'map-gesture-hint', container);
  hint.setAttribute('aria-hidden', 'true');
  let timer: number | undefined;
  const show = (text: string) => {
    hint.textContent = text;
    hint.classList.add('map-gesture-hint--shown');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => hint.classList.remove('map-gesture-hint--shown'), HINT_MS);
  };
  const hide = () => {
    window.clearTimeout(timer);
    hint.classList.remove('map-gesture-hint--shown');
  };

  const onWheel = (event: WheelEvent) => {
    if (!container.contains(event.target as Node)) return;
    if (event.ctrlKey || event.metaKey) {
      hide();
      map.scrollWheelZoom.enable();
    } else {
      map.scrollWheelZoom.disable();
      show(texts.wheel);
    }
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'touch') map.dragging.disable();
    else map.dragging.enable();
  };
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length === 1) show(texts.touch);
    else hide();
  };
  outer.addEventListener('wheel', onWheel, { capture: true, passive: true });
  outer.addEventListener('pointerdown', onPointerDown, { capture: true });
  container.addEventListener('touchmove', onTouchMove, { passive: true });
  return () => {
    outer.removeEventListener('wheel', onWheel, { capture: true });
    outer.removeEventListener('pointerdown', onPointerDown, { capture: true });
    container.removeEventListener('touchmove', onTouchMove);
    window.clearTimeout(timer);
    hint.remove();
    map.scrollWheelZoom.enable();
    map.dragging.enable();
  };
}
