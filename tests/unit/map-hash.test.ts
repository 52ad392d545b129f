import { describe, expect, test } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/config/map';
import { parseMapHash } from '../../src/features/map/map-hash';
import { canonicalMapHash, formatMapView, withMapView } from '../../src/stores/url-map-hash';

describe('the map view in the hash', () => {
  test('reads #map=zoom/lat/lng', () => {
    expect(parseMapHash('#map=8/50.0/19.8')).toEqual({ zoom: 8, lat: 50, lng: 19.8 });
    expect(parseMapHash('map=10/49.9521/19.7843')).toEqual({
      zoom: 10,
      lat: 49.9521,
      lng: 19.7843,
    });
  });

  test('finds the map part beside other hash parts', () => {
    expect(parseMapHash('#x=1&map=7/52.1/21.0&y=2')).toEqual({ zoom: 7, lat: 52.1, lng: 21 });
  });

  test.each([
    '',
    '#',
    '#map=',
    '#map=8/50',
    '#map=8/50/19/1',
    '#map=eight/50/19',
    '#map=8/50/19e1',
    '#map=8/95/19',
    '#map=8/50/190',
    '#map=-1/50/19',
    '#map=30/50/19',
    '#map=8/ 50/19',
    '#map=8/<script>/19',
  ])('invalid %j gives null (Poland is shown instead)', (hash) => {
    expect(parseMapHash(hash)).toBeNull();
  });

  test('rounds and clamps the zoom to what the map allows', () => {
    expect(parseMapHash('#map=7.6/50/19')?.zoom).toBe(8);
    expect(parseMapHash('#map=2/50/19')?.zoom).toBe(MIN_ZOOM);
    expect(parseMapHash('#map=22/50/19')?.zoom).toBe(MAX_ZOOM);
  });

  test('writes whole zooms and 4 decimals', () => {
    expect(formatMapView({ zoom: 6, lat: 52.01521234, lng: 19.135 })).toBe('map=6/52.0152/19.1350');
  });

  test('writes the map part alone: other entries of the hash are dropped (issue 11)', () => {
    const view = { zoom: 9, lat: 50, lng: 20 };
    expect(withMapView(view)).toBe('#map=9/50.0000/20.0000');
    expect(canonicalMapHash('#a=1&map=6/50/19&b=2')).toBe('#map=6/50.0000/19.0000');
    expect(canonicalMapHash('#map=6/52/19&javascript:alert(1)&%3Cimg%20src=x%3E')).toBe(
      '#map=6/52.0000/19.0000',
    );
    expect(canonicalMapHash('#main')).toBe('');
  });

  test('writes the view clamped to the limits a link is read with (issue 11: -999 → 12, not 11.9971)', () => {
    expect(formatMapView({ zoom: 6, lat: 52, lng: 11.99713 })).toBe('map=6/52.0000/12.0000');
    expect(formatMapView({ zoom: 3, lat: 80, lng: 40 })).toBe(`map=${MIN_ZOOM}/56.5000/26.5000`);
  });

  test('round trip', () => {
    const view = { zoom: 11, lat: 49.9521, lng: 19.7843 };
    expect(parseMapHash(withMapView(view))).toEqual(view);
  });
});
