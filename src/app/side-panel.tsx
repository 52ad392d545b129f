import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/** Beside the map on wide screens; above it, collapsible, on a phone. */
export function SidePanel({ children }: { children: ReactNode }) {
  const t = useT();
  const bodyId = useId();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <aside
      className={collapsed ? 'side-panel side-panel--collapsed' : 'side-panel'}
      aria-label={t('panel.label')}
    >
      <button
        type="button"
        className="button side-panel__toggle"
        aria-expanded={!collapsed}
        aria-controls={bodyId}
        onClick={() => setCollapsed((value) => !value)}
      >
        {collapsed ? t('panel.show') : t('panel.hide')}
      </button>
      <div id={bodyId} className="side-panel__body">
        {children}
      </div>
    </aside>
  );
}
