import { describe, expect, test } from 'vitest';
import { paddingAround } from '../../../src/lib/control-aware-padding';

const map = { left: 0, top: 0, right: 600, bottom: 600 };

describe('paddingAround', () => {
  test('with no controls, every side gets the margin', () => {
    expect(paddingAround(map, [], 10)).toEqual([10, 10, 10, 10]);
  });

  test('a tall legend in the bottom-left corner pushes the fit to the right', () => {
    const legend = { left: 10, top: 250, right: 260, bottom: 590 };
    expect(paddingAround(map, [legend], 10)).toEqual([270, 10, 10, 10]);
  });

  test('a wide, low control at the bottom right pushes the fit up', () => {
    const attribution = { left: 300, top: 580, right: 600, bottom: 600 };
    expect(paddingAround(map, [attribution], 10)).toEqual([10, 10, 10, 30]);
  });

  test('a legend in the top-right corner and zoom buttons top-left pad their own sides', () => {
    const legend = { left: 340, top: 10, right: 590, bottom: 200 };
    const zoom = { left: 10, top: 10, right: 40, bottom: 70 };
    // the legend costs 250/600 of the width or 190/600 of the height: it pads the top
    expect(paddingAround(map, [legend, zoom], 10)).toEqual([50, 210, 10, 10]);
  });

  test('hidden controls (no size) are ignored', () => {
    expect(paddingAround(map, [{ left: 0, top: 0, right: 0, bottom: 0 }], 5)).toEqual([5, 5, 5, 5]);
  });
});
