import { describe, expect, test } from 'vitest';
import { PRACTICE_TYPES, SECTORS } from '../../../src/data/schemas';
import { BOUNDARY_STROKES } from '../../../src/features/boundaries/boundary-style';
import { CHOROPLETH_COLORS } from '../../../src/features/boundaries/choropleth';
import {
  choroplethLegendEntries,
  choroplethLegendTitle,
} from '../../../src/features/boundaries/choropleth-legend';
import { choroplethClasses } from '../../../src/features/boundaries/choropleth';
import {
  practiceTypeLegendEntries,
  selectionLegendEntries,
} from '../../../src/features/practices/map/practice-map-legend';
import {
  CLUSTER_COLOR,
  PRACTICE_TYPE_STYLES,
  SECTOR_LINK_STYLES,
  SECTOR_PARTNER_LETTERS,
  clusterLabel,
  clusterRadius,
} from '../../../src/features/practices/map/practice-map-style';
import { createTranslate } from '../../../src/i18n/translate';
import { contrastRatio } from './contrast';

const pl = createTranslate('pl');
const en = createTranslate('en');

describe('practice type legend and markers', () => {
  test('one entry per type with its colour, letter and name, then the cluster', () => {
    const entries = practiceTypeLegendEntries(pl);
    expect(entries.map((entry) => entry.key)).toEqual([...PRACTICE_TYPES, 'cluster']);
    expect(entries[0]).toMatchObject({
      label: 'Usługi społeczne',
      swatch: { kind: 'marker', fill: PRACTICE_TYPE_STYLES['social-services'].color, text: 'S' },
    });
    expect(practiceTypeLegendEntries(en)[0]?.label).toBe('Social services');
  });

  test('colour is not the only cue: letters and colours are distinct per type', () => {
    const styles = Object.values(PRACTICE_TYPE_STYLES);
    expect(new Set(styles.map((style) => style.letter)).size).toBe(PRACTICE_TYPES.length);
    expect(new Set(styles.map((style) => style.color)).size).toBe(PRACTICE_TYPES.length);
  });

  test('white letters and counts on markers meet AA (4.5:1)', () => {
    for (const { color } of Object.values(PRACTICE_TYPE_STYLES)) {
      expect(contrastRatio('#ffffff', color), color).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio('#ffffff', CLUSTER_COLOR)).toBeGreaterThanOrEqual(4.5);
  });

  test('clusters grow with their count and label it briefly', () => {
    expect(clusterRadius(2)).toBeLessThan(clusterRadius(100));
    expect(clusterRadius(1_000_000)).toBe(22);
    expect(clusterLabel(151)).toBe('151');
    expect(clusterLabel(12_345)).toBe('12k');
  });
});

describe('selection legend', () => {
  test('leader, territory, then a line per sector of the drawn links', () => {
    const entries = selectionLegendEntries(pl, ['jst', 'ngo']);
    expect(entries.map((entry) => entry.key)).toEqual([
      'leader',
      'territory',
      'link-jst',
      'link-ngo',
    ]);
    expect(entries[3]?.label).toBe('Powiązanie z partnerem: Organizacje pozarządowe');
    expect(entries[3]?.swatch).toEqual({
      kind: 'line',
      color: SECTOR_LINK_STYLES.ngo.color,
      dashArray: SECTOR_LINK_STYLES.ngo.dashArray,
    });
  });

  test('partners round the leader: one entry, the letter of each of their sectors', () => {
    const entries = selectionLegendEntries(pl, ['jst', 'ngo', 'science'], ['ngo', 'science']);
    expect(entries.map((entry) => entry.key)).toEqual([
      'leader',
      'territory',
      'link-jst',
      'link-ngo',
      'link-science',
      'partners',
    ]);
    expect(entries[5]?.label).toBe(
      'Partnerzy przy jednostce wiodącej: O organizacja pozarządowa, U nauka',
    );
    expect(entries[5]?.swatch).toEqual({
      kind: 'marker',
      fill: SECTOR_LINK_STYLES.ngo.color,
      text: SECTOR_PARTNER_LETTERS.ngo,
    });
    expect(selectionLegendEntries(pl, ['jst'], []).map((entry) => entry.key)).not.toContain(
      'partners',
    );
    // letters differ by sector and from every practice type's letter
    const letters = SECTORS.map((sector) => SECTOR_PARTNER_LETTERS[sector]);
    expect(new Set(letters).size).toBe(SECTORS.length);
    const typeLetters = PRACTICE_TYPES.map((type) => PRACTICE_TYPE_STYLES[type].letter);
    for (const letter of letters) expect(typeLetters).not.toContain(letter);
    // white letters on the sector colours at AA
    for (const sector of SECTORS) {
      expect(contrastRatio('#ffffff', SECTOR_LINK_STYLES[sector].color)).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  test('sectors differ in dash pattern, not only in colour; lines show on white (3:1)', () => {
    const patterns = SECTORS.map((sector) => SECTOR_LINK_STYLES[sector].dashArray ?? 'solid');
    expect(new Set(patterns).size).toBe(SECTORS.length);
    for (const sector of SECTORS) {
      expect(contrastRatio('#ffffff', SECTOR_LINK_STYLES[sector].color)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('choropleth legend', () => {
  test('one entry per class with its number range; zero is an empty outline', () => {
    const scale = { level: 'powiat' as const, classes: choroplethClasses(25) };
    const entries = choroplethLegendEntries(scale);
    expect(entries.map((entry) => entry.label)).toEqual(['0', '1', '2–3', '4–7', '8–15', '16–25']);
    expect(entries[0]?.swatch).toEqual({
      kind: 'area',
      fill: null,
      stroke: BOUNDARY_STROKES.powiat.color,
    });
    expect(choroplethLegendTitle(pl, 'gmina')).toBe('Pasujące praktyki w gminie');
    expect(choroplethLegendTitle(en, 'voivodeship')).toBe('Matching practices per voivodeship');
  });

  test('the darkest class stands out from the unfilled land (3:1)', () => {
    expect(contrastRatio('#ffffff', CHOROPLETH_COLORS.at(-1) ?? '#ffffff')).toBeGreaterThanOrEqual(
      3,
    );
  });
});
