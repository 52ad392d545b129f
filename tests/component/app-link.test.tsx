// The whole app and its link: a garbage link still opens (with a notice of what was ignored),
// the language switch keeps the view, the count follows the filters, the link can be copied.
import '../component/support/leaflet-jsdom';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderApp, stubDataFetch } from './support/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const resultCount = () => screen.getByTestId('result-count');

describe('the link', () => {
  test('a garbage link opens the best valid view and says, in a dismissible notice, what was ignored', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    renderApp({
      search:
        '?region=22,30,abc&type=nope,energy-efficiency&foo=%3Cscript%3E&years=2016-2010&practice=nie-ma-takiej&view=chart',
      hash: '#map=8/north/19',
    });
    // the valid parts apply
    await waitFor(() => expect(resultCount()).toHaveTextContent('1 praktyka'));
    expect(await screen.findByRole('checkbox', { name: /^pomorskie \(\d+\)$/ })).toBeChecked();

    const notice = screen.getByTestId('url-notice');
    expect(notice).toHaveAttribute('role', 'status');
    // the data step comes once practices and gazetteer have loaded
    await within(notice).findByText(
      'practice=nie-ma-takiej: nie ma praktyki o tym identyfikatorze',
    );
    const items = within(notice)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        '#map=8/north/19: nieprawidłowa wartość',
        'region=abc: nieprawidłowa wartość',
        'type=nope: nieprawidłowa wartość',
        'foo=<script>: nieznany parametr',
        'years=2016-2010: odwrócony zakres lat; zamieniono kolejność',
        'view=chart: nieprawidłowa wartość',
        'region=30: nie ma jednostki o tym kodzie TERC',
      ]),
    );
    // shown as text, never as markup
    expect(notice.querySelector('script')).toBeNull();
    // the address now says what is shown
    expect(window.location.search).toBe('?region=22&type=energy-efficiency&years=2010-2016');

    await user.click(within(notice).getByRole('button', { name: 'Zamknij' }));
    expect(screen.queryByTestId('url-notice')).toBeNull();
  });

  test('a clean link shows no notice', async () => {
    stubDataFetch();
    renderApp({ search: '?region=22' });
    await waitFor(() => expect(resultCount()).toHaveTextContent('6 praktyk'));
    expect(screen.queryByTestId('url-notice')).toBeNull();
  });

  test('switching the language keeps the filters and the view, replacing the history entry', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    renderApp({ search: '?region=22&sector=ngo&view=list' });
    await waitFor(() => expect(resultCount()).toHaveTextContent(/^\d+ praktyk/));
    const before = resultCount().textContent;
    const historyLength = window.history.length;

    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(window.location.search).toBe('?region=22&sector=ngo&view=list&lang=en');
    expect(window.history.length).toBe(historyLength);
    const voivodeship = screen.getByRole('group', { name: 'Voivodeship' });
    expect(
      within(voivodeship).getByRole('checkbox', { name: /^pomorskie \(\d+\)$/ }),
    ).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^NGOs \(\d+\)$/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(resultCount().textContent?.replace(/\D/g, '')).toBe(before?.replace(/\D/g, ''));
    expect(resultCount()).toHaveTextContent(/practices?$/);
  });

  test('the count follows the filters, in Polish plural forms, and each new result is marked', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    const mark = vi.spyOn(performance, 'mark');
    renderApp();
    await waitFor(() => expect(resultCount()).toHaveTextContent('9 praktyk'));
    expect(resultCount().closest('[aria-live="polite"]')).not.toBeNull();
    await waitFor(() => expect(mark).toHaveBeenCalledWith('results-updated'));
    const marks = () => mark.mock.calls.filter(([name]) => name === 'results-updated').length;
    const before = marks();

    await user.click(screen.getByRole('checkbox', { name: 'pomorskie (6)' }));
    await waitFor(() => expect(resultCount()).toHaveTextContent('6 praktyk'));
    await waitFor(() => expect(marks()).toBe(before + 1));
    await user.click(screen.getByRole('checkbox', { name: /^Usługi techniczne/ }));
    await waitFor(() => expect(resultCount()).toHaveTextContent('1 praktyka'));
    expect(window.location.search).toBe('?region=22&type=technical-services');
  });

  test('the view switch sets `view` and marks the current view', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    renderApp();
    const views = screen.getByRole('group', { name: 'Widok' });
    expect(within(views).getByRole('button', { name: 'Mapa' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(views).getByRole('button', { name: 'Tabela' }));
    expect(within(views).getByRole('button', { name: 'Tabela' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(views).getByRole('button', { name: 'Mapa' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(window.location.search).toBe('?view=table');
  });

  test('"Kopiuj link" copies the address with the typed query written', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Szukaj praktyk' }), 'szkoły');
    await user.click(screen.getByRole('button', { name: 'Kopiuj link' }));
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/?q=szko%C5%82y${window.location.hash}`,
    );
    expect(await screen.findByText('Link skopiowany')).toHaveAttribute('role', 'status');
  });

  test('without a clipboard, the link is shown selected in a read-only field', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    renderApp({ search: '?region=22' });
    // as a person would, copy once the map has moved to the region (pomorskie, in the north):
    // the link then carries that view
    await waitFor(() => expect(Number(window.location.hash.split('/')[1])).toBeGreaterThan(53.5));
    await user.click(screen.getByRole('button', { name: 'Kopiuj link' }));
    const field = await screen.findByRole('textbox', { name: 'Link do tego widoku' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue(window.location.href);
    expect(window.location.href).toContain('?region=22');
  });
});

describe('on a phone', () => {
  test('the filters open in a modal drawer: focus moves in, Escape closes it and focus returns', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 700px)',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    stubDataFetch();
    const user = userEvent.setup();
    renderApp({ search: '?region=22&type=energy-efficiency' });
    const button = screen.getByRole('button', { name: 'Filtry (2)' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Województwo' })).toBeNull();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const drawer = screen.getByRole('dialog', { name: 'Filtry' });
    expect(drawer).toHaveAttribute('aria-modal', 'true');
    expect(drawer).toContainElement(document.activeElement as HTMLElement);
    expect(
      await within(drawer).findByRole('checkbox', { name: /^pomorskie \(\d+\)$/ }),
    ).toBeChecked();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});
