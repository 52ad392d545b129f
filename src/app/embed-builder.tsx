// "Osadź mapę": the embed builder, a modal dialog (loaded when first opened, lazy-views.tsx). The
// current view's link with embed=1, in the language chosen, at the height chosen, previewed live in
// an iframe, and the <iframe> code to copy (the same copy as "Kopiuj link").
//
// A native <dialog> opened with showModal(): the browser keeps focus inside it (the page behind is
// inert), Escape closes it, and focus goes back to what opened it; the filter drawer's hand-written
// trap predates it and also has to stay a drawer on wide screens, which this does not.
import { useEffect, useId, useRef, useState } from 'react';
import { useLanguage } from '../hooks/use-t';
import { createEmbedTranslate } from '../i18n/messages-embed';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';
import { createTranslate, type Translate } from '../i18n/translate';
import { canonicalHref } from '../stores/url-sync';
import { CopyText } from './copy-link';
import { EMBED_HEIGHT, embedIframeCode, embedTitle, parseEmbedHeight } from './embed-code';
import './embed-builder.css';

export interface EmbedBuilderProps {
  /** The active filters' names in a language (the iframe's title). */
  filterLabels: (t: Translate) => string[];
  /** The dialog has closed (Escape, the close button): unmount it. */
  onClose: () => void;
}

export function EmbedBuilder({ filterLabels, onClose }: EmbedBuilderProps) {
  const uiLanguage = useLanguage();
  const et = createEmbedTranslate(uiLanguage);
  const ids = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [lang, setLang] = useState<Language>(uiLanguage);
  const [heightText, setHeightText] = useState(String(EMBED_HEIGHT.initial));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const height = parseEmbedHeight(heightText);
  // the dialog is modal: the view does not change while it is open
  const src = canonicalHref(window.location, { embed: true, lang });
  // every language's catalogue is loaded with this chunk (lazy-views.tsx)
  const embedT = createTranslate(lang);
  const title = embedTitle(embedT('app.name'), filterLabels(embedT), embedT('embed.noFilters'));
  const code = height === null ? '' : embedIframeCode({ src, title, height });

  return (
    <dialog
      ref={dialogRef}
      className="embed-builder"
      aria-labelledby={`${ids}-heading`}
      onClose={onClose}
    >
      <div className="embed-builder__head">
        <h2 id={`${ids}-heading`} className="embed-builder__heading">
          {et('builder.heading')}
        </h2>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          {et('builder.close')}
        </button>
      </div>
      <p className="embed-builder__intro">{et('builder.intro')}</p>
      <div className="embed-builder__options">
        <fieldset className="embed-builder__languages">
          <legend>{et('builder.language')}</legend>
          {LANGUAGES.map((code) => (
            <label key={code} lang={code}>
              <input
                type="radio"
                name={`${ids}-lang`}
                value={code}
                checked={lang === code}
                onChange={() => setLang(code)}
              />{' '}
              {LANGUAGE_NAMES[code]}
            </label>
          ))}
        </fieldset>
        <div className="embed-builder__height">
          <label htmlFor={`${ids}-height`}>{et('builder.height')}</label>
          <input
            id={`${ids}-height`}
            type="text"
            inputMode="numeric"
            size={6}
            value={heightText}
            aria-invalid={height === null}
            aria-describedby={height === null ? `${ids}-height-error` : undefined}
            onChange={(event) => setHeightText(event.target.value)}
          />
          {height === null && (
            <p id={`${ids}-height-error`} className="embed-builder__error">
              {et('builder.heightError', { min: EMBED_HEIGHT.min, max: EMBED_HEIGHT.max })}
            </p>
          )}
        </div>
      </div>
      <label className="embed-builder__code-label" htmlFor={`${ids}-code`}>
        {et('builder.code')}
      </label>
      <textarea
        id={`${ids}-code`}
        className="embed-builder__code"
        readOnly
        rows={4}
        value={code}
        onFocus={(event) => event.target.select()}
      />
      <CopyText
        text={() => code}
        disabled={height === null}
        labels={{
          button: et('builder.copy'),
          copied: et('builder.copied'),
          manual: et('builder.manual'),
          field: et('builder.code'),
        }}
      />
      <h3 className="embed-builder__preview-heading">{et('builder.preview')}</h3>
      {height !== null && (
        <iframe
          key={src}
          className="embed-builder__preview"
          src={src}
          title={title}
          width="100%"
          height={height}
        />
      )}
    </dialog>
  );
}
