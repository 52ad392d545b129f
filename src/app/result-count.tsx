import { usePracticesFailed } from '../data/use-data-problems';
import { formatPracticeCount } from '../i18n/plural';
import { useLanguage, useT } from '../hooks/use-t';
import './result-count.css';

/**
 * "151 praktyk", in a polite live region so a change of filters is announced; "praktyki
 * niedostępne" when the practices failed to load (never a loading note beside an error).
 */
export function ResultCount({ count }: { count: number | null }) {
  const t = useT();
  const language = useLanguage();
  const failed = usePracticesFailed();
  return (
    <p className="result-count" aria-live="polite" aria-atomic="true">
      <span data-testid="result-count">
        {count !== null
          ? formatPracticeCount(t, language, count)
          : failed
            ? t('results.unavailable')
            : t('results.loading')}
      </span>
    </p>
  );
}
