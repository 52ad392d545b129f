// The "Tabela" view: a toggle between the counts per unit (PracticeTable) and the practices as
// rows (PracticesTable, loaded when first asked for). The choice is this feature's memory, not
// the link: a link opens the counts, as it always did.
import { lazy, Suspense, useMemo } from 'react';
import { useLanguage, useT } from '../../../hooks/use-t';
import { createExportTranslate } from '../../../i18n/messages-export';
import { PracticeTable } from './practice-table';
import { TABLE_MODES, usePracticesTableStore } from './practices-table-store';
import './table-view.css';

const PracticesTable = lazy(() =>
  import('./practices-table').then((module) => ({ default: module.PracticesTable })),
);

export function TableView() {
  const t = useT();
  const language = useLanguage();
  const x = useMemo(() => createExportTranslate(language), [language]);
  const mode = usePracticesTableStore((state) => state.mode);
  const setMode = usePracticesTableStore((state) => state.setMode);
  return (
    <div className="table-view">
      <div role="group" aria-label={x('tableMode.label')} className="table-view__modes">
        {TABLE_MODES.map((option) => (
          <button
            key={option}
            type="button"
            className="table-view__mode"
            aria-pressed={mode === option}
            onClick={() => setMode(option)}
          >
            {x(`tableMode.${option}`)}
          </button>
        ))}
      </div>
      {mode === 'units' ? (
        <PracticeTable />
      ) : (
        <Suspense fallback={<p role="status">{t('list.loading')}</p>}>
          <PracticesTable />
        </Suspense>
      )}
    </div>
  );
}
