import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { loadMessages, provideMessageImport } from '../../src/i18n/catalogues';
import { LANGUAGES } from '../../src/i18n/languages';
import { en } from '../../src/i18n/messages-en';

// every UI catalogue before any test, as the app has once main.tsx or the switch loaded it
provideMessageImport('en', () => Promise.resolve(en));
await Promise.all(LANGUAGES.map(loadMessages));

// a ceiling, not a timing: findBy/waitFor give up after 1 s by default, and the whole app's
// renders in jsdom take longer than that on a loaded two-core machine
configure({ asyncUtilTimeout: 5000 });
