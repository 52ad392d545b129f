// The "Tabela" view: a toggle between the counts per unit (PracticeTable) and the practices as
// rows (PracticesTable, loaded when first asked for). The choice is this feature's memory, not
// the link: a link opens the counts, as it always did.
import { lazy, Suspense, useMemo } from 'react';
import { SegmentedButtons } from '../../../components/ui/segmented-buttons';
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
      <SegmentedButtons
        label={x('tableMode.label')}
        options={TABLE_MODES}
        value={mode}
        onChange={setMode}
        labelOf={(option) => x(`tableMode.${option}`)}
        size="small"
        className="table-view__modes"
      />
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
