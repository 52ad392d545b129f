import { describe, expect, test } from 'vitest';
import type { Practice, Unit } from '../../../src/data/schemas';
import { buildPracticeGeometry } from '../../../src/features/practices/map/practice-map-links';
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
});
