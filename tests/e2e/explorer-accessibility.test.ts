import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, describeViolations, openWith, type OpenOptions } from './driver';

afterAll(closeBrowser);

const KOSCIERSKIE_ID = 'koscierskie-partnerstwo-na-rzecz-rozwoju-spoleczno';

const VIEWS: [string, OpenOptions['query'], Omit<OpenOptions, 'query'>?][] = [
  ['the map', undefined],
  ['the list', { view: 'list' }],
  ['the table', { view: 'table' }],
  ['a practice open', { region: '22', practice: KOSCIERSKIE_ID }],
  ['the English UI', { lang: 'en', region: '22' }],
  ['a phone', undefined, { viewport: { width: 390, height: 844 } }],
];

describe('axe-core finds no WCAG 2.1 A/AA violations and no best-practice findings', () => {
  test.each(VIEWS)('on %s', async (_name, query, options) => {
    const app = await openWith(query, options);

    const violations = await app.accessibilityViolations();

    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
