import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './app/global.css';
import { App } from './app/app';
import { mapPanelLoaded } from './app/lazy-views';
import { readLinkAtStart } from './app/link-at-start';
import { AppProvider } from './app/provider';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// once, before the first render: the page opens in the link's language, filters and map view
const linkAtStart = readLinkAtStart(window.location);
// the build-time shell stays until the map's chunk is here too, so the map is in the first render;
// rendered as a transition, React yields to the browser every few ms instead of one long task
// on a phone's CPU (the shell stays on screen meanwhile)
void mapPanelLoaded.then(() =>
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
