// The registry of UI catalogues: English is imported on demand, once, and a language that was never
// loaded is a clear error, not an undefined message.
import { describe, expect, test, vi } from 'vitest';
import { createMessageRegistry, loadMessages, messagesFor } from '../../../src/i18n/catalogues';
import { en } from '../../../src/i18n/messages-en';
import { pl, type Messages } from '../../../src/i18n/messages-pl';
import { createTranslate } from '../../../src/i18n/translate';

describe('the UI catalogues', () => {
  test('Polish is there from the start; a language not loaded throws an error naming it and what to do', () => {
    const registry = createMessageRegistry({ pl }, { en: () => Promise.resolve(en) });
    expect(registry.messagesFor('pl')).toBe(pl);
    expect(registry.hasMessages('en')).toBe(false);
    expect(() => registry.messagesFor('en')).toThrow(
      `The UI messages for language "en" are not loaded: await loadMessages('en') first`,
    );
  });

  test('loading twice, even at once, imports once; then the messages are there synchronously', async () => {
    const importEn = vi.fn(() => Promise.resolve(en));
    const registry = createMessageRegistry({ pl }, { en: importEn });
    const listener = vi.fn();
    registry.subscribe(listener);
    await Promise.all([registry.loadMessages('en'), registry.loadMessages('en')]);
    await registry.loadMessages('en');
    expect(importEn).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(registry.messagesFor('en')).toBe(en);
  });

  test('a failed import rejects with the language named, and the next call imports again', async () => {
    const importEn = vi
      .fn<() => Promise<Messages>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(en);
    const registry = createMessageRegistry({ pl }, { en: importEn });
    await expect(registry.loadMessages('en')).rejects.toThrow(
      'The UI messages for language "en" could not be loaded',
    );
    expect(registry.hasMessages('en')).toBe(false);
    await registry.loadMessages('en');
    expect(importEn).toHaveBeenCalledTimes(2);
    expect(registry.messagesFor('en')).toBe(en);
  });

  test('a language whose import was not provided is an error that says who provides it', async () => {
    const registry = createMessageRegistry({ pl });
    await expect(registry.loadMessages('en')).rejects.toThrow(
      'No import for the UI messages of language "en": main.tsx provides it',
    );
    registry.provideImport('en', () => Promise.resolve(en));
    await registry.loadMessages('en');
    expect(registry.messagesFor('en')).toBe(en);
  });

  test("the app's registry (loaded by the tests' setup) is the one createTranslate reads", async () => {
    await loadMessages('en');
    expect(messagesFor('en')).toBe(en);
    expect(createTranslate('en')('language.label')).toBe('Language');
  });
});
