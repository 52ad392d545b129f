import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith, servedGazetteer, servedPractices } from './driver';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

// Srokowo leads one practice, and no other leader is near it: its marker is its own
async function srokowo() {
  const [{ units }, practices] = await Promise.all([servedGazetteer(), servedPractices()]);
  const unit = units.find((candidate) => candidate.terc === '2808062');
  const practice = practices.find((candidate) => candidate.leader === '2808062');
  if (!unit || !practice)
    throw new Error('the served data have no Srokowo (2808062) or its practice');
  return { lng: unit.label[0], lat: unit.label[1], practice };
}

test('closing a practice opened from its marker returns the focus to its row in the list', async () => {
  const { lng, lat, practice } = await srokowo();
  const app = await openWith(undefined, { hash: `map=10/${lat}/${lng}` });

  await app.tapMarkerAt(lng, lat);
  await expect.poll(() => app.openPracticeTitle()).toBe(practice.title);
  await app.closePractice();

  await expect.poll(() => app.focusedPracticeId()).toBe(practice.id);
  expect(app.problems()).toEqual([]);
});

test('on a phone, where the map is shown without the list, the focus goes back to the map', async () => {
  const { lng, lat, practice } = await srokowo();
  const app = await openWith(undefined, { viewport: PHONE, hash: `map=10/${lat}/${lng}` });

  await app.tapMarkerAt(lng, lat);
  await expect.poll(() => app.openPracticeTitle()).toBe(practice.title);
  await app.closePractice();

  await expect.poll(() => app.focusIs({ kind: 'map' })).toBe(true);
  expect(app.problems()).toEqual([]);
});
