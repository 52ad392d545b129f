// Leaflet 1.9's canvas renderer can leave an animation frame pending that its cleanup does not
// cancel: `_updatePaths` redraws synchronously and forgets the id of a frame already requested.
// When the map is then removed (unmounting the map view), that frame draws into a destroyed
// canvas and throws "Cannot read properties of undefined (reading 'clearRect')" — the race of
// Leaflet/Leaflet#6030. A renderer without a canvas has nothing to draw: skip the frame.
import { Canvas } from 'leaflet';

interface CanvasInternals {
  _ctx?: CanvasRenderingContext2D;
  _redrawRequest: number | null;
  _redraw: () => void;
}

const prototype = Canvas.prototype as unknown as CanvasInternals;
const redraw = prototype._redraw;

prototype._redraw = function guardedRedraw(this: CanvasInternals) {
  if (!this._ctx) {
    this._redrawRequest = null;
    return;
  }
  redraw.call(this);
};
