// The language switch over English as a chunk of its own (the import here is a promise the test
// settles): busy while it arrives, the page switches all at once when it is here, and a failed
// load says so in Polish, stays in Polish and can be tried again.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LanguageSwitch } from '../../src/app/language-switch';
import { useT } from '../../src/hooks/use-t';
import type { Messages } from '../../src/i18n/messages-pl';
import { viewStore } from '../../src/stores/use-view-store';

// each test's English import: resolved or rejected by the test
const englishImport = vi.hoisted(() => ({
  next: null as null | { resolve: () => void; reject: (error: Error) => void },
  count: 0,
}));

vi.mock('../../src/i18n/catalogues', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/i18n/catalogues')>();
  const { pl } = await import('../../src/i18n/messages-pl');
  const { en } = await import('../../src/i18n/messages-en');
  // a fresh registry per file with English not yet here, as on a page opened in Polish
  const registry = actual.createMessageRegistry(
    { pl },
    {
      en: () =>
        new Promise<Messages>((resolve, reject) => {
          englishImport.count += 1;
          englishImport.next = { resolve: () => resolve(en), reject };
        }),
    },
  );
  return {
    ...actual,
    loadMessages: registry.loadMessages,
    messagesFor: registry.messagesFor,
    hasMessages: registry.hasMessages,
    subscribeToMessages: registry.subscribe,
  };
});

/** The switch and a line of the page's text, to see that both change at once. */
function Page() {
  const t = useT();
  return (
    <>
      <LanguageSwitch />
      <p data-testid="page-text">{t('language.label')}</p>
    </>
  );
}

beforeEach(() => {
  viewStore.getState().applyUrlState({ ...viewStore.getState(), lang: 'pl' });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const group = () => screen.getByRole('group', { name: 'Język' });

describe('the language switch', () => {
  test('a failed load says so in Polish and stays in Polish; a retry switches', async () => {
    const user = userEvent.setup();
    render(<Page />);

    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(group()).toHaveAttribute('aria-busy', 'true');
    await act(async () => englishImport.next?.reject(new TypeError('Failed to fetch')));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nie udało się wczytać wersji EN. Sprawdź połączenie i spróbuj ponownie.',
    );
    expect(group()).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('button', { name: 'PL' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('page-text')).toHaveTextContent('Język');
    expect(viewStore.getState().lang).toBe('pl');
    // it can be closed, and comes back on another failure
    await user.click(screen.getByRole('button', { name: 'Zamknij' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'EN' }));
    await act(async () => englishImport.next?.reject(new TypeError('Failed to fetch')));
    expect(screen.getByRole('alert')).toHaveTextContent('Nie udało się wczytać wersji EN.');

    // the retry imports again, and the message goes
    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(englishImport.count).toBe(3);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(group()).toHaveAttribute('aria-busy', 'true');
    // while it arrives, nothing of the page has changed language
    expect(screen.getByTestId('page-text')).toHaveTextContent('Język');
    expect(screen.getByRole('button', { name: 'PL' })).toHaveAttribute('aria-pressed', 'true');
    await act(async () => englishImport.next?.resolve());

    expect(screen.getByRole('group', { name: 'Language' })).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('page-text')).toHaveTextContent('Language');
    expect(viewStore.getState().lang).toBe('en');
  });

  test('once English is here, switching either way is at once, without another import', async () => {
    // English is here from the first test (loaded once per page)
    const user = userEvent.setup();
    viewStore.getState().setLang('en');
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'PL' }));
    expect(group()).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByTestId('page-text')).toHaveTextContent('Język');
    // and to English again without an import
    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(englishImport.count).toBe(3);
    expect(screen.getByTestId('page-text')).toHaveTextContent('Language');
  });
});
