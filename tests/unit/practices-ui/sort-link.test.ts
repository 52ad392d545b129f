import { describe, expect, test } from 'vitest';
import { parseViewState, serializeViewState } from '../../../src/stores/url-state';
import { DEFAULT_VIEW_STATE } from '../../../src/stores/view-state';
import { createViewStore } from '../../../src/stores/view-store';

describe('the list order in the link (`sort`)', () => {
  test('relevance is the default and is omitted; the others round-trip after view', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, sort: 'relevance' })).toBe('');
    for (const sort of ['newest', 'name'] as const) {
      const query = serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'list', sort, lang: 'en' });
      expect(query).toBe(`view=list&sort=${sort}&lang=en`);
      expect(parseViewState(query)).toEqual({
        state: { ...DEFAULT_VIEW_STATE, view: 'list', sort, lang: 'en' },
        ignored: [],
      });
    }
  });

  test('any case is read; garbage and repeats are reported, not applied', () => {
    expect(parseViewState('sort=NAME').state.sort).toBe('name');
    expect(parseViewState('sort=javascript:alert(1)')).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [{ key: 'sort', value: 'javascript:alert(1)', reason: 'invalid-value' }],
    });
    const repeated = parseViewState('sort=name&sort=newest');
    expect(repeated.state.sort).toBe('name');
    expect(repeated.ignored).toEqual([{ key: 'sort', value: 'newest', reason: 'repeated-key' }]);
    expect(parseViewState('sort=').ignored).toEqual([]);
  });

  test('changing the order replaces the history entry (the same practices, shown differently)', () => {
    const store = createViewStore();
    store.getState().setSort('newest');
    expect(store.getState().sort).toBe('newest');
    expect(store.getState().historyMode).toBe('replace');
    store.getState().toggleFilterValue('type', 'social-services');
    expect(store.getState().sort).toBe('newest');
    expect(store.getState().historyMode).toBe('push');
  });

  test('a state from outside with an unknown order falls back to relevance', () => {
    const store = createViewStore({ ...DEFAULT_VIEW_STATE, sort: 'bogus' as never });
    expect(store.getState().sort).toBe('relevance');
  });
});
