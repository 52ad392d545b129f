// The practices themselves as rows, the export's preview: the rows are practiceRecords (the
// function the CSV and GeoJSON files are written from), in the same order, so what the table
// shows is what a file holds. Column headers hold sort buttons (aria-sort on the sorted one);
// the rows come a page at a time ("show the next 200"), and all of them when printed.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePrintMedia } from '../../../components/ui/use-print-media';
import { useLanguage, useT } from '../../../hooks/use-t';
import { createExportTranslate } from '../../../i18n/messages-export';
import { useViewStore } from '../../../stores/use-view-store';
import { practiceRecords, type ColumnLabel, type PracticeRecord } from '../export/practice-records';
import { formatNumber } from '../practice-text';
import { usePracticeResults } from '../use-practice-results';
import { usePracticeViewsMemory } from '../practice-views-memory';
import {
  RECORD_SORT_COLUMNS,
  usePracticesTableStore,
  type RecordSortColumn,
} from './practices-table-store';
import './practices-table.css';

/** Rows shown at first and added by each "show the next". */
export const RECORDS_PAGE = 200;

const COLUMN_LABELS: Record<RecordSortColumn, ColumnLabel> = {
  title: 'export.column.title',
  type: 'export.column.type',
  form: 'export.column.form',
  leader: 'export.column.leader',
  voivodeships: 'export.column.voivodeships',
  year: 'export.column.year',
  partners: 'export.column.partners',
};

export function PracticesTable() {
  const t = useT();
  const language = useLanguage();
  const x = useMemo(() => createExportTranslate(language), [language]);
  const headingId = useId();
  const results = usePracticeResults();
  const linkSort = useViewStore((state) => state.sort);
  const openPractice = useViewStore((state) => state.openPractice);
  const sort = usePracticesTableStore((state) => state.sort);
  const sortBy = usePracticesTableStore((state) => state.sortBy);
  const printing = usePrintMedia();
  const rememberOpened = usePracticeViewsMemory((state) => state.rememberOpenedFromTable);
  const takeOpened = usePracticeViewsMemory((state) => state.takeOpenedFromTable);
  const sectionRef = useRef<HTMLElement>(null);
  const ready = results !== null;
  // back from a detail that replaced the table: focus the practice that was opened, if focus was lost
  useEffect(() => {
    if (!ready) return;
    const id = takeOpened();
    const focused = document.activeElement;
    if (id === null || (focused && focused !== document.body)) return;
    const rows = sectionRef.current?.querySelectorAll('tr[data-practice-id]') ?? [];
    const row = [...rows].find((item) => item.getAttribute('data-practice-id') === id);
    row?.querySelector('button')?.focus();
  }, [ready, takeOpened]);
  const open = (id: string) => {
    rememberOpened(id);
    openPractice(id);
  };

  const records = useMemo(
    () =>
      results
        ? practiceRecords(
            { index: results.index, t, language, location: window.location },
            results.result,
            linkSort,
            sort,
          )
        : [],
    [results, t, language, linkSort, sort],
  );
  // a new result or order starts again at the first page (state adjusted during render)
  const [limit, setLimit] = useState(RECORDS_PAGE);
  const [shownFor, setShownFor] = useState(records);
  if (shownFor !== records) {
    setShownFor(records);
    setLimit(RECORDS_PAGE);
  }
  const shown = printing ? records : records.slice(0, limit);
  const order = sort
    ? x('practicesTable.orderColumn', {
        column: x(COLUMN_LABELS[sort.column]),
        direction: x(`practicesTable.${sort.direction}`),
      })
    : x('practicesTable.orderLink', { sort: t(`list.sort.${linkSort}`) });

  return (
    <section ref={sectionRef} className="practices-table" aria-labelledby={headingId}>
      <h2 id={headingId} className="practices-table__heading">
        {x('practicesTable.heading')}
      </h2>
      <p className="practices-table__hint">{x('practicesTable.hint')}</p>
      {!results ? (
        <p role="status">{t('list.loading')}</p>
      ) : records.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <>
          <p className="practices-table__order" aria-live="polite">
            {x('practicesTable.order', { order })}
          </p>
          <div className="practices-table__scroller">
            <table data-testid="practices-table">
              <caption className="visually-hidden">{x('practicesTable.caption')}</caption>
              <thead>
                <tr>
                  {RECORD_SORT_COLUMNS.map((column) => {
                    const sorted = sort?.column === column ? sort.direction : undefined;
                    return (
                      <th
                        key={column}
                        scope="col"
                        aria-sort={sorted}
                        className={`practices-table__col practices-table__col--${column}`}
                      >
                        <button
                          type="button"
                          className="practices-table__sort"
                          onClick={() => sortBy(column)}
                        >
                          {x(COLUMN_LABELS[column])}
                          <span aria-hidden="true" className="practices-table__arrow">
                            {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {shown.map((record) => (
                  <RecordRow
                    key={record.id}
                    record={record}
                    open={open}
                    unknownYear={x('practicesTable.unknownYear')}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {shown.length < records.length && (
            <button
              type="button"
              className="button practices-table__more"
              onClick={() => setLimit((value) => value + RECORDS_PAGE)}
            >
              {x('practicesTable.more', {
                page: formatNumber(language, Math.min(RECORDS_PAGE, records.length - limit)),
                count: formatNumber(language, records.length - limit),
              })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function RecordRow({
  record,
  open,
  unknownYear,
}: {
  record: PracticeRecord;
  open: (id: string) => void;
  unknownYear: string;
}) {
  return (
    <tr data-practice-id={record.id}>
      <th scope="row">
        <button type="button" className="practices-table__title" onClick={() => open(record.id)}>
          {record.title}
        </button>
      </th>
      <td>{record.type}</td>
      <td>{record.form}</td>
      <td>{record.leader}</td>
      <td>{record.voivodeships}</td>
      <td className="practices-table__number">{record.year ?? unknownYear}</td>
      <td>{record.partners}</td>
    </tr>
  );
}
