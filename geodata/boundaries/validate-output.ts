// Checks the generated files before they are written: the app's own schemas, plus what a schema
// cannot see (every unit present, every gmina with area, labels inside their polygons).
import type { z } from 'zod';
import { encodeGazetteer } from '../../src/data/gazetteer-file';
import { boundariesSchema, gazetteerSchema, type Gazetteer } from '../../src/data/schemas';
import { DataBuildError } from '../build-error';
import { isPointInPolygon, polygonsOf } from './gazetteer';
import type { BoundarySource } from './source';
import {
  absoluteArcs,
  ringArea2,
  ringsOf,
  type BoundaryTopology,
  type UnitGeometry,
} from './topology';

function schemaProblems(file: string, error: z.ZodError): string[] {
  return error.issues
    .slice(0, 20)
    .map((issue) => `${file}: at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

export function validateOutputs(
  files: { boundaries: string; gazetteer: string },
  source: BoundarySource,
  topology: BoundaryTopology,
  gazetteer: Gazetteer,
): void {
  const problems: string[] = [];
  const boundariesResult = boundariesSchema.safeParse(topology);
  if (!boundariesResult.success)
    problems.push(...schemaProblems(files.boundaries, boundariesResult.error));
  // the file as it is written (encodeGazetteer throws, naming the unit, if it cannot carry one)
  const gazetteerResult = gazetteerSchema.safeParse(encodeGazetteer(gazetteer));
  if (!gazetteerResult.success)
    problems.push(...schemaProblems(files.gazetteer, gazetteerResult.error));

  const arcs = absoluteArcs(topology.arcs);
  const expected = {
    gmina: source.gminy.map((unit) => unit.terc),
    powiat: source.powiaty.map((unit) => unit.terc),
    voivodeship: source.voivodeships.map((unit) => unit.terc),
  };
  for (const level of ['gmina', 'powiat', 'voivodeship'] as const) {
    const geometries = topology.objects[level].geometries as UnitGeometry[];
    const ids = geometries.map((geometry) => geometry.id);
    if (ids.join() !== expected[level].join()) {
      const missing = expected[level].filter((terc) => !ids.includes(terc));
      problems.push(
        `${files.boundaries}: object ${level} has ${ids.length} units, expected ` +
          `${expected[level].length}${missing.length ? ` (missing ${missing.slice(0, 10).join(', ')})` : ''}.`,
      );
    }
    for (const geometry of geometries) {
      if (!ringsOf(geometry).some((ring) => ringArea2(ring, arcs) !== 0)) {
        problems.push(`${files.boundaries}: ${level} ${geometry.id} has no ring with any area.`);
      }
    }
  }

  const geometryByTerc = new Map<string, UnitGeometry>();
  for (const object of Object.values(topology.objects)) {
    for (const geometry of object.geometries as UnitGeometry[])
      geometryByTerc.set(geometry.id, geometry);
  }
  const tercs = gazetteer.units.map((unit) => unit.terc);
  const allExpected = [...expected.gmina, ...expected.powiat, ...expected.voivodeship].sort();
  if (tercs.join() !== allExpected.join()) {
    problems.push(
      `${files.gazetteer}: has ${tercs.length} units, expected ${allExpected.length}, sorted by TERC.`,
    );
  }
  for (const unit of gazetteer.units) {
    const geometry = geometryByTerc.get(unit.terc);
    const [west, south, east, north] = unit.bbox;
    const [lng, lat] = unit.label;
    if (!(west <= lng && lng <= east && south <= lat && lat <= north)) {
      problems.push(
        `${files.gazetteer}: unit ${unit.terc}: label ${unit.label.join(',')} is outside its bbox.`,
      );
    }
    if (
      geometry &&
      !polygonsOf(topology, geometry).some((polygon) => isPointInPolygon(unit.label, polygon))
    ) {
      problems.push(
        `${files.gazetteer}: unit ${unit.terc}: label ${unit.label.join(',')} is outside its polygon.`,
      );
    }
  }
  if (problems.length > 0) throw new DataBuildError(problems);
}
