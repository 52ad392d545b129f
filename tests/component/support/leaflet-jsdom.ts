// What Leaflet needs from a browser that jsdom lacks: a 2D canvas context (drawing becomes a
// no-op; what was drawn is asserted through the layers' reports) and an element size (so that
// fitting Poland gives a real zoom). Import it at the top of a test that renders the map.

const noop = () => undefined;

function fakeContext2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const state: Record<PropertyKey, unknown> = { canvas };
  return new Proxy(state, {
    get: (target, key) => (key in target ? target[key] : noop),
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
  configurable: true,
  value(this: HTMLCanvasElement, kind: string) {
    return kind === '2d' ? fakeContext2d(this) : null;
  },
});

export const FAKE_SIZE = { width: 1000, height: 700 };
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get: () => FAKE_SIZE.width,
});
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get: () => FAKE_SIZE.height,
});
