import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openWith } from './driver';

afterAll(closeBrowser);

const ENGLISH_FILTERS = [
  'Voivodeship',
  'Practice type',
  'Form of cooperation',
  'Partner sector',
  'Leading unit type',
  'Years started',
];

test('switching to English translates the UI, keeps filters and results, and survives a reload', async () => {
  const app = await openWith({ region: '22' });
  const polish = await app.shownState();
  // the English messages are a chunk of their own: a Polish page does not load them
  const englishChunk = (name: string) => name.startsWith('messages-en-');
  expect((await app.loadedScripts()).some(englishChunk)).toBe(false);

  await app.switchLanguage('en');
  expect((await app.loadedScripts()).some(englishChunk)).toBe(true);

  expect(await app.pageLanguage()).toBe('en');
  expect(await app.filterLegends()).toEqual(expect.arrayContaining(ENGLISH_FILTERS));
  expect(await app.filterLegends()).not.toContain('Województwo');
  expect(await app.hasControl('button', 'Copy link')).toBe(true);
  expect(await app.hasControl('searchbox', 'Search practices')).toBe(true);

  const english = await app.shownState();
  expect(english.query).toEqual([...polish.query, ['lang', 'en']].sort());
  expect(english.resultIds).toEqual(polish.resultIds);
  expect(english.resultCount).toBe(polish.resultCount);
  expect(english.ticked).toEqual([`Voivodeship: pomorskie (${polish.resultCount})`]);

  await app.reload();
  expect(await app.pageLanguage()).toBe('en');
  // a page opened in English loads them before its first render
  expect((await app.loadedScripts()).some(englishChunk)).toBe(true);
  expect(await app.filterLegends()).toEqual(expect.arrayContaining(ENGLISH_FILTERS));
  expect(await app.shownState()).toEqual(english);
  expect(app.problems()).toEqual([]);
});
