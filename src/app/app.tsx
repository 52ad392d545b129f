// The one place where features meet: the link, the layout, the filter panel with its counts,
// the results (list, detail, table) and the map's layers.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useGazetteer } from '../data/use-gazetteer';
import { ActiveFiltersBar, FilterPanel } from '../features/filters/filter-panel';
import { activeFilterLabels } from '../features/filters/filter-labels';
import { PlaceSearch } from '../features/places/place-search';
import { PracticeList } from '../features/practices/list/practice-list';
import { ExportButtons } from '../features/practices/export/export-buttons';
import { usePracticeResults } from '../features/practices/use-practice-results';
import type { PracticeIndex } from '../features/practices/engine/practice-index';
import { formatPracticeCount } from '../i18n/plural';
import type { Translate } from '../i18n/translate';
import { useDocumentLanguage } from '../hooks/use-document-language';
import { useLanguage, useLanguageLoading, useT } from '../hooks/use-t';
import { useMapCommandsStore } from '../stores/map-commands-store';
import { useViewStore } from '../stores/use-view-store';
import { countActiveFilters } from '../stores/view-state';
import { AppFooter } from './app-footer';
import { CopyLink } from './copy-link';
import { DataErrors } from './data-errors';
import { useDocumentTitle } from './document-title';
import { EmbedBar } from './embed-bar';
import { ErrorBoundary } from './error-boundary';
import { filterCountsOf } from './results-to-filter-counts';
import { FiltersDrawer } from './filters-drawer';
import { LanguageSwitch } from './language-switch';
import {
  LazyEmbedBuilder,
  LazyInfoPage,
  LazyMapPanel,
  LazyPlacePanel,
  LazyPracticeDetail,
  LazyProposeForm,
  LazyTableView,
} from './lazy-views';
import type { LinkAtStart } from './link-at-start';
import { ResultCount } from './result-count';
import { ResultsUpdatedMark } from './results-updated-mark';
import { SkipLink } from './skip-link';
import { ToolbarMore } from './toolbar-more';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';
import { useFitOnRegionChoice } from './use-fit-on-region-choice';
import { useFocusAfterPracticeClose } from './use-focus-after-practice-close';
import { useLinkState } from './use-link-state';
import { UrlNotice } from './url-notice';
import { ViewSwitch } from './view-switch';
import './app.css';
import './print.css';

function practiceById(index: PracticeIndex | undefined, id: string | null) {
  const position = id === null ? undefined : index?.indexById.get(id);
  return position === undefined ? undefined : index?.practices[position];
}

export interface AppProps {
  /** The link as read before the first render (main.tsx). */
  linkAtStart: LinkAtStart;
}

export function App({ linkAtStart }: AppProps) {
  useDocumentLanguage();
  useLanguageLoading();
  const t = useT();
  const language = useLanguage();
  const results = usePracticeResults();
  const { data: gazetteer } = useGazetteer();
  const link = useLinkState(linkAtStart, results?.index.indexById, gazetteer);
  const view = useViewStore((state) => state.view);
  // a page of the site ("O mapie"…) stands where the explorer was; the explorer's state stays
  const page = useViewStore((state) => state.page);
  const closePage = useViewStore((state) => state.setPage);
  const practiceOpen = useViewStore((state) => state.practice !== null);
  const openTitle = practiceById(
    results?.index,
    useViewStore((state) => state.practice),
  )?.title;
  useDocumentTitle(page, openTitle);
  // the place panel takes the results column of the map and list views (the table is per place)
  const placeOpen = useViewStore((state) => state.place !== null && state.view !== 'table');
  const activeFilters = useViewStore((state) => countActiveFilters(state.filters));
  const isPhone = useMediaQuery(PHONE_QUERY);
  // `embed=1`: another site's iframe; no header, toolbar, filter panel or footer (embed-bar.tsx)
  const embed = useViewStore((state) => state.embed);
  const [embedding, setEmbedding] = useState(false);
  const filters = useViewStore((state) => state.filters);
  const filterLabels = useCallback(
    (translate: Translate) => activeFilterLabels(filters, gazetteer, translate),
    [filters, gazetteer],
  );
  const embedButtonRef = useRef<HTMLButtonElement>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // a page opened from the footer in the phone's drawer closes the drawer (adjusted in render)
  const [pageShown, setPageShown] = useState(page);
  if (pageShown !== page) {
    setPageShown(page);
    if (page !== null) setDrawerOpen(false);
  }
  // the propose form: closed (undefined), a new practice (null) or a correction (its id)
  const [proposing, setProposing] = useState<string | null | undefined>(undefined);

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

  useFitOnRegionChoice(gazetteer?.lookup, link.initialMapView === null);

  // a closed practice leaves the focus on the map when the map is what is shown, else the results
  const focusTarget = useCallback(() => {
    const map = document.querySelector<HTMLElement>('.map-column:not(.map-column--hidden) .map');
    const results = document.getElementById('results');
    const resultsShown = results !== null && results.offsetParent !== null;
    return (isPhone || !resultsShown) && map ? map : results;
  }, [isPhone]);
  useFocusAfterPracticeClose(focusTarget);

  const counts = useMemo(() => filterCountsOf(results), [results]);
  const count = results ? results.result.count : null;
  // on a wide screen the active filters sit above the results, not among the checkboxes
  const filterPanel = <FilterPanel counts={counts} showHeading={!isPhone} showActive={isPhone} />;
  const mapShown = view === 'map' && page === null;
  // the header's name is the page's title on the explorer; a site page has its own h1
  const AppName = page === null ? 'h1' : 'p';
  const openProposeForm = () => {
    closePage(null);
    setProposing(null);
  };
  // download, copy, embed, propose: on a phone behind one button (two rows of toolbar at most)
  const secondaryActions = (
    <>
      <ExportButtons />
      <CopyLink beforeCopy={link.flush} />
      <button
        ref={embedButtonRef}
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          link.flush();
          setEmbedding(true);
        }}
      >
        {t('embed.open')}
      </button>
      <button type="button" className="button" onClick={() => setProposing(null)}>
        {t('propose.open')}
      </button>
    </>
  );

  return (
    <>
      <SkipLink target="main">{t('app.skipToContent')}</SkipLink>
      {embed ? (
        <EmbedBar count={count} beforeOpen={link.flush} />
      ) : (
        <>
          {page === null && <SkipLink target="results">{t('app.skipToResults')}</SkipLink>}
          <header className="app-header">
            <div className="app-header__titles">
              <AppName className="app-header__name">{t('app.name')}</AppName>
              <p className="app-header__tagline">{t('app.tagline')}</p>
            </div>
            <PlaceSearch onChoose={chooseFromList} />
            <LanguageSwitch />
          </header>
          {/* a landmark of its own, so nothing on the page lies outside one (axe: region) */}
          <section className="toolbar" aria-label={t('app.toolbar')} hidden={page !== null}>
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
                <AppFooter />
              </FiltersDrawer>
            )}
            <ResultCount count={count} />
            <ViewSwitch />
            {isPhone ? <ToolbarMore>{secondaryActions}</ToolbarMore> : secondaryActions}
          </section>
          {embedding && (
            <LazyEmbedBuilder
              filterLabels={filterLabels}
              onClose={() => {
                setEmbedding(false);
                embedButtonRef.current?.focus();
              }}
            />
          )}
        </>
      )}
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
          page === null ? `app-main--${view}` : 'app-main--page',
          practiceOpen || placeOpen ? 'app-main--panel' : '',
          isPhone ? 'app-main--phone' : '',
          embed ? 'app-main--embed' : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        {page !== null ? (
          <div className="page-column">
            <ErrorBoundary key={page}>
              <LazyInfoPage page={page} onPropose={openProposeForm} />
            </ErrorBoundary>
            {!embed && <AppFooter />}
          </div>
        ) : (
          <>
            {!isPhone && !embed && (
              <aside className="filters-column" aria-label={t('filters.heading')}>
                <DataErrors />
                {filterPanel}
                <AppFooter />
              </aside>
            )}
            <section
              id="results"
              className="results-column"
              tabIndex={-1}
              aria-label={t('results.label')}
            >
              {(isPhone || embed) && <DataErrors />}
              {!isPhone && !embed && (
                <div className="results-column__active">
                  <ActiveFiltersBar counts={counts} />
                </div>
              )}
              {/* another view or practice is a fresh start after a failure */}
              <ErrorBoundary
                key={`${view}:${String(practiceOpen)}:${String(placeOpen)}:${String(proposing !== undefined)}`}
              >
                {proposing !== undefined ? (
                  <LazyProposeForm
                    key={proposing ?? ''}
                    onClose={() => setProposing(undefined)}
                    practice={practiceById(results?.index, proposing)}
                  />
                ) : practiceOpen ? (
                  // in the embed the detail is compact: no correction form
                  <LazyPracticeDetail onProposeCorrection={embed ? undefined : setProposing} />
                ) : placeOpen ? (
                  <LazyPlacePanel />
                ) : view === 'table' ? (
                  <LazyTableView />
                ) : (
                  <PracticeList showSearchScope={isPhone || embed} />
                )}
              </ErrorBoundary>
            </section>
          </>
        )}
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
