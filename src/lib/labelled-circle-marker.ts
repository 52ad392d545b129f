// A canvas circle marker with a short label (a count, a letter) drawn in its centre, in the same
// canvas pass as the circle: no DOM element per marker, so thousands stay cheap. Works only with
// the canvas renderer (the label is skipped elsewhere).
import { CircleMarker, type CircleMarkerOptions, type LatLngExpression } from 'leaflet';

export interface LabelledCircleMarkerOptions extends CircleMarkerOptions {
  label?: string;
  labelColor?: string;
}

// Leaflet internals this class relies on (stable across 1.x).
interface Internals {
  _renderer?: { _ctx?: CanvasRenderingContext2D; _drawing?: boolean };
  _point?: { x: number; y: number };
  _radius: number;
  _empty(): boolean;
}

const circleUpdatePath = (CircleMarker.prototype as unknown as { _updatePath(): void })._updatePath;

/** The font size that fits `label` inside a circle of `radius` (px), between 8 and 12. */
export function labelFontSize(label: string, radius: number): number {
  const fit = Math.floor((2 * radius - 3) / (0.62 * Math.max(1, label.length)));
  return Math.max(8, Math.min(12, fit));
}

export class LabelledCircleMarker extends CircleMarker {
  declare options: LabelledCircleMarkerOptions;

  // eslint-disable-next-line @typescript-eslint/no-useless-constructor -- narrows the options' type
  constructor(latlng: LatLngExpression, options: LabelledCircleMarkerOptions) {
    super(latlng, options);
  }

  setLabel(label: string | undefined): this {
    if (label === this.options.label) return this;
    this.options.label = label;
    return this.redraw();
  }

  /** Called by the canvas renderer while it draws: the circle, then the label over it. */
  _updatePath(): void {
    circleUpdatePath.call(this);
    const self = this as unknown as Internals;
    const label = this.options.label;
    const renderer = self._renderer;
    const ctx = renderer?._ctx;
    const point = self._point;
    if (!label || !ctx || !renderer._drawing || !point || self._empty()) return;
    ctx.save();
    ctx.font = `700 ${labelFontSize(label, self._radius)}px system-ui, sans-serif`;
    ctx.fillStyle = this.options.labelColor ?? '#ffffff';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(label, point.x, point.y + 0.5);
    ctx.restore();
  }
}
