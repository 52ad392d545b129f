import { describe, expect, expectTypeOf, it } from 'vitest';
import type { UrlIssue } from '../../../src/stores/url-state';
import { startUrlSync, type UrlSyncWindow } from '../../../src/stores/url-sync';
import { createViewStore, viewStateOf } from '../../../src/stores/view-store';

/** A browser history in memory: entries, a cursor, popstate on back/forward, manual timers. */
class FakeWindow implements UrlSyncWindow {
  entries: string[];
  cursor = 0;
  pushes = 0;
  replaces = 0;
  private listeners = new Set<() => void>();
  private timers = new Map<number, () => void>();
  private nextTimer = 1;

  constructor(url: string) {
    this.entries = [url];
  }

  get location() {
    const url = new URL(this.entries[this.cursor] ?? '', 'https://example.test');
    return { pathname: url.pathname, search: url.search, hash: url.hash };
  }

  readonly history = {
    state: null,
    pushState: (_data: unknown, _unused: string, url?: string | null) => {
      this.entries = [...this.entries.slice(0, this.cursor + 1), url ?? ''];
      this.cursor += 1;
      this.pushes += 1;
    },
    replaceState: (_data: unknown, _unused: string, url?: string | null) => {
      this.entries[this.cursor] = url ?? '';
      this.replaces += 1;
    },
  };

  addEventListener(_type: 'popstate', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'popstate', listener: () => void) {
    this.listeners.delete(listener);
  }
  setTimeout(handler: () => void) {
    const id = this.nextTimer++;
    this.timers.set(id, handler);
    return id;
  }
  clearTimeout(id: number | undefined) {
    if (id !== undefined) this.timers.delete(id);
  }

  /** Runs the pending timers (the typing pause has passed). */
  elapse() {
    const due = [...this.timers.values()];
    this.timers.clear();
    for (const handler of due) handler();
  }
  get pendingTimers() {
    return this.timers.size;
  }
  back() {
    this.cursor -= 1;
    for (const listener of this.listeners) listener();
  }
  forward() {
    this.cursor += 1;
    for (const listener of this.listeners) listener();
  }
  get url() {
    return this.entries[this.cursor] ?? '';
  }
}

function setup(url = '/', options: Parameters<typeof startUrlSync>[2] = {}) {
  const win = new FakeWindow(url);
  const store = createViewStore();
  const ignored: UrlIssue[][] = [];
  const sync = startUrlSync(store, win, {
    onIgnored: (issues) => ignored.push(issues),
    ...options,
  });
  return { win, store, sync, ignored, actions: () => store.getState() };
}

describe('URL sync: start', () => {
  it('takes the real window', () => {
    expectTypeOf<Window>().toExtend<UrlSyncWindow>();
  });

  it('reads the link into the store and rewrites it canonically, keeping the hash', () => {
    const { win, store, ignored } = setup('/?view=list&region=2206,22&foo=1#map=9/54/18');
    expect(store.getState().filters.region).toEqual(['22', '2206']);
    expect(store.getState().view).toBe('list');
    expect(win.url).toBe('/?region=22,2206&view=list#map=9/54/18');
    expect(win.entries).toHaveLength(1);
    expect(ignored).toEqual([[{ key: 'foo', value: '1', reason: 'unknown-key' }]]);
  });

  it('drops from the hash whatever is not its map entry (issue 11), and a hash with no view', () => {
    expect(setup('/?region=22#map=6/52/19&javascript:alert(1)&%3Cimg%3E').win.url).toBe(
      '/?region=22#map=6/52.0000/19.0000',
    );
    expect(setup('/?region=22#main').win.url).toBe('/?region=22');
    // pushes too carry only the map entry
    const { win, actions } = setup('/#map=6/52/19&x=1');
    actions().toggleFilterValue('region', '22');
    expect(win.url).toBe('/?region=22#map=6/52.0000/19.0000');
  });

  it('a clean link is left alone and reports nothing', () => {
    const { win, ignored } = setup('/?region=22');
    expect(win.replaces).toBe(0);
    expect(ignored).toEqual([]);
  });
});

describe('URL sync: history policy', () => {
  it('filter changes and opening a practice push entries; Back restores the previous view', () => {
    const { win, store, actions } = setup('/');
    actions().toggleFilterValue('region', '22');
    actions().toggleFilterValue('type', 'social-services');
    actions().openPractice('miasta-nauki');
    expect(win.entries).toEqual([
      '/',
      '/?region=22',
      '/?region=22&type=social-services',
      '/?region=22&type=social-services&practice=miasta-nauki',
    ]);
    win.back();
    expect(store.getState().practice).toBeNull();
    expect(store.getState().filters.type).toEqual(['social-services']);
    win.back();
    win.back();
    expect(viewStateOf(store.getState()).filters.region).toEqual([]);
    // the store following Back wrote nothing
    expect(win.entries).toHaveLength(4);
    win.forward();
    expect(store.getState().filters.region).toEqual(['22']);
  });

  it('typing replaces the entry once, after the pause, with no entry per keystroke', () => {
    const { win, actions } = setup('/?region=22');
    for (const q of ['K', 'Ko', 'Koś', 'Kości', 'Kościerzyna']) actions().setQuery(q);
    expect(win.url).toBe('/?region=22'); // not yet
    expect(win.pendingTimers).toBe(1);
    win.elapse();
    expect(win.entries).toEqual(['/?region=22&q=Ko%C5%9Bcierzyna']);
    expect(win.pushes).toBe(0);
  });

  it('a filter chosen while a typed query is pending: the query stays with the entry left behind', () => {
    const { win, store, actions } = setup('/');
    actions().setQuery('odpady');
    actions().toggleFilterValue('sector', 'ngo');
    expect(win.pendingTimers).toBe(0);
    expect(win.entries).toEqual(['/?q=odpady', '/?sector=ngo&q=odpady']);
    win.back();
    expect(store.getState().filters).toMatchObject({ q: 'odpady', sector: [] });
  });

  it('Back while typing drops the pending write', () => {
    const { win, store, actions } = setup('/');
    actions().toggleFilterValue('region', '22');
    actions().setQuery('abc');
    win.back();
    expect(win.pendingTimers).toBe(0);
    expect(store.getState().filters.q).toBe('');
    expect(win.entries).toEqual(['/', '/?region=22']);
  });

  it('in the embed (embed=1, in a host page) deliberate changes replace the entry', () => {
    const { win, actions } = setup('/?region=22&embed=1');
    actions().setView('list');
    actions().openPractice('miasta-nauki');
    expect(win.pushes).toBe(0);
    expect(win.entries).toEqual(['/?region=22&practice=miasta-nauki&view=list&embed=1']);
  });

  it('language switch replaces; view switch pushes; a no-op writes nothing', () => {
    const { win, actions } = setup('/');
    actions().setLang('en');
    expect(win.entries).toEqual(['/?lang=en']);
    actions().setView('table');
    expect(win.entries).toEqual(['/?lang=en', '/?view=table&lang=en']);
    actions().setView('table');
    actions().toggleFilterValue('type', 'social-services');
    actions().removeFilterValue('type', 'social-services');
    expect(win.entries).toHaveLength(4);
    const writes = win.pushes + win.replaces;
    actions().clearFilters(); // nothing to clear
    expect(win.pushes + win.replaces).toBe(writes);
  });

  it('flush writes a pending query at once (before copying the link)', () => {
    const { win, sync, actions } = setup('/');
    actions().setQuery('energia');
    sync.flush();
    expect(win.url).toBe('/?q=energia');
    expect(win.pendingTimers).toBe(0);
  });

  it('revalidate drops codes and ids unknown to the loaded data, replacing the entry', () => {
    let known: { regionCodes: Set<string>; practiceIds: Set<string> } | null = null;
    const { win, store, sync, ignored } = setup('/?region=22,9901&practice=ghost', {
      knownData: () => known,
    });
    expect(store.getState().filters.region).toEqual(['22', '9901']); // data not loaded yet
    known = { regionCodes: new Set(['22']), practiceIds: new Set(['miasta-nauki']) };
    sync.revalidate();
    expect(store.getState().filters.region).toEqual(['22']);
    expect(store.getState().practice).toBeNull();
    expect(win.entries).toEqual(['/?region=22']);
    expect(ignored.at(-1)).toEqual([
      { key: 'region', value: '9901', reason: 'unknown-region' },
      { key: 'practice', value: 'ghost', reason: 'unknown-practice' },
    ]);
  });

  it('stop unsubscribes: later changes do not touch the URL', () => {
    const { win, sync, actions } = setup('/');
    sync.stop();
    actions().toggleFilterValue('region', '22');
    expect(win.entries).toEqual(['/']);
  });
});

describe('view store actions', () => {
  it('keep the state canonical and reject values outside the vocabularies', () => {
    const store = createViewStore();
    const actions = store.getState();
    actions.setFilterValues('region', ['2206', '22', '2206', 'bogus']);
    expect(store.getState().filters.region).toEqual(['22', '2206']);
    actions.setFilterValues('type', ['social-services', 'cooking' as never]);
    expect(store.getState().filters.type).toEqual(['social-services']);
    actions.setYears({ from: 2015, to: 2010 });
    expect(store.getState().filters.years).toEqual({ from: 2010, to: 2015 });
    actions.setYears({ from: null, to: null });
    expect(store.getState().filters.years).toBeNull();
    actions.setQuery('  Kościerzyna\u0000  ');
    expect(store.getState().filters.q).toBe('Kościerzyna');
    expect(store.getState().historyMode).toBe('typing');
    actions.clearFilters();
    expect(store.getState().filters).toMatchObject({ region: [], type: [], q: '' });
    expect(store.getState().historyMode).toBe('push');
  });
});

describe("URL sync: a practice's page (praktyki/<id>/)", () => {
  it('opens the practice and writes the canonical query form over the path, without a new entry', () => {
    const { win, store, ignored } = setup('/praktyki/miasta-nauki/?region=22#map=9/54/18');
    expect(store.getState().practice).toBe('miasta-nauki');
    expect(store.getState().filters.region).toEqual(['22']);
    expect(win.entries).toEqual(['/?region=22&practice=miasta-nauki#map=9/54/18']);
    expect(ignored).toEqual([]);
  });

  it('closing it pushes the view without it; Back reopens it', () => {
    const { win, store, actions } = setup('/praktyki/miasta-nauki/');
    actions().closePractice();
    expect(win.entries).toEqual(['/?practice=miasta-nauki', '/']);
    win.back();
    expect(store.getState().practice).toBe('miasta-nauki');
    expect(win.entries).toHaveLength(2);
  });

  it('an id no practice has is dropped once the data has loaded, and the notice names it', () => {
    let known: { regionCodes: Set<string>; practiceIds: Set<string> } | null = null;
    const { win, store, sync, ignored } = setup('/praktyki/ghost/', { knownData: () => known });
    expect(store.getState().practice).toBe('ghost');
    known = { regionCodes: new Set(), practiceIds: new Set(['miasta-nauki']) };
    sync.revalidate();
    expect(store.getState().practice).toBeNull();
    expect(win.url).toBe('/');
    expect(ignored.at(-1)).toEqual([
      { key: 'practice', value: 'ghost', reason: 'unknown-practice' },
    ]);
  });
});
