// The toolbar's "Pobierz wyniki": a disclosure whose panel (export-panel.tsx, with the CSV and
// GeoJSON buttons) is loaded when it first opens, so the first load carries only this summary.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../../hooks/use-t';
import './export-buttons.css';

const ExportPanel = lazy(() =>
  import('./export-panel').then((module) => ({ default: module.ExportPanel })),
);

export function ExportButtons() {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="export"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
      onKeyDown={(event) => {
        // Escape closes the panel, focus back on its summary
        if (event.key !== 'Escape' || !event.currentTarget.open) return;
        // handled: a menu around it (the phone's toolbar-more) stays open
        event.preventDefault();
        event.currentTarget.open = false;
        event.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary className="button export__summary">{t('export.label')}</summary>
      {opened && (
        <Suspense fallback={<p role="status">{t('list.loading')}</p>}>
          <ExportPanel />
        </Suspense>
      )}
    </details>
  );
}
