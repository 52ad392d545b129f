import { describe, expect, test } from 'vitest';
import { wrapTitle } from '../../../deploy/preview-image';

describe("the preview image's title", () => {
  test('wrapped by width, breaking after a hyphen, at most the lines asked, then an ellipsis', () => {
    const lines = wrapTitle('Partnerstwo Południowo-Wschodniego Podlasia', 46, 512, 6);
    expect(lines).toEqual(['Partnerstwo', 'Południowo-', 'Wschodniego', 'Podlasia']);
    const long = wrapTitle('słowo '.repeat(60), 46, 512, 3);
    expect(long).toHaveLength(3);
    expect(long[2]?.endsWith('…')).toBe(true);
    // a word longer than the line is cut
    const [only] = wrapTitle('x'.repeat(200), 46, 512, 6);
    expect(only?.endsWith('…')).toBe(true);
    expect(only?.length).toBeLessThan(200);
  });
});
