// The matching practices as a list: title (opens the practice; the whole row is its target),
// place, type and start year, and the partner mix in full; sorted by relevance, newest or name (the order is in the link); optionally only those
// whose marker is in the map's view. Virtualised, so 10,000 practices cost what 20 do.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { VirtualList, type VirtualRow } from '../../../components/ui/virtual-list';
import type { Language } from '../../../i18n/languages';
import type { Translate } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../hooks/use-t';
import { useMapViewportStore } from '../../../stores/map-viewport-store';
import { usePracticeHoverStore } from '../../../stores/practice-hover-store';
import { toSearchString } from '../../../stores/url-state';
import { useViewStore } from '../../../stores/use-view-store';
import { selectResultsLinkState } from '../../../stores/view-store';
import { SORTS } from '../../../stores/view-state';
import type { PracticeIndex } from '../engine/practice-index';
import { practiceRowText } from '../practice-text';
import { practicesInBounds } from '../engine/practices-in-bounds';
import { sortPractices } from '../engine/sort-practices';
import { usePracticesFailed } from '../../../data/use-data-problems';
import { usePracticeResults } from '../use-practice-results';
import { usePracticeViewsMemory } from '../practice-views-memory';
import './practice-list.css';

/**
 * Row height in rem: two lines of title, the place, the type and year, two lines of partners
 * (see practice-list.css; the longest partner mix fits two lines at the column's narrowest).
 */
const ROW_HEIGHT_REM = 8.5;

const NO_PRACTICES = new Uint32Array(0);

function rootFontSize(): number {
  if (typeof window === 'undefined') return 16;
  const size = parseFloat(window.getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

export interface PracticeListProps {
  /**
   * Say here, too, that a text search covers only what is loaded while the practices'
   * descriptions load (the search box's note says it where the box is on screen; a phone's is in
   * the closed filter drawer, and the embed has none).
   */
  showSearchScope?: boolean;
}

export function PracticeList({ showSearchScope = false }: PracticeListProps) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const sortId = useId();
  const results = usePracticeResults();
  const practicesFailed = usePracticesFailed();
  const sort = useViewStore((state) => state.sort);
  const setSort = useViewStore((state) => state.setSort);
  const [onlyInView, setOnlyInView] = useState(false);
  // subscribed only while the option is on: otherwise panning the map does not re-render the list
  const mapBounds = useMapViewportStore((state) => (onlyInView ? state.bounds : null));
  // a map not laid out (hidden, zero height) reports bounds without area: not a view to filter by
  const bounds =
    mapBounds && mapBounds[0] < mapBounds[2] && mapBounds[1] < mapBounds[3] ? mapBounds : null;
  const [itemHeight, setItemHeight] = useState(() => Math.round(ROW_HEIGHT_REM * rootFontSize()));
  // a row whose text needs more room (a narrow column, a long partner mix) makes every row taller
  const fitRow = useCallback(
    (needed: number) => setItemHeight((height) => Math.max(height, Math.ceil(needed))),
    [],
  );

  const sorted = useMemo(
    () =>
      results
        ? sortPractices(results.index, results.result.matches, sort, results.result.textScores)
        : NO_PRACTICES,
    [results, sort],
  );
  const shown = useMemo(
    () => (results && bounds ? practicesInBounds(results.index, sorted, bounds) : sorted),
    [results, sorted, bounds],
  );

  return (
    <section className="practice-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="practice-list__heading">
        {t('list.heading')}
      </h2>
      <div className="practice-list__controls">
        <span className="practice-list__sort">
          <label htmlFor={sortId}>{t('list.sort')}</label>{' '}
          <select
            id={sortId}
            name="sort"
            value={sort}
            onChange={(event) => {
              const value = event.target.value;
              const next = SORTS.find((option) => option === value);
              if (next) setSort(next);
            }}
          >
            {SORTS.map((option) => (
              <option key={option} value={option}>
                {t(`list.sort.${option}`)}
              </option>
            ))}
          </select>
        </span>
        <label className="practice-list__in-view">
          <input
            type="checkbox"
            checked={onlyInView}
            onChange={(event) => setOnlyInView(event.target.checked)}
          />{' '}
          {t('list.inMapView')}
        </label>
      </div>
      {onlyInView && results && (
        <p className="practice-list__note">
          {bounds
            ? t('list.inMapViewCount', { shown: shown.length, total: sorted.length })
            : t('list.inMapViewNoMap')}
        </p>
      )}
      {showSearchScope && results && results.textScope !== 'all' && (
        // not a live region: the search box's note is the one that speaks
        <p className="practice-list__note">
          {t(
            results.textScope === 'partial'
              ? 'filters.search.partial'
              : 'filters.search.partialFailed',
          )}
        </p>
      )}
      <div className="practice-list__results" data-testid="results">
        {!results ? (
          <p role="status">{t(practicesFailed ? 'results.unavailable' : 'list.loading')}</p>
        ) : shown.length === 0 ? (
          <p className="practice-list__empty">
            {onlyInView && bounds && sorted.length > 0 ? t('list.emptyInView') : t('list.empty')}
          </p>
        ) : (
          <PracticeRows
            index={results.index}
            order={shown}
            itemHeight={itemHeight}
            onRowOverflow={fitRow}
            t={t}
            language={language}
            resetKey={shown}
          />
        )}
      </div>
    </section>
  );
}

interface PracticeRowsProps {
  index: PracticeIndex;
  order: Uint32Array;
  itemHeight: number;
  /** Called with the height a rendered row needs when its text does not fit `itemHeight`. */
  onRowOverflow: (needed: number) => void;
  t: Translate;
  language: Language;
  resetKey: unknown;
}

function PracticeRows({
  index,
  order,
  itemHeight,
  onRowOverflow,
  t,
  language,
  resetKey,
}: PracticeRowsProps) {
  const openPractice = useViewStore((state) => state.openPractice);
  const openId = useViewStore((state) => state.practice);
  const linkState = useViewStore(useShallow(selectResultsLinkState));
  const hoveredId = usePracticeHoverStore((state) => state.hoveredId);
  const setHovered = usePracticeHoverStore((state) => state.setHovered);
  // what this list points at itself: only a practice pointed at elsewhere (the map) gets the badge
  const [ownHover, setOwnHover] = useState<string | null>(null);
  const hover = (id: string) => {
    setOwnHover(id);
    setHovered(id);
  };
  const unhover = (id: string) => {
    setOwnHover((current) => (current === id ? null : current));
    if (usePracticeHoverStore.getState().hoveredId === id) setHovered(null);
  };
  const rememberOpened = usePracticeViewsMemory((state) => state.rememberOpenedFromList);
  const forgetOpened = usePracticeViewsMemory((state) => state.forgetOpenedFromList);
  // read once at mount (not subscribed): where focus goes when the list comes back
  const [initialFocusIndex] = useState(() => {
    const id = usePracticeViewsMemory.getState().openedFromList;
    if (id === null) return null;
    const p = index.indexById.get(id);
    const at = p === undefined ? -1 : order.indexOf(p);
    return at >= 0 ? at : null;
  });
  // used once: a later mount (e.g. switching views) starts at the top again
  useEffect(() => forgetOpened(), [forgetOpened]);

  // rows are measured as they are drawn (the list is virtualised: only those in view)
  const measureRow = useCallback(
    (row: HTMLLIElement | null) => {
      if (!row) return;
      const border = row.offsetHeight - row.clientHeight;
      if (row.scrollHeight > row.clientHeight) onRowOverflow(row.scrollHeight + border);
    },
    [onRowOverflow],
  );

  const practiceAt = (i: number) => index.practices[order[i] ?? 0];
  const renderRow = (row: VirtualRow) => {
    const practice = practiceAt(row.index);
    if (!practice) return null;
    const { id } = practice;
    const text = practiceRowText(index, practice, t, language);
    const pointed = hoveredId === id;
    const pointedElsewhere = pointed && ownHover !== id;
    const open = openId === id;
    const className = [
      'practice-item',
      pointed ? 'practice-item--pointed' : '',
      open ? 'practice-item--open' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <li
        {...row.itemProps}
        ref={measureRow}
        className={className}
        data-testid="result-item"
        data-practice-id={id}
        onMouseEnter={() => hover(id)}
        onMouseLeave={() => unhover(id)}
      >
        <h3 className="practice-item__title">
          <a
            {...row.controlProps}
            href={toSearchString({ ...linkState, practice: id }) || '?'}
            aria-current={open ? 'true' : undefined}
            onClick={(event) => {
              // a plain click opens here (history through the store); modified clicks open a tab
              if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
              event.preventDefault();
              rememberOpened(id);
              openPractice(id);
            }}
            onFocus={() => hover(id)}
            onBlur={() => unhover(id)}
            lang="pl"
          >
            {practice.title}
          </a>
        </h3>
        <p className="practice-item__place">{text.place}</p>
        <p className="practice-item__meta">
          <span>{text.type}</span>
          {practice.yearStarted !== null && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              <span>{t('list.yearStarted', { year: practice.yearStarted })}</span>
            </>
          )}
        </p>
        <p className="practice-item__partners">
          {text.partners}
          {text.membership && `; ${text.membership}`}
        </p>
        {pointedElsewhere && (
          <span className="practice-item__pointed">{t('list.pointedOnMap')}</span>
        )}
      </li>
    );
  };

  return (
    <>
      <p className="visually-hidden">{t('list.keyboardHint')}</p>
      <VirtualList
        className="practice-list__scroller"
        count={order.length}
        itemHeight={itemHeight}
        getKey={(i) => practiceAt(i)?.id ?? String(i)}
        renderRow={renderRow}
        label={t('list.label')}
        resetKey={resetKey}
        initialFocusIndex={initialFocusIndex}
      />
    </>
  );
}
