// Keeps the view store and the address bar in step, following the store's `historyMode`:
// a deliberate change pushes an entry, typing replaces the entry once it pauses, a language switch
// or a correction replaces at once, and Back/Forward (popstate) re-parse the URL into the store.
// Only the query string is written; the hash's map entry (the map view, owned by the map) is kept
// as it is, and whatever else the hash had is dropped (cleanMapHash).
//
//   const sync = startUrlSync(viewStore, window, { onIgnored: showNotice, knownData });
//   ... when the practices and gazetteer have loaded: sync.revalidate();
//   ... on unmount: sync.stop();
import type { StoreApi } from 'zustand/vanilla';
import type { UrlIssue } from './url-issues';
import { cleanMapHash } from './url-map-hash';
import { appPathOf, parseLocation } from './url-path';
import {
  toSearchString,
  validateViewState,
  type KnownData,
  type ParsedViewState,
} from './url-state';
import { viewStateOf, type ViewStore } from './view-store';
import type { ViewState } from './view-state';

/** The parts of `window` the sync uses (so tests can pass a fake). */
export interface UrlSyncWindow {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: {
    readonly state: unknown;
    pushState(data: unknown, unused: string, url?: string | null): void;
    replaceState(data: unknown, unused: string, url?: string | null): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  setTimeout(handler: () => void, timeout: number): number;
  clearTimeout(id: number | undefined): void;
}

export interface UrlSyncOptions {
  /** After the last keystroke, how long before the typed query is written to the URL. */
  typingDelayMs?: number;
  /** Told what the link had that could not be used: at start, on Back/Forward, on revalidate. */
  onIgnored?: (ignored: UrlIssue[]) => void;
  /** The loaded data for the second validation step (region codes, practice ids), or null while loading. */
  knownData?: () => KnownData | null;
}

export interface UrlSync {
  /** Unsubscribes, removes the popstate listener, drops a pending write. */
  stop(): void;
  /** Writes a pending typed query now (e.g. before copying the link). */
  flush(): void;
  /** Checks the current state against knownData() (call once data has loaded); drops unknown codes and ids, replacing the entry. */
  revalidate(): void;
}

export const DEFAULT_TYPING_DELAY_MS = 500;

export function startUrlSync(
  store: StoreApi<ViewStore>,
  win: UrlSyncWindow,
  options: UrlSyncOptions = {},
): UrlSync {
  const typingDelay = options.typingDelayMs ?? DEFAULT_TYPING_DELAY_MS;
  let pendingTimer: number | undefined;

  // the map entry of the hash stays; anything else in it was reported at start and is dropped
  const hrefOf = (state: ViewState) =>
    `${appPathOf(win.location.pathname)}${toSearchString(state)}${cleanMapHash(win.location.hash)}`;
  const write = (method: 'pushState' | 'replaceState', state: ViewState) => {
    const clean =
      appPathOf(win.location.pathname) === win.location.pathname &&
      toSearchString(state) === win.location.search &&
      cleanMapHash(win.location.hash) === win.location.hash;
    if (clean && method === 'replaceState') return;
    win.history[method](method === 'replaceState' ? win.history.state : null, '', hrefOf(state));
  };
  const cancelPending = (): boolean => {
    if (pendingTimer === undefined) return false;
    win.clearTimeout(pendingTimer);
    pendingTimer = undefined;
    return true;
  };
  const report = (ignored: UrlIssue[]) => {
    if (ignored.length > 0) options.onIgnored?.(ignored);
  };

  const readUrl = (): ParsedViewState => {
    // a practice's page (`praktyki/<id>/`) reads as `?practice=<id>` (url-path.ts)
    const parsed = parseLocation(win.location);
    const known = options.knownData?.();
    if (!known) return parsed;
    const validated = validateViewState(parsed.state, known);
    return { state: validated.state, ignored: [...parsed.ignored, ...validated.ignored] };
  };
  const applyUrl = () => {
    const { state, ignored } = readUrl();
    store.getState().applyUrlState(state);
    // show the canonical link for what is shown (the hash's map entry stays)
    write('replaceState', viewStateOf(store.getState()));
    report(ignored);
  };

  const unsubscribe = store.subscribe((next, previous) => {
    const nextView = viewStateOf(next);
    if (toSearchString(nextView) === toSearchString(viewStateOf(previous))) return;
    // inside another site's iframe an entry would join that page's history (its Back button
    // would step through the map's filters): the embed replaces instead
    const mode = next.embed && next.historyMode === 'push' ? 'replace' : next.historyMode;
    switch (mode) {
      case 'none':
        cancelPending();
        return;
      case 'push':
        // a typed query not yet written belongs to the entry we are leaving
        if (cancelPending()) write('replaceState', viewStateOf(previous));
        if (
          toSearchString(nextView) !== win.location.search ||
          appPathOf(win.location.pathname) !== win.location.pathname
        )
          win.history.pushState(null, '', hrefOf(nextView));
        return;
      case 'replace':
        cancelPending();
        write('replaceState', nextView);
        return;
      case 'typing':
        cancelPending();
        pendingTimer = win.setTimeout(() => {
          pendingTimer = undefined;
          write('replaceState', viewStateOf(store.getState()));
        }, typingDelay);
        return;
    }
  });

  const onPopState = () => {
    cancelPending();
    applyUrl();
  };
  win.addEventListener('popstate', onPopState);
  applyUrl();

  return {
    stop() {
      unsubscribe();
      win.removeEventListener('popstate', onPopState);
      cancelPending();
    },
    flush() {
      if (cancelPending()) write('replaceState', viewStateOf(store.getState()));
    },
    revalidate() {
      const known = options.knownData?.();
      if (!known) return;
      const { state, ignored } = validateViewState(viewStateOf(store.getState()), known);
      if (ignored.length === 0) return;
      store.getState().correctState(state);
      report(ignored);
    },
  };
}

/**
 * The link to share for an address: its query read and written canonically, its hash reduced to
 * the map entry. What the address had that was ignored is not copied along. `change` alters the
 * view state on the way: the embed's link to the full map (`{ embed: false }`), the embed builder's
 * link (`{ embed: true, lang }`).
 */
export function canonicalHref(
  location: {
    origin: string;
    pathname: string;
    search: string;
    hash: string;
  },
  change: Partial<ViewState> = {},
): string {
  const query = toSearchString({ ...parseLocation(location).state, ...change });
  return `${location.origin}${appPathOf(location.pathname)}${query}${cleanMapHash(location.hash)}`;
}
