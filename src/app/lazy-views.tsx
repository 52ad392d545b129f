// What the first view does not need at once, each in a chunk of its own, and what shows while a
// chunk arrives. One file, so the split is visible in one place:
// - the map (Leaflet, react-leaflet, the layers, clustering): its chunk is preloaded from
//   index.html (deploy/vite-plugins.ts), so it arrives beside the entry, not after it;
// - the practice detail, a place's panel, the table view (counts per unit, practices as rows),
//   the propose form, the embed builder and the site's pages ("O mapie", "Deklaracja
//   dostępności"): only when opened.
// During the build-time render (prerender.tsx) nothing lazy loads: the fallbacks are the shell;
// only the practice detail and the site's pages render there (a practice's page,
// `praktyki/<id>/`, carries the detail as its readable content): prerender.tsx, which only Node
// loads, imports them statically and hands them over (provideAtBuild). The map never loads in
// Node.
import { lazy, Suspense, type ComponentType } from 'react';
import { useOneTaskLater } from '../hooks/use-one-task-later';
import { useBoundaries } from '../data/use-boundaries';
import { useT } from '../hooks/use-t';
import { loadMessages } from '../i18n/catalogues';
import { LANGUAGES } from '../i18n/languages';
import type { PracticeDetailProps } from '../features/practices/detail/practice-detail';
import type { ProposeFormProps } from '../features/propose/propose-form';
import type { InfoPageProps } from '../features/info/info-page';
import type { EmbedBuilderProps } from './embed-builder';
import type { MapPanelProps } from './map-panel';
import './lazy-views.css';

/** React.lazy for a named export; never resolves while rendering at build time (no Leaflet in Node). */
function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({
    default: import.meta.env.SSR ? await new Promise<never>(() => {}) : await load(),
  }));
}

// The map's chunk is asked for as soon as this module runs (it is preloaded from the head), and
// main.tsx renders once it is here (mapPanelLoaded): the map is then part of the first render, as
// it was before the split, and nothing of it waits behind the practices' processing. Should
// main.tsx not wait (tests), React.lazy does the same with a fallback.
let loadedMapPanel: ComponentType<MapPanelProps> | null = null;
const mapPanelModule = import.meta.env.SSR
  ? new Promise<never>(() => {})
  : import('./map-panel').then((module) => {
      loadedMapPanel = module.MapPanel;
      return module.MapPanel;
    });
/** Settles when the map's chunk has loaded or failed (a failure shows in the map's place). */
export const mapPanelLoaded: Promise<unknown> = mapPanelModule.catch(() => undefined);
const MapPanel = lazyNamed<MapPanelProps>(() => mapPanelModule);
const PracticeDetail = lazyNamed<PracticeDetailProps>(() =>
  import('../features/practices/detail/practice-detail').then((m) => m.PracticeDetail),
);

/** The lazy views that render at build time too, as prerender.tsx hands them in (never in the browser). */
interface BuildTimeViews {
  practiceDetail?: ComponentType<PracticeDetailProps>;
  infoPage?: ComponentType<InfoPageProps>;
}
const atBuild: BuildTimeViews = {};

/** For prerender.tsx only: views imported statically there render in place of their chunks. */
export function provideAtBuild(views: BuildTimeViews): void {
  if (import.meta.env.SSR) Object.assign(atBuild, views);
}
const PlacePanel = lazyNamed(() =>
  import('../features/practices/place/place-panel').then((m) => m.PlacePanel),
);
const TableView = lazyNamed(() =>
  import('../features/practices/table/table-view').then((m) => m.TableView),
);
const InfoPage = lazyNamed<InfoPageProps>(() =>
  import('../features/info/info-page').then((m) => m.InfoPage),
);
const ProposeForm = lazyNamed<ProposeFormProps>(() =>
  import('../features/propose/propose-form').then((m) => m.ProposeForm),
);
// the builder names the embed in the language chosen for it, so it comes with every catalogue
const EmbedBuilder = lazyNamed<EmbedBuilderProps>(() =>
  Promise.all([import('./embed-builder'), ...LANGUAGES.map(loadMessages)]).then(
    ([m]) => m.EmbedBuilder,
  ),
);

/** "Loading the map…" where the map will be (the map's own notice takes over once it runs). */
export function MapLoading() {
  const t = useT();
  return (
    <p className="map-notice map-notice--loading" role="status">
      {t('map.loading')}
    </p>
  );
}

export function LazyMapPanel(props: MapPanelProps) {
  // The boundaries' query starts with the first render, not when the map's chunk has arrived:
  // otherwise a large practices file, fetched from the first render, is parsed first (one long
  // task of seconds at 100,000 practices) and the map waits for it.
  useBoundaries();
  const later = useOneTaskLater();
  const Loaded = loadedMapPanel;
  const placeholder = (
    <div className="map-placeholder">
      <MapLoading />
    </div>
  );
  // Leaflet's map is made one task after the page's first commit: on a phone's CPU the two
  // together are one long task (the page's first layout, then the map's setup)
  if (Loaded) return later ? <Loaded {...props} /> : placeholder;
  return (
    <Suspense fallback={placeholder}>
      <MapPanel {...props} />
    </Suspense>
  );
}

function ResultsLoading() {
  const t = useT();
  return <p role="status">{t('list.loading')}</p>;
}

/** A lazy view in the results column, with the same words while its chunk arrives. */
function withResultsFallback<P extends object>(View: ComponentType<P>) {
  return function LazyResultsView(props: P) {
    return (
      <Suspense fallback={<ResultsLoading />}>
        <View {...props} />
      </Suspense>
    );
  };
}

const LazyDetailInBrowser = withResultsFallback(PracticeDetail);
export function LazyPracticeDetail(props: PracticeDetailProps) {
  const Static = import.meta.env.SSR ? atBuild.practiceDetail : undefined;
  return Static ? <Static {...props} /> : <LazyDetailInBrowser {...props} />;
}
export const LazyPlacePanel = withResultsFallback(PlacePanel);
export const LazyTableView = withResultsFallback(TableView);
export const LazyProposeForm = withResultsFallback(ProposeForm);

function PageLoading() {
  const t = useT();
  return <p role="status">{t('page.loading')}</p>;
}

export function LazyInfoPage(props: InfoPageProps) {
  const AtBuild = import.meta.env.SSR ? atBuild.infoPage : undefined;
  if (AtBuild) return <AtBuild {...props} />;
  return (
    <Suspense fallback={<PageLoading />}>
      <InfoPage {...props} />
    </Suspense>
  );
}

/** The embed builder's dialog; nothing shows during the instant its chunk arrives. */
export function LazyEmbedBuilder(props: EmbedBuilderProps) {
  return (
    <Suspense fallback={null}>
      <EmbedBuilder {...props} />
    </Suspense>
  );
}
