import { beforeEach, describe, expect, test } from 'vitest';
import { usePracticeViewsMemory } from '../../../src/features/practices/practice-views-memory';

const memory = () => usePracticeViewsMemory.getState();

beforeEach(() => memory().reset());

describe('what the list and the table remember while a detail replaces them', () => {
  test('the practice opened from the table is given back once', () => {
    memory().rememberOpenedFromTable('a');
    expect(memory().takeOpenedFromTable()).toBe('a');
    expect(memory().takeOpenedFromTable()).toBeNull();
  });

  test('rows are expanded and collapsed by toggling', () => {
    memory().toggleExpanded('22');
    memory().toggleExpanded('2206');
    memory().toggleExpanded('22');
    expect([...memory().expandedUnits]).toEqual(['2206']);
  });

  test('reset forgets everything (a fresh page)', () => {
    memory().rememberOpenedFromList('a');
    memory().rememberOpenedFromTable('b');
    memory().toggleExpanded('22');
    memory().reset();
    expect(memory().openedFromList).toBeNull();
    expect(memory().takeOpenedFromTable()).toBeNull();
    expect(memory().expandedUnits.size).toBe(0);
  });
});
