// What the map says about a place (issue 9): "practices here" are those the place takes part in;
// those of the units around it are offered apart; a gmina is a place to start from; the place
// search reads Polish endings and forgives typos; undated practices are not lost to a year range.
import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openApp, openWith, servedGazetteer, servedPractices } from './driver';

afterAll(closeBrowser);

const IWKOWA = '1202062';
const MALOPOLSKIE = '12';
const TATRY = 'zwiazek-euroregion-tatry';

test('Iwkowa shows only what it takes part in; the voivodeship’s practices are one click away', async () => {
  const practices = await servedPractices();
  const takesPart = (code: string) =>
    practices.filter((practice) => practice.territory.some((unit) => unit.startsWith(code)));
  const around = practices.filter(
    (practice) =>
      !practice.territory.some((unit) => unit.startsWith(IWKOWA)) &&
      practice.territory.some((unit) => unit.length < IWKOWA.length && IWKOWA.startsWith(unit)),
  );
  expect(around.map((practice) => practice.id)).toContain(TATRY);

  const app = await openWith({ region: IWKOWA });
  expect(await app.resultCount()).toBe(takesPart(IWKOWA).length);
  expect(await app.resultIds()).not.toContain(TATRY);
  const offer = await app.coveringOffer();
  expect(offer).toContain(`+ ${around.length} praktyk`);
  expect(offer).toContain('powiatu i województwa');

  await app.includeCovering();
  expect(await app.resultIds()).toContain(TATRY);
  expect(await app.resultCount()).toBe(takesPart(IWKOWA).length + around.length);
  expect(await app.copyLink()).toContain('covering=1');

  // the voivodeship itself takes part in Euroregion Tatry
  const region = await openWith({ region: MALOPOLSKIE });
  expect(await region.resultIds()).toContain(TATRY);
  expect(await region.coveringOffer()).toBeNull();
  expect(app.problems()).toEqual([]);
  expect(region.problems()).toEqual([]);
});

test('a gmina clicked on the map opens its panel: its practices, and its neighbours’ with the reason', async () => {
  const { units } = await servedGazetteer();
  const koscierzyna = units.find((unit) => unit.terc === '2206042');
  if (!koscierzyna) throw new Error('the served gazetteer has no gmina Kościerzyna (2206042)');
  const [lng, lat] = koscierzyna.label;

  const app = await openApp({ hash: `map=10/${lat}/${lng}` });
  await app.waitForExplorerReady();
  await app.clickAt(lng, lat);
  const panel = await app.waitForPlacePanel('Kościerzyna');
  expect(panel.facts).toContain('gmina wiejska');
  expect(panel.facts).toContain('powiat kościerski');

  const [takingPart, ...others] = panel.groups;
  expect(takingPart?.heading).toMatch(/^Praktyki z udziałem jednostki: \d+ praktyk/);
  expect(takingPart?.items.length).toBeGreaterThan(0);
  const nearby = others.find((group) => group.heading === 'W pobliżu i podobne');
  expect(nearby?.items.some((item) => / — sąsiednia gmina: /.test(item))).toBe(true);

  // "show only these" makes the place the filter
  await app.showOnlyPlacePractices();
  expect(await app.placePanel()).toBeNull();
  expect(await app.tickedFilters()).toEqual([]);
  expect(await app.resultCount()).toBe(takingPart?.items.length);
  expect(await app.copyLink()).toContain('region=2206042');
  expect(app.problems()).toEqual([]);
});

test('the place search reads Polish endings, forgives a typo, and its text can be read', async () => {
  const app = await openApp();
  await app.waitForMapReady();

  const krakowa = await app.typeInPlaceSearch('Krakowa');
  expect(krakowa.options[0]).toMatch(/^Kraków/);
  expect(krakowa.textContrast).toBeGreaterThanOrEqual(4.5);

  const typo = await app.typeInPlaceSearch('Kosciezyna');
  expect(typo.status).toBe('Czy chodziło o: Kościerzyna?');
  expect(typo.options.some((option) => option.startsWith('Kościerzyna'))).toBe(true);

  const search = await openWith({});
  expect(await search.searchPractices('Kosciezyna')).toBe('Czy chodziło o: koscierzyna?');
  expect(await search.resultCount()).toBeGreaterThan(0);
  expect(app.problems()).toEqual([]);
  expect(search.problems()).toEqual([]);
});

test('a year range says how many practices have no start year, and shows them on request', async () => {
  const practices = await servedPractices();
  const inRange = practices.filter(
    (practice) => practice.yearStarted !== null && practice.yearStarted >= 2010,
  );
  const undated = practices.filter((practice) => practice.yearStarted === null);
  expect(undated.length).toBeGreaterThan(0);

  const app = await openWith({ years: '2010-' });
  expect(await app.resultCount()).toBe(inRange.length);
  expect(await app.undatedOffer()).toMatch(
    new RegExp(`^${undated.length} praktyk\\p{L}* bez roku rozpoczęcia — pokaż je$`, 'u'),
  );
  await app.includeUndated();
  expect(await app.resultCount()).toBe(inRange.length + undated.length);
  expect(await app.copyLink()).toContain('undated=1');
  expect(app.problems()).toEqual([]);
});

test('adding the first filter leaves the checkboxes where they were, under the pointer', async () => {
  const app = await openWith({});
  const before = await app.filterOptionTop('Województwo', 'pomorskie');
  await app.choose('Województwo', 'pomorskie');
  expect(await app.filterOptionTop('Województwo', 'pomorskie')).toBe(before);
  expect(app.problems()).toEqual([]);
});
