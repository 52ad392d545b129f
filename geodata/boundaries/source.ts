// Reads the source boundaries (PRG-derived GeoJSON, see ../shared/geodata/README.md) and checks
// everything the build relies on. All problems are collected and reported together.
import fs from 'node:fs';
import path from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { isTercCode, tercLevel, voivodeshipCodeOf } from '../../src/data/terc';
import { DataBuildError } from '../build-error';

export const SOURCE_FILES = {
  gminy: 'poland.municipalities.json',
  powiaty: 'poland.counties.json',
  voivodeships: 'poland.voivodeships.json',
} as const;

/** Gminy in PRG, state of 2020: the national set the app is built for. */
export const NATIONAL_GMINA_COUNT = 2477;

/** Poland in WGS84, with a margin; anything outside is a wrong CRS or a broken coordinate. */
const POLAND_BOUNDS = { west: 14, south: 49, east: 24.5, north: 55 } as const;

export type GminaGeometry = Polygon | MultiPolygon;

export interface SourceGmina {
  terc: string;
  name: string;
  geometry: GminaGeometry;
}

interface SourceUnit {
  terc: string;
  name: string;
}

export interface BoundarySource {
  /** Sorted by TERC code. */
  gminy: SourceGmina[];
  powiaty: SourceUnit[];
  voivodeships: SourceUnit[];
}

interface ReadSourceOptions {
  /** How many gminy the municipalities file must hold; null skips the check (small fixtures). */
  expectedGminaCount?: number | null;
}

const HOW_TO_GET_SOURCES =
  'The build reads PRG boundaries (państwowy rejestr granic, published by GUGiK; state of 2020, ' +
  '2477 gminy) as WGS84 GeoJSON: ' +
  Object.values(SOURCE_FILES).join(', ') +
  ' (see ../shared/geodata/README.md). Put those files there, or set GEODATA_SRC to the folder ' +
  'that holds them, e.g. `GEODATA_SRC=/path/to/geodata npm run build:data`.';

/** Reads and validates the three source files; throws a DataBuildError listing every problem. */
export function readBoundarySource(
  sourceDir: string,
  { expectedGminaCount = NATIONAL_GMINA_COUNT }: ReadSourceOptions = {},
): BoundarySource {
  if (!fs.existsSync(sourceDir) || !fs.statSync(sourceDir).isDirectory()) {
    throw new DataBuildError([
      `${sourceDir}: source folder not found (GEODATA_SRC=${process.env.GEODATA_SRC ?? 'unset'}). ${HOW_TO_GET_SOURCES}`,
    ]);
  }
  const problems: string[] = [];
  const gminaFile = path.join(sourceDir, SOURCE_FILES.gminy);
  const powiatFile = path.join(sourceDir, SOURCE_FILES.powiaty);
  const voivodeshipFile = path.join(sourceDir, SOURCE_FILES.voivodeships);

  const gminaFeatures = readFeatures(gminaFile, problems);
  const powiatFeatures = readFeatures(powiatFile, problems);
  const voivodeshipFeatures = readFeatures(voivodeshipFile, problems);

  const voivodeships = voivodeshipFeatures
    ? readUnits(voivodeshipFile, voivodeshipFeatures, 'voivodeship', problems)
    : null;
  const powiaty = powiatFeatures ? readUnits(powiatFile, powiatFeatures, 'powiat', problems) : null;
  const gminy = gminaFeatures ? readGminy(gminaFile, gminaFeatures, problems) : null;

  if (gminaFeatures && expectedGminaCount !== null && gminaFeatures.length !== expectedGminaCount) {
    problems.push(
      `${gminaFile}: expected ${expectedGminaCount} gminy (the national set, PRG 2020), found ` +
        `${gminaFeatures.length}: the file is incomplete or not the national set. ${HOW_TO_GET_SOURCES}`,
    );
  }
  if (gminy && powiaty && voivodeships) {
    // A powiat without gminy is only news when no gmina was rejected (it may have been its).
    const complete = gminy.length === gminaFeatures?.length;
    checkHierarchy(
      { gminaFile, powiatFile, voivodeshipFile },
      { gminy, powiaty, voivodeships, complete },
      problems,
    );
  }
  if (problems.length > 0 || !gminy || !powiaty || !voivodeships) {
    throw new DataBuildError(problems);
  }
  return {
    gminy: gminy.map(({ gmina }) => gmina).sort(byTerc),
    powiaty: powiaty.sort(byTerc),
    voivodeships: voivodeships.sort(byTerc),
  };
}

function byTerc(a: { terc: string }, b: { terc: string }): number {
  return a.terc < b.terc ? -1 : a.terc > b.terc ? 1 : 0;
}

/** A short, escaped rendering of a value from the file, safe to print. */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function readFeatures(file: string, problems: string[]): unknown[] | null {
  if (!fs.existsSync(file)) {
    problems.push(`${file}: file not found. ${HOW_TO_GET_SOURCES}`);
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(
      `${file}: not valid JSON (${reason}). Replace it with an intact copy of the source.`,
    );
    return null;
  }
  const root = data as { type?: unknown; features?: unknown } | null;
  if (typeof root !== 'object' || root?.type !== 'FeatureCollection') {
    problems.push(`${file}: expected a GeoJSON FeatureCollection at the top level.`);
    return null;
  }
  if (!Array.isArray(root.features)) {
    problems.push(`${file}: the FeatureCollection has no "features" array.`);
    return null;
  }
  return root.features as unknown[];
}

interface RawFeature {
  properties?: { terc?: unknown; name?: unknown } | null;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
}

function featureLabel(index: number, feature: RawFeature): string {
  const terc = feature.properties?.terc;
  const name = feature.properties?.name;
  const details: string[] = [];
  const plain = typeof terc === 'string' && /^\w{1,12}$/.test(terc);
  if (terc !== undefined) details.push(`terc ${plain ? terc : quote(terc)}`);
  if (typeof name === 'string' && name.trim() !== '') details.push(quote(name));
  return details.length === 0 ? `feature #${index}` : `feature #${index} (${details.join(', ')})`;
}

/** The name as a display string, or null when it is missing, empty or has control characters. */
function cleanName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  // eslint-disable-next-line no-control-regex
  if (name === '' || name.length > 100 || /[\u0000-\u001f\u007f]/.test(name)) return null;
  return name;
}

const LEVEL_DIGITS = { voivodeship: 2, powiat: 4, gmina: 7 } as const;

function checkTerc(value: unknown, level: keyof typeof LEVEL_DIGITS): string | null {
  if (typeof value !== 'string') return null;
  return isTercCode(value) && tercLevel(value) === level ? value : null;
}

function tercProblem(value: unknown, level: keyof typeof LEVEL_DIGITS): string {
  const shape =
    level === 'gmina'
      ? '7 digits WWPPGGR, the last one 1, 2 or 3'
      : `${LEVEL_DIGITS[level]} digits, not starting with 00`;
  if (value === undefined)
    return `has no properties.terc (expected a ${level} TERC code: ${shape})`;
  return `properties.terc ${quote(value)} is not a ${level} TERC code (${shape})`;
}

function readUnits(
  file: string,
  features: unknown[],
  level: 'powiat' | 'voivodeship',
  problems: string[],
): SourceUnit[] {
  const units: SourceUnit[] = [];
  const firstIndexByTerc = new Map<string, number>();
  features.forEach((raw, index) => {
    const feature = (raw ?? {}) as RawFeature;
    const label = featureLabel(index, feature);
    const terc = checkTerc(feature.properties?.terc, level);
    const name = cleanName(feature.properties?.name);
    if (terc === null)
      problems.push(`${file}: ${label}: ${tercProblem(feature.properties?.terc, level)}.`);
    if (name === null) problems.push(`${file}: ${label}: has no name (properties.name).`);
    if (terc === null || name === null) return;
    const first = firstIndexByTerc.get(terc);
    if (first !== undefined) {
      problems.push(
        `${file}: ${label}: duplicate terc ${terc}, already used by feature #${first}.`,
      );
      return;
    }
    firstIndexByTerc.set(terc, index);
    units.push({ terc, name });
  });
  return units;
}

function readGminy(
  file: string,
  features: unknown[],
  problems: string[],
): { index: number; gmina: SourceGmina }[] {
  const gminy: { index: number; gmina: SourceGmina }[] = [];
  const firstIndexByTerc = new Map<string, number>();
  features.forEach((raw, index) => {
    const feature = (raw ?? {}) as RawFeature;
    const label = featureLabel(index, feature);
    const report = (problem: string) => problems.push(`${file}: ${label}: ${problem}.`);
    const terc = checkTerc(feature.properties?.terc, 'gmina');
    const name = cleanName(feature.properties?.name);
    if (terc === null) report(tercProblem(feature.properties?.terc, 'gmina'));
    if (name === null) report('has no name (properties.name is missing or empty)');
    if (terc !== null) {
      const first = firstIndexByTerc.get(terc);
      if (first !== undefined) report(`duplicate terc ${terc}, already used by feature #${first}`);
      else firstIndexByTerc.set(terc, index);
    }
    const geometryProblems = checkGeometry(feature.geometry);
    geometryProblems.forEach(report);
    if (terc !== null && name !== null && geometryProblems.length === 0) {
      gminy.push({ index, gmina: { terc, name, geometry: feature.geometry as GminaGeometry } });
    }
  });
  return gminy;
}

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

/** Problems with a gmina's geometry: at most one of each kind, so a broken file stays readable. */
function checkGeometry(geometry: RawFeature['geometry']): string[] {
  if (!geometry || typeof geometry !== 'object') return ['has no geometry'];
  const { type, coordinates } = geometry;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return [`geometry type ${quote(type)} is not Polygon or MultiPolygon`];
  }
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) {
    return [`${type} has no coordinates`];
  }
  const problems = new Map<string, string>();
  polygons.forEach((polygon: unknown, p) => {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      problems.set('shape', `polygon ${p + 1} is not an array of rings`);
      return;
    }
    polygon.forEach((ring: unknown, r) => {
      const where = `polygon ${p + 1}, ring ${r + 1}`;
      if (!Array.isArray(ring) || !ring.every(isPosition)) {
        problems.set('shape', `${where} is not a list of [lng, lat] number pairs`);
        return;
      }
      const positions = ring as [number, number][];
      if (positions.length < 4) {
        problems.set(
          'short',
          `${where} has ${positions.length} positions, a ring needs at least 4`,
        );
      }
      const first = positions[0];
      const last = positions[positions.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        problems.set(
          'open',
          `${where} is not closed: it starts at ${quote(first)} and ends at ${quote(last)}`,
        );
      }
      const outside = positions.findIndex(
        ([lng, lat]) =>
          lng < POLAND_BOUNDS.west ||
          lng > POLAND_BOUNDS.east ||
          lat < POLAND_BOUNDS.south ||
          lat > POLAND_BOUNDS.north,
      );
      if (outside >= 0 && !problems.has('range')) {
        problems.set(
          'range',
          `${where}, position ${outside + 1} ${quote(positions[outside])} is outside Poland ` +
            `(lng ${POLAND_BOUNDS.west}–${POLAND_BOUNDS.east}, lat ${POLAND_BOUNDS.south}–` +
            `${POLAND_BOUNDS.north}): coordinates must be WGS84 [lng, lat] (EPSG:4326)`,
        );
      }
    });
  });
  return [...problems.values()];
}

function checkHierarchy(
  files: { gminaFile: string; powiatFile: string; voivodeshipFile: string },
  {
    gminy,
    powiaty,
    voivodeships,
    complete,
  }: {
    gminy: { index: number; gmina: SourceGmina }[];
    powiaty: SourceUnit[];
    voivodeships: SourceUnit[];
    complete: boolean;
  },
  problems: string[],
): void {
  const powiatCodes = new Set(powiaty.map((unit) => unit.terc));
  const voivodeshipCodes = new Set(voivodeships.map((unit) => unit.terc));
  const usedPowiaty = new Set<string>();
  const usedVoivodeships = new Set<string>();
  for (const { index, gmina } of gminy) {
    const label = `feature #${index} (terc ${gmina.terc}, ${quote(gmina.name)})`;
    const powiat = gmina.terc.slice(0, 4);
    const voivodeship = voivodeshipCodeOf(gmina.terc);
    usedPowiaty.add(powiat);
    usedVoivodeships.add(voivodeship);
    if (!powiatCodes.has(powiat)) {
      problems.push(
        `${files.gminaFile}: ${label}: its powiat ${powiat} is not in ${files.powiatFile}.`,
      );
    }
    if (!voivodeshipCodes.has(voivodeship)) {
      problems.push(
        `${files.gminaFile}: ${label}: its voivodeship ${voivodeship} is not in ${files.voivodeshipFile}.`,
      );
    }
  }
  for (const powiat of powiaty) {
    if (complete && !usedPowiaty.has(powiat.terc)) {
      problems.push(
        `${files.powiatFile}: powiat ${powiat.terc} (${quote(powiat.name)}) has no gmina in ${files.gminaFile}.`,
      );
    }
    if (!voivodeshipCodes.has(voivodeshipCodeOf(powiat.terc))) {
      problems.push(
        `${files.powiatFile}: powiat ${powiat.terc} (${quote(powiat.name)}): its voivodeship ` +
          `${voivodeshipCodeOf(powiat.terc)} is not in ${files.voivodeshipFile}.`,
      );
    }
  }
  for (const voivodeship of voivodeships) {
    if (complete && !usedVoivodeships.has(voivodeship.terc)) {
      problems.push(
        `${files.voivodeshipFile}: voivodeship ${voivodeship.terc} (${quote(voivodeship.name)}) has no gmina in ${files.gminaFile}.`,
      );
    }
  }
}
