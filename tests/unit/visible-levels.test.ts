import { expect, test } from 'vitest';
import { interactiveLevel, visibleLevels } from '../../src/features/boundaries/visible-levels';

test('voivodeships always; powiaty from zoom 7; gminy from zoom 8', () => {
  expect(visibleLevels(5)).toEqual(['voivodeship']);
  expect(visibleLevels(6)).toEqual(['voivodeship']);
  expect(visibleLevels(7)).toEqual(['voivodeship', 'powiat']);
  expect(visibleLevels(8)).toEqual(['voivodeship', 'powiat', 'gmina']);
  expect(visibleLevels(14)).toEqual(['voivodeship', 'powiat', 'gmina']);
});

test('the finest visible level answers the pointer', () => {
  expect(interactiveLevel(6)).toBe('voivodeship');
  expect(interactiveLevel(7)).toBe('powiat');
  expect(interactiveLevel(8)).toBe('gmina');
});
