// How boundaries look, per level. Pure: testable without a map. The explorer's choropleth
// passes `fillFor` to shade units by their number of practices.
import type { PathOptions } from 'leaflet';
import type { UnitLevel } from '../../data/terc';

interface Stroke {
  color: string;
  weight: number;
  opacity: number;
}

/** Coarser levels are darker and heavier, so the hierarchy reads at a glance. */
export const BOUNDARY_STROKES: Record<UnitLevel, Stroke> = {
  voivodeship: { color: '#1d2b53', weight: 2, opacity: 0.9 },
  powiat: { color: '#3a4a7a', weight: 1.2, opacity: 0.75 },
  gmina: { color: '#5c6a94', weight: 0.6, opacity: 0.7 },
};

export const FILL_OPACITY = 0.65;

/** A fill colour for a unit, or null/undefined to leave it unfilled. */
export type FillFor = (terc: string) => string | null | undefined;

export function boundaryPathOptions(level: UnitLevel, fillColor?: string | null): PathOptions {
  const stroke = BOUNDARY_STROKES[level];
  return {
    ...stroke,
    // Filled even when transparent: the fill is part of what a pointer can hit.
    fill: true,
    fillColor: fillColor ?? stroke.color,
    fillOpacity: fillColor ? FILL_OPACITY : 0,
  };
}

/** The style function of a level's layer. Create it once (useMemo) per level and `fillFor`. */
export function createBoundaryStyle(level: UnitLevel, fillFor?: FillFor) {
  return (feature?: GeoJSON.Feature): PathOptions => {
    const terc = feature?.id === undefined ? undefined : String(feature.id);
    return boundaryPathOptions(level, terc && fillFor ? fillFor(terc) : null);
  };
}

/** The outline drawn over the unit the user points at or has chosen. */
export const HIGHLIGHT_STYLE: PathOptions = {
  color: '#c2185b',
  weight: 3,
  opacity: 1,
  fill: true,
  fillColor: '#c2185b',
  fillOpacity: 0.12,
};

/** The wash over the country, below every boundary. */
export const LAND_STYLE: PathOptions = {
  stroke: false,
  fill: true,
  fillColor: '#ffffff',
  fillOpacity: 0.6,
};
