// Every UI catalogue before any test: tests translate synchronously in either language, as the
// app does once main.tsx or the language switch has loaded it (src/i18n/catalogues.ts).
import { loadMessages, provideMessageImport } from '../../src/i18n/catalogues';
import { LANGUAGES } from '../../src/i18n/languages';
import { en } from '../../src/i18n/messages-en';

provideMessageImport('en', () => Promise.resolve(en));
await Promise.all(LANGUAGES.map(loadMessages));
