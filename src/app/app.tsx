// The one place where features meet: the link, the layout, the filter panel with its counts,
// the results (list, detail, table) and the map's layers.
import { useCallback, useMemo, useState } from 'react';
import { useGazetteer } from '../data/use-gazetteer';
import { FilterPanel } from '../features/filters/filter-panel';
import { PlaceSearch } from '../features/places/place-search';
import { PracticeList } from '../features/practices/list/practice-list';
import { usePracticeResults } from '../features/practices/use-practice-results';
import { formatPracticeCount } from '../i18n/plural';
import { useDocumentLanguage } from '../hooks/use-document-language';
import { useLanguage, useT } from '../hooks/use-t';
import { useMapCommandsStore } from '../stores/map-commands-store';
import { useViewStore } from '../stores/use-view-store';
import { countActiveFilters } from '../stores/view-state';
import { CopyLink } from './copy-link';
import { DataErrors } from './data-errors';
import { ErrorBoundary } from './error-boundary';
import { filterCountsOf } from './results-to-filter-counts';
import { FiltersDrawer } from './filters-drawer';
import { LanguageSwitch } from './language-switch';
import { LazyMapPanel, LazyPracticeDetail, LazyPracticeTable } from './lazy-views';
import type { LinkAtStart } from './link-at-start';
import { ResultCount } from './result-count';
import { ResultsUpdatedMark } from './results-updated-mark';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';
import { useLinkState } from './use-link-state';
import { UrlNotice } from './url-notice';
import { ViewSwitch } from './view-switch';
import './app.css';

export interface AppProps {
  /** The link as read before the first render (main.tsx). */
  linkAtStart: LinkAtStart;
}

export function App({ linkAtStart }: AppProps) {
  useDocumentLanguage();
  const t = useT();
  const language = useLanguage();
  const results = usePracticeResults();
  const { data: gazetteer } = useGazetteer();
  const link = useLinkState(linkAtStart, results?.index.indexById, gazetteer);
  const view = useViewStore((state) => state.view);
  const practiceOpen = useViewStore((state) => state.practice !== null);
  const activeFilters = useViewStore((state) => countActiveFilters(state.filters));
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const openPlace = useViewStore((state) => state.openPlace);
  const fitMapTo = useMapCommandsStore((state) => state.fitTo);
  // a unit chosen from the search opens its panel and the map moves to it (a click on the map,
  // where the person already is, only opens the panel)
  const chooseFromList = useCallback(
    (terc: string) => {
      openPlace(terc);
      const unit = gazetteer?.lookup(terc);
      if (unit) fitMapTo(unit.bbox);
    },
    [gazetteer, openPlace, fitMapTo],
  );

  const counts = useMemo(() => filterCountsOf(results), [results]);
  const count = results ? results.result.count : null;
  const filterPanel = <FilterPanel counts={counts} showHeading={!isPhone} />;
  const mapShown = view === 'map';

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <a className="skip-link" href="#results">
        {t('app.skipToResults')}
      </a>
      <header className="app-header">
        <div className="app-header__titles">
          <h1 className="app-header__name">{t('app.name')}</h1>
          <p className="app-header__tagline">{t('app.tagline')}</p>
        </div>
        <PlaceSearch onChoose={chooseFromList} />
        <LanguageSwitch />
      </header>
      <div className="toolbar">
        {isPhone && (
          <FiltersDrawer
            open={drawerOpen}
            onOpenChange={setDrawerOpen}
            activeCount={activeFilters}
            footer={
              <span className="drawer__count">
                {count === null ? '' : formatPracticeCount(t, language, count)}
              </span>
            }
          >
            {filterPanel}
          </FiltersDrawer>
        )}
        <ResultCount count={count} />
        <ViewSwitch />
        <CopyLink beforeCopy={link.flush} />
      </div>
      <UrlNotice
        issues={link.issues}
        onClose={() => {
          link.dismissIssues();
          // the close button goes away with the notice: keep the focus in the page
          document.getElementById('main')?.focus();
        }}
      />
      <main
        id="main"
        tabIndex={-1}
        className={[
          'app-main',
          `app-main--${view}`,
          practiceOpen ? 'app-main--practice' : '',
          isPhone ? 'app-main--phone' : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        {!isPhone && (
          <aside className="filters-column" aria-label={t('filters.heading')}>
            <DataErrors />
            {filterPanel}
          </aside>
        )}
        <section
          id="results"
          className="results-column"
          tabIndex={-1}
          aria-label={t('results.label')}
        >
          {isPhone && <DataErrors />}
          {/* another view or practice is a fresh start after a failure */}
          <ErrorBoundary key={`${view}:${String(practiceOpen)}`}>
            {practiceOpen ? (
              <LazyPracticeDetail />
            ) : view === 'table' ? (
              <LazyPracticeTable />
            ) : (
              <PracticeList />
            )}
          </ErrorBoundary>
        </section>
        {/* kept mounted (and sized) when another view is shown, so the map keeps its view */}
        <div
          className={mapShown ? 'map-column' : 'map-column map-column--hidden'}
          inert={!mapShown}
        >
          {/* Leaflet and the layers come in a chunk of their own (lazy-views.tsx) */}
          <LazyMapPanel initialMapView={link.initialMapView} />
        </div>
      </main>
      <ResultsUpdatedMark result={results?.result ?? null} />
    </>
  );
}
