// The table view, an equal alternative to the map: voivodeships, then (expanded) their powiaty,
// gminy and finally the practices of a gmina, each with the number of matching practices. The
// counts are the choropleth's (FilterResult.unitCounts: the same region rule as the filters), so
// the table, the map and the list agree. Disclosure buttons (aria-expanded) in the row headers:
// Tab reaches every one, Enter or Space opens and closes.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Unit } from '../../../data/schemas';
import type { Language } from '../../../i18n/languages';
import type { Translate } from '../../../i18n/translate';
import { formatUnitName, unitTypeKey } from '../../../data/unit-text';
import { usePracticesFailed } from '../../../data/use-data-problems';
import { useLanguage, useT } from '../../../hooks/use-t';
import { useViewStore } from '../../../stores/use-view-store';
import type { Sort } from '../../../stores/view-state';
import { countByUnit, type FilterResult } from '../engine/filter-practices';
import type { PracticeIndex } from '../engine/practice-index';
import { practicesOfUnit, unitChildren } from './practice-table-rows';
import { formatNumber } from '../practice-text';
import { usePracticeResults } from '../use-practice-results';
import { usePracticeViewsMemory } from '../practice-views-memory';
import './practice-table.css';

/** Practices listed under an expanded gmina at first, and added by each "show more". */
export const PRACTICES_PAGE = 50;

export function PracticeTable() {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const results = usePracticeResults();
  const practicesFailed = usePracticesFailed();
  const sort = useViewStore((state) => state.sort);
  // in the feature's memory, so the rows stay expanded when the table comes back from a detail
  const expanded = usePracticeViewsMemory((state) => state.expandedUnits);
  const toggle = usePracticeViewsMemory((state) => state.toggleExpanded);
  const takeOpenedFromTable = usePracticeViewsMemory((state) => state.takeOpenedFromTable);
  const sectionRef = useRef<HTMLElement>(null);
  const ready = results !== null;
  // back from a detail that replaced the table: focus the practice that was opened, if focus was lost
  useEffect(() => {
    if (!ready) return;
    const id = takeOpenedFromTable();
    const focused = document.activeElement;
    if (id === null || (focused && focused !== document.body)) return;
    const button = [...(sectionRef.current?.querySelectorAll('li[data-practice-id]') ?? [])]
      .find((item) => item.getAttribute('data-practice-id') === id)
      ?.querySelector('button');
    button?.focus();
  }, [ready, takeOpenedFromTable]);

  const counts = useMemo(
    () =>
      results
        ? (results.result.unitCounts ?? countByUnit(results.index, results.result.matches))
        : null,
    [results],
  );

  return (
    <section ref={sectionRef} className="practice-table" aria-labelledby={headingId}>
      <h2 id={headingId} className="practice-table__heading">
        {t('table.heading')}
      </h2>
      <p className="practice-table__hint">{t('table.hint')}</p>
      {!results || !counts ? (
        <p role="status">{t(practicesFailed ? 'results.unavailable' : 'list.loading')}</p>
      ) : (
        <div className="practice-table__scroller">
          <table>
            <caption>{t('table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.unit')}</th>
                <th scope="col">{t('table.type')}</th>
                <th scope="col" className="practice-table__number">
                  {t('table.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {Array.from(results.index.voivodeshipIndexes, (u) => (
                <UnitRows
                  key={u}
                  unit={u}
                  depth={0}
                  index={results.index}
                  result={results.result}
                  counts={counts}
                  sort={sort}
                  expanded={expanded}
                  toggle={toggle}
                  t={t}
                  language={language}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface UnitRowsProps {
  unit: number;
  depth: number;
  index: PracticeIndex;
  result: FilterResult;
  counts: Int32Array;
  sort: Sort;
  expanded: ReadonlySet<string>;
  toggle: (terc: string) => void;
  t: Translate;
  language: Language;
}

function UnitRows(props: UnitRowsProps) {
  const { unit: u, depth, index, counts, expanded, toggle, t, language } = props;
  const unit = index.units[u];
  if (!unit) return null;
  const count = counts[u] ?? 0;
  const open = count > 0 && expanded.has(unit.terc);
  const name = formatUnitName(unit, t);
  const number = formatNumber(language, count);
  return (
    <>
      <tr
        className={`practice-table__row practice-table__row--${unit.level}`}
        data-terc={unit.terc}
      >
        <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.25}rem` }}>
          {count > 0 ? (
            <button
              type="button"
              className="practice-table__toggle"
              aria-expanded={open}
              onClick={() => toggle(unit.terc)}
            >
              <span className="practice-table__icon" aria-hidden="true">
                {open ? '▾' : '▸'}
              </span>
              {name}
            </button>
          ) : (
            <span className="practice-table__name">{name}</span>
          )}
        </th>
        <td>{t(unitTypeKey(unit))}</td>
        <td className="practice-table__number">{number}</td>
      </tr>
      {open && <ChildRows {...props} unitData={unit} />}
    </>
  );
}

function ChildRows(props: UnitRowsProps & { unitData: Unit }) {
  const { unitData, index, counts, depth } = props;
  if (unitData.level === 'gmina') return <PracticeRows {...props} />;
  const children = unitChildren(index, props.unit).filter((child) => (counts[child] ?? 0) > 0);
  return (
    <>
      {children.map((child) => (
        <UnitRows key={child} {...props} unit={child} depth={depth + 1} />
      ))}
    </>
  );
}

function PracticeRows({
  unit,
  unitData,
  index,
  result,
  sort,
  depth,
  t,
}: UnitRowsProps & { unitData: Unit }) {
  const openPractice = useViewStore((state) => state.openPractice);
  const rememberOpened = usePracticeViewsMemory((state) => state.rememberOpenedFromTable);
  const [limit, setLimit] = useState(PRACTICES_PAGE);
  const order = useMemo(
    () => practicesOfUnit(index, unit, result, sort),
    [index, unit, result, sort],
  );
  const shown = order.subarray(0, limit);
  return (
    <tr className="practice-table__practices">
      <td colSpan={3} style={{ paddingLeft: `${0.5 + (depth + 1) * 1.25}rem` }}>
        <ul aria-label={t('table.practicesOf', { name: formatUnitName(unitData, t) })}>
          {Array.from(shown, (p) => {
            const practice = index.practices[p];
            if (!practice) return null;
            return (
              <li key={practice.id} data-practice-id={practice.id}>
                <button
                  type="button"
                  className="practice-table__practice"
                  onClick={() => {
                    rememberOpened(practice.id);
                    openPractice(practice.id);
                  }}
                >
                  {practice.title}
                </button>
              </li>
            );
          })}
        </ul>
        {order.length > limit && (
          <button
            type="button"
            className="button practice-table__more"
            onClick={() => setLimit((value) => value + PRACTICES_PAGE)}
          >
            {t('table.more', { count: order.length - limit })}
          </button>
        )}
      </td>
    </tr>
  );
}
