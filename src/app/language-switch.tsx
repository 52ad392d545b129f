import { useState } from 'react';
import { hasMessages, loadMessages } from '../i18n/catalogues';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';
import { useLanguage, useT } from '../hooks/use-t';
import { useViewStore } from '../stores/use-view-store';
import './language-switch.css';

export function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  // replaces the history entry and keeps filters, practice and view
  const setLanguage = useViewStore((state) => state.setLang);
  // English is a chunk of its own: the page switches once it is here, all at once
  const [loading, setLoading] = useState<Language | null>(null);
  const [failed, setFailed] = useState<Language | null>(null);

  function choose(code: Language) {
    if (loading !== null) return;
    setFailed(null);
    if (hasMessages(code)) {
      setLanguage(code);
      return;
    }
    setLoading(code);
    loadMessages(code).then(
      () => {
        setLoading(null);
        setLanguage(code);
      },
      (error: unknown) => {
        console.error(error);
        setLoading(null);
        setFailed(code);
      },
    );
  }

  return (
    <div className="language-switch">
      <div
        role="group"
        aria-label={t('language.label')}
        aria-busy={loading !== null}
        className="language-switch__buttons"
      >
        {LANGUAGES.map((code) => (
          <button
            key={code}
            type="button"
            className="language-switch__button"
            lang={code}
            aria-pressed={language === code}
            // each language named in itself: "polski", "English"
            title={LANGUAGE_NAMES[code]}
            onClick={() => choose(code)}
          >
            {code.toUpperCase()}
          </button>
        ))}
      </div>
      {failed && (
        <div role="alert" className="language-switch__error">
          <p>{t('language.loadFailed', { code: failed.toUpperCase() })}</p>
          <button type="button" className="button" onClick={() => setFailed(null)}>
            {t('language.closeError')}
          </button>
        </div>
      )}
    </div>
  );
}
