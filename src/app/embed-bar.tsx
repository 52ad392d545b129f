// The embed mode's one bar (`embed=1`, in another site's iframe): the count, the filters of the
// link as text (read-only: the host chose them), map or list, and the way to the full app.
import { useGazetteer } from '../data/use-gazetteer';
import { activeFilterLabels } from '../features/filters/filter-labels';
import { useT } from '../hooks/use-t';
import { useViewStore } from '../stores/use-view-store';
import { toSearchString } from '../stores/url-state';
import { canonicalHref } from '../stores/url-sync';
import { viewStateOf } from '../stores/view-store';
import { ResultCount } from './result-count';
import { ViewSwitch } from './view-switch';
import './embed-bar.css';

const EMBED_VIEWS = ['map', 'list'] as const;

export interface EmbedBarProps {
  count: number | null;
  /** Writes a pending change to the address before it is read. */
  beforeOpen: () => void;
}

export function EmbedBar({ count, beforeOpen }: EmbedBarProps) {
  const t = useT();
  const { data: gazetteer } = useGazetteer();
  const filters = useViewStore((state) => state.filters);
  // the same view without embed (the map's place in the hash is added when followed)
  const fullQuery = useViewStore((state) =>
    toSearchString({ ...viewStateOf(state), embed: false }),
  );
  const labels = activeFilterLabels(filters, gazetteer, t);
  return (
    <header className="embed-bar">
      <h1 className="embed-bar__name">{t('app.name')}</h1>
      <ResultCount count={count} />
      <p className="embed-bar__filters" title={labels.join(' · ')}>
        <span className="visually-hidden">{t('embed.filters')}: </span>
        {labels.length > 0 ? labels.join(' · ') : t('embed.noFilters')}
      </p>
      <ViewSwitch views={EMBED_VIEWS} />
      <a
        className="embed-bar__full"
        href={`${window.location.pathname}${fullQuery}`}
        target="_blank"
        rel="noopener"
        onClick={(event) => {
          beforeOpen();
          event.currentTarget.href = canonicalHref(window.location, { embed: false });
        }}
      >
        {t('embed.openFull')} <span className="visually-hidden">{t('embed.newTab')}</span>
      </a>
    </header>
  );
}
