import { formatPracticeCount } from '../i18n/plural';
import { useLanguage, useT } from '../hooks/use-t';
import './result-count.css';

/** "151 praktyk", in a polite live region so a change of filters is announced. */
export function ResultCount({ count }: { count: number | null }) {
  const t = useT();
  const language = useLanguage();
  return (
    <p className="result-count" aria-live="polite" aria-atomic="true">
      <span data-testid="result-count">
        {count === null ? t('results.loading') : formatPracticeCount(t, language, count)}
      </span>
    </p>
  );
}
