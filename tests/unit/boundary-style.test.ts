import { describe, expect, test } from 'vitest';
import {
  BOUNDARY_STROKES,
  FILL_OPACITY,
  boundaryPathOptions,
  createBoundaryStyle,
} from '../../src/features/boundaries/boundary-style';

const skawina: GeoJSON.Feature = {
  type: 'Feature',
  id: '1206113',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [] },
};

describe('boundary styles', () => {
  test('coarser levels are drawn heavier', () => {
    const weight = (level: 'voivodeship' | 'powiat' | 'gmina') =>
      boundaryPathOptions(level).weight ?? 0;
    expect(weight('voivodeship')).toBeGreaterThan(weight('powiat'));
    expect(weight('powiat')).toBeGreaterThan(weight('gmina'));
  });

  test('without a fill value a unit is transparent but still filled (so the pointer hits it)', () => {
    const style = createBoundaryStyle('gmina')(skawina);
    expect(style).toMatchObject({ fill: true, fillOpacity: 0, ...BOUNDARY_STROKES.gmina });
  });

  test('a fill value supplied by code shades that unit only', () => {
    const fillFor = (terc: string) => (terc === '1206113' ? '#e34a33' : null);
    const style = createBoundaryStyle('gmina', fillFor);
    expect(style(skawina)).toMatchObject({ fillColor: '#e34a33', fillOpacity: FILL_OPACITY });
    expect(style({ ...skawina, id: '1206072' })).toMatchObject({ fillOpacity: 0 });
    expect(style()).toMatchObject({ fillOpacity: 0 });
  });

  test('is pure: the same feature gives equal options, and the options are fresh objects', () => {
    const style = createBoundaryStyle('powiat');
    const first = style(skawina);
    const second = style(skawina);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });
});
