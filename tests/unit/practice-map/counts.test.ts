import { describe, expect, test } from 'vitest';
import { filterPractices } from '../../../src/features/practices/engine/filter-practices';
import { buildPracticeIndex } from '../../../src/features/practices/engine/practice-index';
import { unitCountLookup } from '../../../src/features/practices/map/practice-map-counts';
import { EMPTY_FILTERS } from '../../../src/stores/view-state';
import { defined, loadFixtureGazetteer, loadFixturePractices } from '../explorer/fixtures';

const practices = loadFixturePractices();
const index = buildPracticeIndex(practices, loadFixtureGazetteer().units);

describe('the choropleth input', () => {
  test('counts matching practices per unit by TERC code, one function per result', () => {
    const result = filterPractices(index, EMPTY_FILTERS);
    const countOf = defined(unitCountLookup(index, result));
    expect(unitCountLookup(index, result)).toBe(countOf);
    // a practice counts in every unit its territory overlaps (see practice-index.ts)
    const inPomorskie = practices.filter((p) =>
      p.territory.some((code) => code.startsWith('22') || '22'.startsWith(code)),
    ).length;
    expect(countOf('22')).toBe(inPomorskie);
    expect(countOf('9999')).toBe(0);
    const narrower = filterPractices(index, { ...EMPTY_FILTERS, type: ['energy-efficiency'] });
    expect(defined(unitCountLookup(index, narrower))('22')).toBeLessThan(countOf('22'));
  });

  test('is null when the result carries no unit counts', () => {
    const result = filterPractices(index, EMPTY_FILTERS, { facets: false });
    expect(unitCountLookup(index, result)).toBeNull();
  });
});
