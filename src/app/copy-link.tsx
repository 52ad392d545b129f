// Copies a text: the link of what is shown ("Kopiuj link"), the embed builder's code. Where the
// clipboard API is missing or refused (an insecure origin, a denied permission), the text is shown
// in a read-only field, selected, to copy by hand.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../hooks/use-t';
import { canonicalHref } from '../stores/url-sync';
import './copy-link.css';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string };

export interface CopyTextProps {
  /** The text, read when the button is pressed. */
  text: () => string;
  /** The button, the note once copied, the note to copy by hand, and the manual field's name. */
  labels: { button: string; copied: string; manual: string; field: string };
  disabled?: boolean;
}

export function CopyText({ text, labels, disabled = false }: CopyTextProps) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'manual') fieldRef.current?.select();
    if (state.kind !== 'copied') return;
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const value = text();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', text: value });
    }
  };

  return (
    <div className="copy-link">
      <button
        type="button"
        className="button copy-link__button"
        disabled={disabled}
        onClick={() => void copy()}
      >
        {labels.button}
      </button>
      {state.kind === 'manual' && (
        <input
          ref={fieldRef}
          className="copy-link__field"
          type="text"
          readOnly
          aria-label={labels.field}
          value={state.text}
          onFocus={(event) => event.target.select()}
        />
      )}
      <p className="copy-link__status" role="status">
        {state.kind === 'copied' ? labels.copied : state.kind === 'manual' ? labels.manual : ''}
      </p>
    </div>
  );
}

/** "Kopiuj link": the canonical link of what is shown. */
export function CopyLink({ beforeCopy }: { beforeCopy: () => void }) {
  const t = useT();
  return (
    <CopyText
      text={() => {
        beforeCopy();
        // canonical: whatever the address still had that the app ignored is not copied along
        return canonicalHref(window.location);
      }}
      labels={{
        button: t('share.copy'),
        copied: t('share.copied'),
        manual: t('share.manual'),
        field: t('share.fieldLabel'),
      }}
    />
  );
}
