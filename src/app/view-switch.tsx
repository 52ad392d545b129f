import { SegmentedButtons } from '../components/ui/segmented-buttons';
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
    <SegmentedButtons
      label={t('view.label')}
      options={views}
      value={view}
      onChange={setView}
      labelOf={(option) => t(`view.${option}`)}
      className="view-switch"
    />
  );
}
