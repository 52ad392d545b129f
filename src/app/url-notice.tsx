// Tells the user which parts of the link were ignored or corrected, and why. Values from the
// link are hostile: they are rendered as text only.
import { useT } from '../hooks/use-t';
import type { Translate } from '../i18n/translate';
import type { UrlIssue } from '../stores/url-state';
import './url-notice.css';

function describePart(issue: UrlIssue, t: Translate): string {
  if (issue.reason === 'too-many-params')
    return t('urlNotice.tooManyParams', { count: issue.value });
  const part = issue.value === '' ? issue.key : `${issue.key}=${issue.value}`;
  return t('urlNotice.item', { part, reason: t(`urlNotice.reason.${issue.reason}`) });
}

export function UrlNotice({ issues, onClose }: { issues: UrlIssue[]; onClose: () => void }) {
  const t = useT();
  if (issues.length === 0) return null;
  return (
    <div role="status" data-testid="url-notice" className="url-notice">
      <div className="url-notice__body">
        <p className="url-notice__heading">{t('urlNotice.heading')}</p>
        <p className="url-notice__intro">{t('urlNotice.intro')}</p>
        <ul className="url-notice__list">
          {issues.map((issue, index) => (
            <li key={index}>{describePart(issue, t)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button url-notice__close" onClick={onClose}>
        {t('urlNotice.close')}
      </button>
    </div>
  );
}
