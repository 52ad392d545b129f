import { LANGUAGES } from '../i18n/languages';
import { createTranslate } from '../i18n/translate';
import { useLanguage, useT } from '../hooks/use-t';
import { useViewStore } from '../stores/use-view-store';
import './language-switch.css';

export function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  // replaces the history entry and keeps filters, practice and view
  const setLanguage = useViewStore((state) => state.setLang);
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          className="language-switch__button"
          lang={code}
          aria-pressed={language === code}
          // each language named in itself: "polski", "English"
          title={createTranslate(code)(`language.${code}`)}
          onClick={() => setLanguage(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
