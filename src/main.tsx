import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './app/global.css';
import { App } from './app/app';
import { mapPanelLoaded } from './app/lazy-views';
import { readLinkAtStart } from './app/link-at-start';
import { AppProvider } from './app/provider';
import { loadMessages, provideMessageImport } from './i18n/catalogues';
import { viewStore } from './stores/use-view-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// once, before the first render: the page opens in the link's language, filters and map view
const linkAtStart = readLinkAtStart(window.location);
// written here, in the entry module, so the bundler only adds English's chunk (catalogues.ts)
provideMessageImport('en', () => import('./i18n/messages-en').then((module) => module.en));
// English is a chunk of its own, here before the first render when the link asks for it (the
// build-time shell is already in English meanwhile: shell-language-*.js). Should it fail, the page
// opens in Polish (useLanguage) and the switch can try again.
const messagesLoaded = loadMessages(viewStore.getState().lang).catch((error: unknown) => {
  console.error(error);
});
// the build-time shell stays until the map's chunk is here too, so the map is in the first render;
// rendered as a transition, React yields to the browser every few ms instead of one long task
// on a phone's CPU (the shell stays on screen meanwhile)
void Promise.all([mapPanelLoaded, messagesLoaded]).then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <AppProvider>
          <App linkAtStart={linkAtStart} />
        </AppProvider>
      </StrictMode>,
    ),
  ),
);
