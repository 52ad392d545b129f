// The UI language. For now client state only; the explorer mirrors it from the URL (`lang`).
import { create } from 'zustand';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  language: DEFAULT_LANGUAGE,
  setLanguage: (language) => set({ language }),
}));
