import { afterAll, expect, test } from 'vitest';
import { closeBrowser, naming, openWith, servedGazetteer, servedPractices } from './driver';

afterAll(closeBrowser);

test('an NGO partner of the open practice is drawn round its leader and named', async () => {
  const [practices, { units }] = await Promise.all([servedPractices(), servedGazetteer()]);
  // the first practice with an NGO among its partners that are not places
  const practice = practices.find((candidate) =>
    candidate.partners.some((partner) => !partner.terc && partner.sector === 'ngo'),
  );
  if (!practice) throw new Error('the served practices have no NGO partner without a place');
  const leader = units.find((unit) => unit.terc === practice.leader);
  if (!leader) throw new Error(`the served gazetteer has no leader ${practice.leader}`);
  const unplaced = practice.partners.filter((partner) => !partner.terc);
  const nth = unplaced.findIndex((partner) => partner.sector === 'ngo');
  const ngo = unplaced[nth];
  if (!ngo) throw new Error('no NGO among the partners without a place');

  const app = await openWith({ practice: practice.id });
  await app.waitForMapReady();
  await app.waitForMapToSettle();
  await app.foldMapLegends();
  // every partner without a place stands round the leader: none is left off the map
  await expect.poll(() => app.partnersDrawn()).toBe(unplaced.length);

  // the pointer names it
  expect(await app.pointAtPartner(leader.label, nth, unplaced.length)).toMatch(naming(ngo.name));

  // and so does the keyboard: focusing it in the detail's partner list names its point
  await app.pointAway();
  expect(await app.partnerNameShown()).toBeNull();
  await app.focusPartner(ngo.name);
  await expect.poll(() => app.partnerNameShown()).toMatch(naming(ngo.name));
  expect(app.problems()).toEqual([]);
});
