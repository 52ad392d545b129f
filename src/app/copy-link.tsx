// Copies the link of what is shown. Where the clipboard API is missing or refused (an insecure
// origin, a denied permission), the link is shown in a read-only field, selected, to copy by hand.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../hooks/use-t';
import { canonicalHref } from '../stores/url-sync';
import './copy-link.css';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; href: string };

export function CopyLink({ beforeCopy }: { beforeCopy: () => void }) {
  const t = useT();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'manual') fieldRef.current?.select();
    if (state.kind !== 'copied') return;
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    beforeCopy();
    // canonical: whatever the address still had that the app ignored is not copied along
    const href = canonicalHref(window.location);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', href });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="button copy-link__button" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      {state.kind === 'manual' && (
        <input
          ref={fieldRef}
          className="copy-link__field"
          type="text"
          readOnly
          aria-label={t('share.fieldLabel')}
          value={state.href}
          onFocus={(event) => event.target.select()}
        />
      )}
      <p className="copy-link__status" role="status">
        {state.kind === 'copied'
          ? t('share.copied')
          : state.kind === 'manual'
            ? t('share.manual')
            : ''}
      </p>
    </div>
  );
}
