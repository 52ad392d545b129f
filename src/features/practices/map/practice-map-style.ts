// How practices look on the map. Pure data and functions: testable without a map.
// Colour is never the only cue: each practice type also has a letter drawn in its marker (the
// same letter in Polish and English: S społeczne/social, T techniczne/technical, …), and each
// partner sector has its own dash pattern. Marker colours carry white letters at ≥ 4.5:1.
import type { CircleMarkerOptions, PathOptions, PolylineOptions } from 'leaflet';
import type { PracticeType, Sector } from '../../../data/schemas';
import type { LabelledCircleMarkerOptions } from '../../../lib/labelled-circle-marker';

export interface PracticeTypeStyle {
  color: string;
  /** Drawn in the marker and shown in the legend. */
  letter: string;
}

export const PRACTICE_TYPE_STYLES: Readonly<Record<PracticeType, PracticeTypeStyle>> = {
  'inter-municipal-cooperation': { color: '#c2410c', letter: 'M' },
  'social-services': { color: '#a50f15', letter: 'S' },
  'technical-services': { color: '#4a1486', letter: 'T' },
  'institutional-development': { color: '#7b4b10', letter: 'I' },
  'energy-efficiency': { color: '#5c5c00', letter: 'E' },
  'jst-ngo-cooperation': { color: '#1a6e1a', letter: 'N' },
  'social-dialogue': { color: '#37474f', letter: 'D' },
};

/** Clusters and stacks (several practices at one place) are neutral: their count is the label. */
export const CLUSTER_COLOR = '#1d2b53';
export const MARKER_OUTLINE = '#ffffff';
export const HOVER_OUTLINE = '#111111';

export const PRACTICE_RADIUS = 8;

/** A cluster's radius grows with the log of its count: 10 px for 2, 22 px for 10,000. */
export function clusterRadius(count: number): number {
  return Math.round(Math.min(22, 9 + 3 * Math.log10(Math.max(2, count))));
}

/** What a circle marker's label says: the count, shortened above 9,999 (12k). */
export function clusterLabel(count: number): string {
  if (count < 10_000) return String(count);
  return `${Math.floor(count / 1000)}k`;
}

/** A practice's marker: its type's colour and letter. */
export function practiceMarkerOptions(
  type: PracticeType,
  hovered: boolean,
): LabelledCircleMarkerOptions {
  return {
    label: PRACTICE_TYPE_STYLES[type].letter,
    radius: hovered ? PRACTICE_RADIUS + 3 : PRACTICE_RADIUS,
    color: hovered ? HOVER_OUTLINE : MARKER_OUTLINE,
    weight: hovered ? 3 : 1.5,
    opacity: 1,
    fillColor: PRACTICE_TYPE_STYLES[type].color,
    fillOpacity: 1,
  };
}

/** A cluster's or a stack's marker: neutral, labelled with its count. */
export function clusterMarkerOptions(count: number, hovered: boolean): LabelledCircleMarkerOptions {
  return {
    label: clusterLabel(count),
    radius: clusterRadius(count) + (hovered ? 3 : 0),
    color: hovered ? HOVER_OUTLINE : MARKER_OUTLINE,
    weight: hovered ? 3 : 2,
    opacity: 1,
    fillColor: CLUSTER_COLOR,
    fillOpacity: 0.9,
  };
}

export interface SectorLinkStyle {
  color: string;
  /** Canvas dash pattern; solid when undefined. */
  dashArray?: string;
}

/** Links from the leading unit to a partner, by the partner's sector. */
export const SECTOR_LINK_STYLES: Readonly<Record<Sector, SectorLinkStyle>> = {
  jst: { color: '#1d2b53' },
  public: { color: '#6d28d9', dashArray: '8 5' },
  ngo: { color: '#047857', dashArray: '2 5' },
  business: { color: '#b45309', dashArray: '10 4 2 4' },
  science: { color: '#be123c', dashArray: '14 6' },
};

/**
 * A partner that is not a place (an NGO, a firm, a university, another public body): drawn
 * around the leading unit in its sector's colour, with a letter that no practice type uses
 * (O organizacja/organisation, B biznes/business, U uczelnia/university, P publiczna/public,
 * J JST without a code), so the two kinds of marker are not confused.
 */
export const SECTOR_PARTNER_LETTERS: Readonly<Record<Sector, string>> = {
  jst: 'J',
  public: 'P',
  ngo: 'O',
  business: 'B',
  science: 'U',
};

export const PARTNER_RADIUS = 8;

export function partnerMarkerOptions(
  sector: Sector,
  highlighted: boolean,
): LabelledCircleMarkerOptions {
  return {
    label: SECTOR_PARTNER_LETTERS[sector],
    radius: highlighted ? PARTNER_RADIUS + 3 : PARTNER_RADIUS,
    color: highlighted ? HOVER_OUTLINE : MARKER_OUTLINE,
    weight: highlighted ? 3 : 1.5,
    opacity: 1,
    fillColor: SECTOR_LINK_STYLES[sector].color,
    fillOpacity: 1,
  };
}

export function linkOptions(sector: Sector): PolylineOptions {
  const style = SECTOR_LINK_STYLES[sector];
  return {
    color: style.color,
    dashArray: style.dashArray,
    weight: 2.5,
    opacity: 0.95,
    interactive: false,
  };
}

/** Drawn under each link so it stays visible over any fill. */
export const LINK_HALO: PolylineOptions = {
  color: '#ffffff',
  weight: 5,
  opacity: 0.85,
  interactive: false,
};

/**
 * The units of the open practice's territory: an opaque fill drawn in a translucent pane (so
 * a powiat and its gminy, both in the territory, show one tone), and outlines above it.
 */
export const TERRITORY_FILL: PathOptions = {
  stroke: false,
  fill: true,
  fillColor: '#f59e0b',
  fillOpacity: 1,
  interactive: false,
};

export const TERRITORY_OUTLINE: PathOptions = {
  color: '#b45309',
  weight: 2,
  opacity: 1,
  fill: false,
  interactive: false,
};

/** A territory known only at a higher level (area-precision.ts): faint, with a dashed edge. */
export const ROUGH_TERRITORY_FILL: PathOptions = { ...TERRITORY_FILL, fillOpacity: 0.3 };
export const ROUGH_TERRITORY_OUTLINE: PathOptions = { ...TERRITORY_OUTLINE, dashArray: '8 6' };

export const LEADER_MARKER: CircleMarkerOptions = {
  radius: 9,
  color: '#ffffff',
  weight: 3,
  fillColor: '#1d2b53',
  fillOpacity: 1,
  interactive: false,
};

export const PARTNER_MARKER: CircleMarkerOptions = {
  radius: 4,
  color: '#ffffff',
  weight: 1.5,
  fillColor: '#1d2b53',
  fillOpacity: 1,
  interactive: false,
};
