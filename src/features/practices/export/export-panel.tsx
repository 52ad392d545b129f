// "Pobierz CSV" and "Pobierz GeoJSON": files of exactly what is shown (the filters, the search
// and the order of the list, or of the practices table when it is the view), with no row cap.
// Loaded when the disclosure first opens; the writing (export-files.ts, with papaparse and
// topojson's merge) is loaded on the first press.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLanguage, useT } from '../../../hooks/use-t';
import { createExportTranslate } from '../../../i18n/messages-export';
import { formatPracticeCount } from '../../../i18n/plural';
import { useViewStore } from '../../../stores/use-view-store';
import { selectResultsLinkState } from '../../../stores/view-store';
import { usePracticesTableStore } from '../table/practices-table-store';
import { usePracticeResults } from '../use-practice-results';
import type { ExportFormat } from './export-files';
import './export-panel.css';

type Status =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'failed' };

export function ExportPanel() {
  const t = useT();
  const language = useLanguage();
  const x = useMemo(() => createExportTranslate(language), [language]);
  const polygonsId = useId();
  const queryClient = useQueryClient();
  const results = usePracticeResults();
  const view = useViewStore(useShallow(selectResultsLinkState));
  const tableSort = usePracticesTableStore((state) =>
    state.mode === 'practices' ? state.sort : null,
  );
  const [polygons, setPolygons] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const run = async (format: ExportFormat) => {
    if (!results) return;
    setStatus({ kind: 'working' });
    try {
      const { exportPractices } = await import('./export-files');
      const { fileName, count } = await exportPractices({
        format,
        results,
        view,
        columnSort: view.view === 'table' ? tableSort : null,
        t,
        language,
        queryClient,
      });
      const practices = formatPracticeCount(t, language, count);
      setStatus({ kind: 'done', text: x('export.done', { file: fileName, practices }) });
    } catch (error) {
      console.warn('export failed', error);
      setStatus({ kind: 'failed' });
    }
  };
  const busy = !results || status.kind === 'working';

  return (
    <div className="export__panel" role="group" aria-label={t('export.label')}>
      <button type="button" className="button" disabled={busy} onClick={() => void run('csv')}>
        {x('export.csv')}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void run(polygons ? 'geojson-polygons' : 'geojson')}
      >
        {x('export.geojson')}
      </button>
      <label className="export__option" htmlFor={polygonsId}>
        <input
          id={polygonsId}
          type="checkbox"
          checked={polygons}
          onChange={(event) => setPolygons(event.target.checked)}
        />{' '}
        {x('export.polygons')}
      </label>
      <p role="status" className="export__status">
        {status.kind === 'working'
          ? x('export.working')
          : status.kind === 'done'
            ? status.text
            : status.kind === 'failed'
              ? x('export.failed')
              : ''}
      </p>
    </div>
  );
}
