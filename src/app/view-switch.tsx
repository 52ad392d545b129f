import { useT } from '../hooks/use-t';
import { useViewStore } from '../stores/use-view-store';
import { VIEWS, type View } from '../stores/view-state';
import './view-switch.css';

/** Map, list or table: the `view` of the link (the embed offers map and list). */
export function ViewSwitch({ views = VIEWS }: { views?: readonly View[] }) {
  const t = useT();
  const view = useViewStore((state) => state.view);
  const setView = useViewStore((state) => state.setView);
  return (
    <div role="group" aria-label={t('view.label')} className="view-switch">
      {views.map((option) => (
        <button
          key={option}
          type="button"
          className="view-switch__button"
          aria-pressed={view === option}
          onClick={() => setView(option)}
        >
          {t(`view.${option}`)}
        </button>
      ))}
    </div>
  );
}
