import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { boundaryDetailFile, DATA_FILES } from '../../../src/config/data-files';
import { withBoundaryDetail } from '../../../src/data/boundary-detail';
import { decodeBoundaries } from '../../../src/data/decode-boundaries';
import { boundariesSchema, type Boundaries } from '../../../src/data/schemas';
import { voivodeshipsInView } from '../../../src/features/boundaries/voivodeships-in-view';

// the shipped data, built by `npm run build:data` (npm test builds it first)
const publicDir = path.resolve(import.meta.dirname, '../../../public');
const read = (file: string): Boundaries =>
  boundariesSchema.parse(JSON.parse(readFileSync(path.join(publicDir, file), 'utf8')));
const light = decodeBoundaries(read(DATA_FILES.boundaries));
const malopolskie = read(boundaryDetailFile('12'));

const vertices = (feature: GeoJSON.Feature | undefined): number =>
  JSON.stringify(feature?.geometry ?? null).split('],[').length;

describe('withBoundaryDetail', () => {
  test('without detail files, the light boundaries as they are', () => {
    expect(withBoundaryDetail(light, new Map())).toBe(light);
  });

  test('puts the loaded voivodeship’s features in place at every level, and only those', () => {
    const merged = withBoundaryDetail(light, new Map([['12', malopolskie]]));
    for (const terc of ['1206113', '1206', '12']) {
      expect(merged.feature(terc)).not.toBe(light.feature(terc));
      expect(vertices(merged.feature(terc))).toBeGreaterThan(vertices(light.feature(terc)));
    }
    // Skawina in the gmina level's collection is the detailed one; a Silesian gmina is not
    const skawina = merged.level('gmina').features.find((f) => f.id === '1206113');
    expect(skawina).toBe(merged.feature('1206113'));
    expect(merged.feature('2461011')).toBe(light.feature('2461011'));
    expect(merged.level('gmina').features.map((f) => f.id)).toEqual(
      light.level('gmina').features.map((f) => f.id),
    );
  });

  test('one object (one version, one layer key) per set of loaded files', () => {
    const a = withBoundaryDetail(light, new Map([['12', malopolskie]]));
    const b = withBoundaryDetail(light, new Map([['12', malopolskie]]));
    expect(b).toBe(a);
    expect(a.version).not.toBe(light.version);
  });
});

describe('voivodeshipsInView', () => {
  const bboxes: Record<string, [number, number, number, number]> = {
    '12': [19.08, 49.17, 21.43, 50.52],
    '24': [18.03, 49.39, 19.98, 51.1],
  };
  const bboxOf = (code: string) => bboxes[code];
  const krakow: [number, number, number, number] = [19.7, 49.9, 20.2, 50.2];

  test('none below the detail zoom', () => {
    expect(voivodeshipsInView(krakow, 8, bboxOf)).toEqual([]);
  });

  test('those whose bbox meets the view, in code order', () => {
    expect(voivodeshipsInView(krakow, 10, bboxOf)).toEqual(['12', '24']);
    expect(voivodeshipsInView([20.5, 49.5, 21, 49.8], 9, bboxOf)).toEqual(['12']);
    expect(voivodeshipsInView([14.2, 53, 14.5, 53.2], 12, bboxOf)).toEqual([]);
  });
});

describe('the land under the boundaries', () => {
  test('is Poland as one shape: only the border, a fraction of the voivodeships’ vertices', () => {
    const land = light.land();
    const landVertices = JSON.stringify(land.coordinates).split('],[').length;
    const voivodeshipVertices = light
      .level('voivodeship')
      .features.reduce((sum, feature) => sum + vertices(feature), 0);
    expect(land.type).toBe('MultiPolygon');
    expect(landVertices).toBeLessThan(voivodeshipVertices / 3);
    // the same shape whoever asks, and the detailed boundaries keep it
    expect(light.land()).toBe(land);
    expect(withBoundaryDetail(light, new Map([['12', malopolskie]])).land()).toBe(land);
  });
});
