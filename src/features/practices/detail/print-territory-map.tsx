// The practice's territory on a small static map for paper: its units filled, the voivodeships'
// and powiaty's borders around for orientation, fitted to the territory. An SVG drawn from the boundaries
// already loaded for the map (no Leaflet, no tiles: a printout cannot wait for them).
import { useBoundaries } from '../../../data/use-boundaries';
import type { Practice } from '../../../data/schemas';
import type { Language } from '../../../i18n/languages';
import { createExportTranslate } from '../../../i18n/messages-export';

type Position = GeoJSON.Position;
type Shape = GeoJSON.Polygon | GeoJSON.MultiPolygon;

/** Width of the drawing in its own units; the height follows the territory's shape. */
const WIDTH = 400;

function polygonsOf(shape: Shape): Position[][][] {
  return shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
}

interface Frame {
  west: number;
  north: number;
  /** Drawing units per degree of longitude; latitude is scaled by 1/cos(lat). */
  scale: number;
  cos: number;
  height: number;
}

function frameFor(shapes: readonly Shape[]): Frame | null {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const shape of shapes)
    for (const polygon of polygonsOf(shape))
      for (const [lng = 0, lat = 0] of polygon[0] ?? []) {
        west = Math.min(west, lng);
        east = Math.max(east, lng);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
  if (!Number.isFinite(west)) return null;
  // room around the territory, and at least a powiat's size, so a small gmina has neighbours
  const padLng = Math.max((east - west) * 0.25, 0.6 - (east - west) / 2);
  const padLat = Math.max((north - south) * 0.25, 0.4 - (north - south) / 2);
  west -= padLng;
  east += padLng;
  south -= padLat;
  north += padLat;
  const cos = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((east - west) * cos);
  return { west, north, scale: scale * cos, cos, height: (north - south) * scale };
}

/** An SVG path of the shapes; points closer than half a unit to the last one are skipped. */
function pathOf(shapes: readonly Shape[], frame: Frame): string {
  const parts: string[] = [];
  const x = (lng: number) => (lng - frame.west) * frame.scale;
  const y = (lat: number) => ((frame.north - lat) * frame.scale) / frame.cos;
  for (const shape of shapes)
    for (const polygon of polygonsOf(shape))
      for (const ring of polygon) {
        let lastX = NaN;
        let lastY = NaN;
        const points: string[] = [];
        for (const [lng = 0, lat = 0] of ring) {
          const px = x(lng);
          const py = y(lat);
          if (Math.abs(px - lastX) + Math.abs(py - lastY) < 0.5) continue;
          points.push(`${px.toFixed(1)} ${py.toFixed(1)}`);
          lastX = px;
          lastY = py;
        }
        if (points.length >= 3) parts.push(`M${points.join('L')}Z`);
      }
  return parts.join('');
}

export interface PrintTerritoryMapProps {
  practice: Practice;
  language: Language;
}

export function PrintTerritoryMap({ practice, language }: PrintTerritoryMapProps) {
  const { data: boundaries } = useBoundaries();
  const label = createExportTranslate(language)('print.map');
  if (!boundaries) return null;
  const territory = practice.territory.flatMap((terc) => {
    const shape = boundaries.feature(terc)?.geometry;
    return shape ? [shape] : [];
  });
  const frame = frameFor(territory);
  if (!frame) return null;
  const powiaty = boundaries.level('powiat').features.map((item) => item.geometry);
  const voivodeships = boundaries.level('voivodeship').features.map((item) => item.geometry);
  return (
    <svg
      className="practice-print__map"
      viewBox={`0 0 ${WIDTH} ${frame.height.toFixed(1)}`}
      role="img"
      aria-label={label}
      data-testid="print-map"
    >
      <title>{label}</title>
      <path d={pathOf(territory, frame)} fill="#7fb0de" stroke="#0b5cad" strokeWidth="1" />
      <path d={pathOf(powiaty, frame)} fill="none" stroke="#999" strokeWidth="0.5" />
      <path d={pathOf(voivodeships, frame)} fill="none" stroke="#444" strokeWidth="1.5" />
    </svg>
  );
}
