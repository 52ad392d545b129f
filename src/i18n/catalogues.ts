// Which UI catalogues are here. Polish, the default, is in the entry chunk; English is a chunk of
// its own, loaded before the first render when the link says `lang=en` (main.tsx) and by the
// language switch, so the Polish first load does not carry it (issue 12).
//
//   provideMessageImport('en', () => import('./i18n/messages-en').then((m) => m.en)); // main.tsx
//   await loadMessages('en');   // once per page; again after a failure retries
//   messagesFor('en');          // sync from then on; throws if never loaded
//
// The import is handed in by main.tsx rather than written here: from this module, which the lazy
// chunks share with the entry, Rolldown answered a dynamic import by splitting the entry into two
// more chunks (one more request at first load); from the entry module it only adds the chunk.
// Tests and the build-time render hand in the catalogue they import statically.
import type { Language } from './languages';
import { pl, type Messages } from './messages-pl';

export interface MessageRegistry {
  /** Resolves once the language's messages are here; concurrent and repeated calls import once. */
  loadMessages(language: Language): Promise<void>;
  /** The language's messages; throws a clear error if they have not been loaded. */
  messagesFor(language: Language): Messages;
  hasMessages(language: Language): boolean;
  /** Called whenever a language's messages arrive (for useSyncExternalStore). */
  subscribe(listener: () => void): () => void;
  /** How a language's messages are imported, for the languages not there from the start. */
  provideImport(language: Language, importer: () => Promise<Messages>): void;
}

/** A registry over the catalogues already `loaded` and the `importers` of the others. */
export function createMessageRegistry(
  loaded: Partial<Record<Language, Messages>>,
  importers: Partial<Record<Language, () => Promise<Messages>>> = {},
): MessageRegistry {
  const catalogues = { ...loaded };
  const imports = { ...importers };
  const pending = new Map<Language, Promise<void>>();
  const listeners = new Set<() => void>();

  function loadMessages(language: Language): Promise<void> {
    if (catalogues[language]) return Promise.resolve();
    const inFlight = pending.get(language);
    if (inFlight) return inFlight;
    const importer = imports[language];
    if (!importer) {
      return Promise.reject(
        new Error(`No import for the UI messages of language "${language}": main.tsx provides it`),
      );
    }
    const loading = importer().then(
      (messages) => {
        catalogues[language] = messages;
        pending.delete(language);
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // forgotten, so the next call (the switch's retry) imports again
        pending.delete(language);
        throw new Error(`The UI messages for language "${language}" could not be loaded`, {
          cause: error,
        });
      },
    );
    pending.set(language, loading);
    return loading;
  }

  function messagesFor(language: Language): Messages {
    const messages = catalogues[language];
    if (!messages) {
      throw new Error(
        `The UI messages for language "${language}" are not loaded: await loadMessages('${language}') first`,
      );
    }
    return messages;
  }

  return {
    loadMessages,
    messagesFor,
    hasMessages: (language) => catalogues[language] !== undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    provideImport(language, importer) {
      imports[language] = importer;
    },
  };
}

const registry = createMessageRegistry({ pl });

export const { loadMessages, messagesFor, hasMessages } = registry;
export const subscribeToMessages = registry.subscribe;
export const provideMessageImport = registry.provideImport;
