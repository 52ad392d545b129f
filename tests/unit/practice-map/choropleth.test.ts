import { describe, expect, test } from 'vitest';
import {
  CHOROPLETH_COLORS,
  choroplethClasses,
  choroplethScale,
  classOf,
  formatClassRange,
  type ChoroplethClass,
} from '../../../src/features/boundaries/choropleth';
import { createBoundaryStyle } from '../../../src/features/boundaries/boundary-style';

const ranges = (classes: ChoroplethClass[]) => classes.map(formatClassRange);

describe('choropleth classes', () => {
  test('adapt to the largest count with readable bounds', () => {
    expect(ranges(choroplethClasses(0))).toEqual(['0']);
    expect(ranges(choroplethClasses(1))).toEqual(['0', '1']);
    expect(ranges(choroplethClasses(3))).toEqual(['0', '1', '2', '3']);
    expect(ranges(choroplethClasses(6))).toEqual(['0', '1', '2–3', '4–6']);
    expect(ranges(choroplethClasses(25))).toEqual(['0', '1', '2–3', '4–7', '8–15', '16–25']);
    expect(ranges(choroplethClasses(6234))).toEqual([
      '0',
      '1–4',
      '5–19',
      '20–99',
      '100–999',
      '1000–6234',
    ]);
  });

  test('cover every count from 0 to the maximum exactly once', () => {
    for (const max of [0, 1, 4, 5, 6, 17, 40, 41, 99, 151, 5000, 100_000]) {
      const classes = choroplethClasses(max);
      expect(classes.length).toBeLessThanOrEqual(CHOROPLETH_COLORS.length + 1);
      let next = 0;
      for (const item of classes) {
        expect(item.min, `max ${max}`).toBe(next);
        expect(item.max).toBeGreaterThanOrEqual(item.min);
        next = item.max + 1;
      }
      expect(next - 1).toBe(max);
    }
  });

  test('zero is unfilled; the darkest colour is the top class; colours never repeat', () => {
    for (const max of [1, 3, 6, 25, 6234]) {
      const classes = choroplethClasses(max);
      expect(classes[0]?.color).toBeNull();
      const colors = classes.slice(1).map((item) => item.color);
      expect(new Set(colors).size).toBe(colors.length);
      if (colors.length > 1) expect(colors.at(-1)).toBe(CHOROPLETH_COLORS.at(-1));
      // light to dark, in palette order
      const order = colors.map((color) => CHOROPLETH_COLORS.indexOf(color as never));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });

  test('classOf finds the class of a count', () => {
    const classes = choroplethClasses(25);
    expect(formatClassRange(classOf(classes, 0))).toBe('0');
    expect(formatClassRange(classOf(classes, 5))).toBe('4–7');
    expect(formatClassRange(classOf(classes, 25))).toBe('16–25');
  });

  test('a level’s scale comes from its units’ counts, and shades them through fillFor', () => {
    const counts: Record<string, number> = { '22': 12, '12': 3, '02': 0 };
    const countOf = (terc: string) => counts[terc] ?? 0;
    const scale = choroplethScale('voivodeship', Object.keys(counts), countOf);
    expect(scale.level).toBe('voivodeship');
    expect(ranges(scale.classes)).toEqual(['0', '1', '2–3', '4–7', '8–12']);
    const style = createBoundaryStyle(
      'voivodeship',
      (terc) => classOf(scale.classes, countOf(terc)).color,
    );
    const feature = (id: string): GeoJSON.Feature => ({
      type: 'Feature',
      id,
      properties: {},
      geometry: { type: 'Point', coordinates: [0, 0] },
    });
    expect(style(feature('22')).fillColor).toBe(CHOROPLETH_COLORS.at(-1));
    expect(style(feature('22')).fillOpacity).toBeGreaterThan(0);
    expect(style(feature('02')).fillOpacity).toBe(0);
  });
});
