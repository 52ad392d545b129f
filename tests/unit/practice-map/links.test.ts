import { describe, expect, test } from 'vitest';
import type { Practice, Unit } from '../../../src/data/schemas';
import {
  buildPracticeGeometry,
  partnerRingOffsets,
} from '../../../src/features/practices/map/practice-map-links';
import { defined, loadFixtureGazetteer, loadFixturePractices } from '../explorer/fixtures';

const gazetteer = loadFixtureGazetteer();
const byTerc = new Map(gazetteer.units.map((unit) => [unit.terc, unit]));
const lookup = (terc: string): Unit | undefined => byTerc.get(terc);
const practice = (id: string): Practice =>
  defined(loadFixturePractices().find((item) => item.id === id));
const pointOf = (terc: string) => {
  const unit = defined(lookup(terc));
  return [unit.label[1], unit.label[0]];
};

describe('the open practice on the map', () => {
  test('links the leading unit to each partner place, once, never to itself', () => {
    const kp = practice('koscierskie-partnerstwo');
    const geometry = buildPracticeGeometry(kp, lookup);
    expect(geometry.leader).toEqual(pointOf('2206011'));
    const partnerPlaces = [
      ...new Set(kp.partners.flatMap((p) => (p.terc && p.terc !== kp.leader ? [p.terc] : []))),
    ];
    expect(geometry.links.map((link) => link.terc)).toEqual(partnerPlaces);
    for (const link of geometry.links) {
      expect(link.from).toEqual(geometry.leader);
      expect(link.to).toEqual(pointOf(link.terc));
    }
    expect(geometry.territory).toEqual(kp.territory);
    expect(geometry.sectors).toEqual([...new Set(geometry.links.map((link) => link.sector))]);
  });

  test('fits the territory and the partners', () => {
    const kp = practice('koscierskie-partnerstwo');
    const geometry = buildPracticeGeometry(kp, lookup);
    const [southWest, northEast] = defined(geometry.bounds);
    const [south, west] = defined(southWest);
    const [north, east] = defined(northEast);
    for (const terc of kp.territory) {
      const [w, s, e, n] = defined(lookup(terc)).bbox;
      expect(south).toBeLessThanOrEqual(s);
      expect(west).toBeLessThanOrEqual(w);
      expect(north).toBeGreaterThanOrEqual(n);
      expect(east).toBeGreaterThanOrEqual(e);
    }
  });

  test('partners and places the gazetteer lacks are left out, not guessed', () => {
    const kp = practice('koscierskie-partnerstwo');
    const odd: Practice = {
      ...kp,
      partners: [...kp.partners, { name: 'Nieznana', sector: 'jst', terc: '0201011' }],
      territory: [...kp.territory, '0201011'],
    };
    const geometry = buildPracticeGeometry(odd, lookup);
    expect(geometry.links.some((link) => link.terc === '0201011')).toBe(false);
    expect(geometry.territory).toContain('0201011'); // the layer skips polygons it lacks
    const nowhere = buildPracticeGeometry(odd, () => undefined);
    expect(nowhere).toMatchObject({ leader: null, links: [], bounds: null });
  });

  test('a practice with 40 partners gives 40 links', () => {
    const kp = practice('koscierskie-partnerstwo');
    const places = gazetteer.units.filter((unit) => unit.level === 'gmina').slice(0, 41);
    const many: Practice = {
      ...kp,
      leader: defined(places[0]).terc,
      partners: places.map((unit) => ({ name: unit.name, sector: 'jst', terc: unit.terc })),
    };
    expect(buildPracticeGeometry(many, lookup).links).toHaveLength(places.length - 1);
  });

  test('partners that are not places are listed in the data’s order, to be drawn round the leader', () => {
    const kp = practice('koscierskie-partnerstwo');
    const geometry = buildPracticeGeometry(kp, lookup);
    const expected = kp.partners.flatMap((partner, index) =>
      partner.terc ? [] : [{ index, name: partner.name, sector: partner.sector }],
    );
    expect(expected.map((p) => p.sector)).toContain('ngo');
    expect(geometry.unplaced).toEqual(expected);
    // with no leading unit to stand round, none are drawn
    expect(buildPracticeGeometry(kp, () => undefined).unplaced).toEqual([]);
  });
});

describe('partnerRingOffsets', () => {
  const distance = ([ax, ay]: [number, number], [bx, by]: [number, number]) =>
    Math.hypot(ax - bx, ay - by);

  test('one ring 34 px round the leader, clockwise from the top', () => {
    const offsets = partnerRingOffsets(4);
    expect(offsets).toEqual([
      [0, -34],
      [34, 0],
      [0, 34],
      [-34, 0],
    ]);
  });

  test('many partners fill further rings, never overlapping each other or the leader', () => {
    for (const count of [1, 2, 9, 10, 11, 40, 100]) {
      const offsets = partnerRingOffsets(count);
      expect(offsets).toHaveLength(count);
      for (const [i, a] of offsets.entries()) {
        // clear of the leader's markers (radius 9 and 8) and of each other (partner radius 8)
        expect(distance(a, [0, 0])).toBeGreaterThan(33.9);
        for (const b of offsets.slice(i + 1)) expect(distance(a, b)).toBeGreaterThanOrEqual(19);
      }
    }
  });

  test('stable: the first places do not move when there are more partners on a later ring', () => {
    expect(partnerRingOffsets(3)).toEqual(partnerRingOffsets(3));
    expect(partnerRingOffsets(30).slice(9, 12)).toEqual(partnerRingOffsets(31).slice(9, 12));
  });
});
