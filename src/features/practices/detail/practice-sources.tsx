// Where the practice was described: the BDP and other sources, linked only when the link is safe.
import type { PracticeSource } from '../../../data/schemas';
import type { Translate } from '../../../i18n/translate';
import { displayUrl, safeHref } from '../practice-links';

export function Sources({
  sources: given,
  t,
}: {
  sources: readonly PracticeSource[];
  t: Translate;
}) {
  const sources = given.map((source) => ({
    kind: source.kind,
    href: safeHref(source.url),
  }));
  if (sources.length === 0) return <p className="practice-detail__muted">{t('detail.unknown')}</p>;
  return (
    <ul className="practice-detail__links">
      {sources.map((source, i) => {
        const name = t(source.kind === 'bdp' ? 'detail.source.bdp' : 'detail.source.other');
        return (
          <li key={i}>
            {source.href ? (
              <a href={source.href} rel="noopener noreferrer external">
                {name}: {displayUrl(source.href)}
              </a>
            ) : (
              <>
                {name} <span className="practice-detail__muted">({t('detail.sourceNoLink')})</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
