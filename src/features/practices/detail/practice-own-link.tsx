// The practice's own link, to read, select and copy.
import { useId, useState } from 'react';
import type { Translate } from '../../../i18n/translate';

export function OwnLink({ link, t }: { link: string; t: Translate }) {
  const fieldId = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="practice-detail__own-link">
      <label htmlFor={fieldId}>{t('detail.link')}</label>
      <input
        id={fieldId}
        type="text"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy()}>
        {t('detail.copyLink')}
      </button>
      <p role="status" className="practice-detail__copy-status">
        {status === 'copied'
          ? t('detail.copied')
          : status === 'failed'
            ? t('detail.copyFailed')
            : ''}
      </p>
    </div>
  );
}
