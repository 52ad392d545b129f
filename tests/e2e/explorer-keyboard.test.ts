import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith, servedPractices } from './driver';

afterAll(closeBrowser);

test('with the keyboard only: skip link, a filter, the list, a practice and back', async () => {
  const practices = await servedPractices();
  const inPomorskie = practices.filter((practice) =>
    practice.territory.some((unit) => unit.startsWith('22')),
  );
  const app = await openWith(undefined);
  await app.focusStartOfPage();

  await app.press('Tab');
  expect(await app.focusIs({ kind: 'skip link' })).toBe(true);
  expect(await app.focusIsVisible()).toBe(true);

  const pomorskie = { kind: 'filter option', legend: 'Województwo', option: 'pomorskie' } as const;
  await app.tabTo(pomorskie);
  expect(await app.focusIsVisible()).toBe(true);
  await app.press('Space');
  await expect.poll(() => app.resultCount()).toBe(inPomorskie.length);
  expect(await app.tickedFilters()).toEqual([`Województwo: pomorskie (${inPomorskie.length})`]);

  await app.tabTo({ kind: 'result' });
  expect(await app.focusIsVisible()).toBe(true);
  const id = await app.focusedPracticeId();
  const practice = inPomorskie.find((candidate) => candidate.id === id);
  if (!practice) throw new Error(`the focused result (${id}) is not a practice in pomorskie`);

  await app.press('Enter');
  await expect.poll(() => app.openPracticeTitle()).toBe(practice.title);
  await expect.poll(() => app.focusIs({ kind: 'practice heading' })).toBe(true);

  await app.press('Escape');
  await expect.poll(() => app.openPracticeTitle()).toBeNull();
  // back where the user was: on the item that opened it
  await expect
    .poll(() => app.focusedPracticeId(), { message: 'focus back on the item that opened it' })
    .toBe(practice.id);
  expect(await app.focusIsVisible()).toBe(true);
  expect(app.problems()).toEqual([]);
});
