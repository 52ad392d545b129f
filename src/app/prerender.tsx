// Build-time rendering (deploy/vite-plugins.ts loads this module in Node while building): the
// real App, rendered to HTML for one route, so the first paint does not wait for the bundle. The
// browser does not hydrate this HTML: main.tsx's createRoot replaces it with the first render, which
// may differ from it (the link's filters, view and language), so nothing has to match.
//
// One function for every page the build writes (deploy/prerender.ts lists them): the explorer's
// shell (index.html, once per language, in its loading states) and a page per practice
// (`praktyki/<id>/index.html`: the app with that practice open, rendered with the data files).
import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { loadMessages, provideMessageImport } from '../i18n/catalogues';
import { LANGUAGES, type Language } from '../i18n/languages';
import { en } from '../i18n/messages-en';
import { createTranslate } from '../i18n/translate';
import { dataKeys } from '../data/query-keys';
import { parseLocation } from '../stores/url-path';
import { viewStore } from '../stores/use-view-store';
import { InfoPage } from '../features/info/info-page';
import { App } from './app';
import { PracticeDetail } from '../features/practices/detail/practice-detail';
import { documentTitleOf } from './document-title';
import { provideAtBuild } from './lazy-views';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { PHONE_QUERY, ServerMediaContext } from './use-media-query';

export interface PrerenderRoute {
  /** The page's path under the site's base (`''`, `praktyki/<id>/`): read as a link's path is. */
  path?: string;
  /** The link's query string for this page (`?lang=en`): its view state, with the path's. */
  search: string;
  /** The data files as the data build wrote them (parsed JSON); none: loading states. */
  files?: { practices: unknown; gazetteer: unknown; practiceTexts: unknown };
}

// A practice's page carries its detail as readable content, and the site's pages are rendered in
// full: in this module only, which the browser never loads, both are imported statically
// (lazy-views.tsx keeps them lazy there). The map and the other lazy views are their fallbacks.
provideAtBuild({ practiceDetail: PracticeDetail, infoPage: InfoPage });
// every page is written in each language (the English shell's template too): all catalogues,
// imported statically as the detail is, before any render
provideMessageImport('en', () => Promise.resolve(en));
await Promise.all(LANGUAGES.map(loadMessages));

export interface PrerenderedPage {
  lang: Language;
  title: string;
  /** The markup for #root: the wide layout and the phone's, CSS shows one (lazy-views.css). */
  html: string;
}

/** Renders the app as the route's link would open it, with its data or loading. */
export function renderRoute(route: PrerenderRoute): PrerenderedPage {
  const state = parseLocation(
    { pathname: `/${route.path ?? ''}`, search: route.search },
    '/',
  ).state;
  // zustand hands React its store's initial state on the server: make it this route's
  viewStore.getState().applyUrlState(state);
  const routeState = viewStore.getState();
  const store = viewStore as { getInitialState: () => typeof routeState };
  store.getInitialState = () => routeState;
  const render = (phone: boolean) => {
    const queryClient: QueryClient = createQueryClient();
    if (route.files) {
      queryClient.setQueryData(dataKeys.file('practices'), route.files.practices);
      queryClient.setQueryData(dataKeys.file('gazetteer'), route.files.gazetteer);
      // the practice pages carry the summary, description and sources as readable content
      queryClient.setQueryData(dataKeys.file('practiceTexts'), route.files.practiceTexts);
    }
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
