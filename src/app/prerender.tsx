// Build-time rendering (deploy/vite-plugins.ts loads this module in Node while building): the
// real App, rendered to HTML for one route, so the first paint does not wait for the bundle. The
// browser does not hydrate this HTML: main.tsx's createRoot replaces it with the first render, which
// may differ from it (the link's filters, view and language), so nothing has to match.
//
// One function for every page the build writes: today the explorer's shell (index.html, once per
// language), later a page per practice (issue 10: `praktyki/<id>/index.html`, the route carrying
// the practice and the data to render it with).
import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Language } from '../i18n/languages';
import { createTranslate } from '../i18n/translate';
import { parseViewState } from '../stores/url-state';
import { viewStore } from '../stores/use-view-store';
import { InfoPage } from '../features/info/info-page';
import { App } from './app';
import { provideInfoPageAtBuild } from './lazy-views';
import { documentTitleOf } from './document-title';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { PHONE_QUERY, ServerMediaContext } from './use-media-query';

export interface PrerenderRoute {
  /** The link's query string for this page (`?lang=en`, later `?practice=<id>`): its view state. */
  search: string;
  /** Data to render with, as TanStack Query holds it (key → data); none: loading states. */
  data?: ReadonlyArray<readonly [readonly unknown[], unknown]>;
}

export interface PrerenderedPage {
  lang: Language;
  title: string;
  /** The markup for #root: the wide layout and the phone's, CSS shows one (lazy-views.css). */
  html: string;
}

// the site's pages are rendered in full (the map and the other lazy views are their fallbacks)
provideInfoPageAtBuild(InfoPage);

/** Renders the app as the route's link would open it, with its data or loading. */
export function renderRoute(route: PrerenderRoute): PrerenderedPage {
  const state = parseViewState(route.search).state;
  // zustand hands React its store's initial state on the server: make it this route's
  viewStore.getState().applyUrlState(state);
  const routeState = viewStore.getState();
  const store = viewStore as { getInitialState: () => typeof routeState };
  store.getInitialState = () => routeState;
  const render = (phone: boolean) => {
    const queryClient: QueryClient = createQueryClient();
    for (const [key, data] of route.data ?? []) queryClient.setQueryData(key, data);
    return renderToString(
      <StrictMode>
        <ServerMediaContext value={(query) => phone && query === PHONE_QUERY}>
          <AppProvider queryClient={queryClient}>
            <App linkAtStart={{ mapView: null, hashIssues: [] }} />
          </AppProvider>
        </ServerMediaContext>
      </StrictMode>,
      // both copies are in the page at once: their ids (useId) must differ
      { identifierPrefix: phone ? 'phone-' : 'wide-' },
    );
  };
  return {
    lang: state.lang,
    title: documentTitleOf(createTranslate(state.lang), state.page),
    html:
      `<div class="prerendered prerendered--wide">${render(false)}</div>` +
      `<div class="prerendered prerendered--phone">${render(true)}</div>`,
  };
}
