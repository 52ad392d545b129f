import { describe, expect, test } from 'vitest';
import { bitsetFromIndexes, fullBitset } from '../../../src/features/practices/engine/bitset';
import { filterPractices } from '../../../src/features/practices/engine/filter-practices';
import { buildPracticeIndex } from '../../../src/features/practices/engine/practice-index';
import {
  FAN_MAX,
  FAN_ZOOM,
  buildPlaceClusters,
  fanOffsets,
  fansOut,
  groupByLeader,
  groupSize,
  leaderUnitsOf,
  practicesShown,
  queryMarkers,
  type BBox,
} from '../../../src/features/practices/map/practice-map-clusters';
import { EMPTY_FILTERS } from '../../../src/stores/view-state';
import { generatePractices } from '../../bench/synthetic-practices';
import { defined, loadFixtureGazetteer, loadFixturePractices } from '../explorer/fixtures';

const gazetteer = loadFixtureGazetteer();
const practices = loadFixturePractices();
const index = buildPracticeIndex(practices, gazetteer.units);
const POLAND: BBox = [14, 49, 24.5, 55];
const codeOf = (u: number) => defined(index.units[u]).terc;

describe('grouping matching practices by leading unit', () => {
  test('every matching practice with a known leader is in the group of its leader', () => {
    const groups = groupByLeader(index, fullBitset(index.size));
    const leaders = leaderUnitsOf(index);
    let grouped = 0;
    groups.units.forEach((u, g) => {
      for (let i = defined(groups.start[g]); i < defined(groups.start[g + 1]); i += 1) {
        const p = defined(groups.practices[i]);
        expect(leaders[p]).toBe(u);
        expect(groups.groupOfPractice[p]).toBe(g);
        grouped += 1;
      }
    });
    expect(grouped + groups.unplaced).toBe(index.size);
    // one place per distinct leader
    expect(groups.units.length).toBe(new Set(practices.map((p) => p.leader)).size);
  });

  test('only matching practices are grouped', () => {
    const first = defined(index.indexById.get('koscierskie-partnerstwo'));
    const groups = groupByLeader(index, bitsetFromIndexes(index.size, [first]));
    expect([...groups.units].map(codeOf)).toEqual(['2206011']);
    expect(groupSize(groups, 0)).toBe(1);
    expect(groups.groupOfPractice.filter((g) => g >= 0)).toHaveLength(1);
  });

  test('a leader missing from the gazetteer is counted as unplaced, not drawn', () => {
    const odd = { ...defined(practices[0]), id: 'odd', leader: '0201011' };
    const withOdd = buildPracticeIndex([...practices, odd], gazetteer.units);
    const groups = groupByLeader(withOdd, fullBitset(withOdd.size));
    expect(groups.unplaced).toBe(1);
    expect(groups.groupOfPractice[withOdd.size - 1]).toBe(-1);
  });
});

describe('clusters and what is drawn', () => {
  const groups = groupByLeader(index, fullBitset(index.size));
  const clusters = buildPlaceClusters(index, groups);

  test('every matching practice is drawn exactly once at every zoom', () => {
    for (let zoom = 5; zoom <= 14; zoom += 1) {
      const items = queryMarkers(clusters, groups, POLAND, zoom);
      expect(practicesShown(items), `zoom ${zoom}`).toBe(index.size);
    }
  });

  test('zoomed out, nearby places merge; zoomed in, none do', () => {
    const out = queryMarkers(clusters, groups, POLAND, 5);
    const close = queryMarkers(clusters, groups, POLAND, 14);
    expect(out.some((item) => item.kind === 'cluster')).toBe(true);
    expect(close.some((item) => item.kind === 'cluster')).toBe(false);
    expect(out.length).toBeLessThan(close.length);
    // a cluster knows its places, and its count is theirs
    for (const item of out) {
      if (item.kind !== 'cluster') continue;
      expect(item.count).toBe(item.groups.reduce((sum, g) => sum + groupSize(groups, g), 0));
    }
  });

  test('the filter result decides what is clustered', () => {
    const result = filterPractices(index, { ...EMPTY_FILTERS, type: ['social-services'] });
    const filtered = groupByLeader(index, result.matches);
    const items = queryMarkers(buildPlaceClusters(index, filtered), filtered, POLAND, 14);
    expect(items.map((item) => item.kind === 'practice' && practices[item.practice]?.type)).toEqual(
      items.map(() => 'social-services'),
    );
    expect(practicesShown(items)).toBe(result.count);
  });

  test('a view outside Poland shows nothing', () => {
    expect(queryMarkers(clusters, groups, [0, 0, 1, 1], 8)).toEqual([]);
  });
});

describe('several practices of one place', () => {
  const synthetic = generatePractices(3000, gazetteer, 7);
  const big = buildPracticeIndex(synthetic, gazetteer.units);
  const groups = groupByLeader(big, fullBitset(big.size));
  const clusters = buildPlaceClusters(big, groups);

  test('are fanned out when few (or zoomed in), else drawn as one counted stack', () => {
    expect(fansOut(1, 5)).toBe(true);
    expect(fansOut(6, 5)).toBe(true);
    expect(fansOut(7, 5)).toBe(false);
    expect(fansOut(FAN_MAX, FAN_ZOOM)).toBe(true);
    expect(fansOut(FAN_MAX + 1, 18)).toBe(false);
    const items = queryMarkers(clusters, groups, POLAND, 14);
    expect(practicesShown(items)).toBe(big.size);
    const stacks = items.filter((item) => item.kind === 'stack');
    for (const stack of stacks) expect(stack.count).toBeGreaterThan(FAN_MAX);
    const keys = items.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('fan offsets never overlap markers (≥ 16 px apart) and grow from the centre', () => {
    expect(fanOffsets(1)).toEqual([[0, 0]]);
    for (const n of [2, 3, 6, 8, 9, 30, 60]) {
      const offsets = fanOffsets(n);
      expect(offsets).toHaveLength(n);
      for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1) {
          const [ax, ay] = defined(offsets[i]);
          const [bx, by] = defined(offsets[j]);
          expect(Math.hypot(ax - bx, ay - by), `n=${n} ${i}/${j}`).toBeGreaterThanOrEqual(16);
        }
      }
    }
  });
});
