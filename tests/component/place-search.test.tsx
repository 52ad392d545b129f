import './support/leaflet-jsdom';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseMapHash } from '../../src/features/map/map-hash';
import { renderApp, stubDataFetch } from './support/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('finding a place with the keyboard', () => {
  test('choosing Skawina shows its facts in the unit panel and moves the map to it', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    renderApp();
    const box = screen.getByRole('combobox', { name: 'Szukaj miejsca' });
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.click(box);
    await user.keyboard('skaw');
    const option = await screen.findByRole('option', {
      name: 'Skawina — gmina miejsko-wiejska, powiat krakowski',
    });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
    expect(option).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Enter}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('Skawina');
    // the place's panel opens, and the focus goes to its heading, as for a practice
    const heading = await screen.findByRole('heading', { level: 2, name: 'Skawina' });
    await waitFor(() => expect(heading).toHaveFocus());

    const info = screen.getByTestId('unit-info');
    expect(info).toHaveAttribute('aria-live', 'polite');
    expect(within(info).getByText('Skawina')).toBeInTheDocument();
    expect(within(info).getByText('gmina miejsko-wiejska')).toBeInTheDocument();
    expect(within(info).getByText('powiat krakowski')).toBeInTheDocument();
    expect(within(info).getByText('małopolskie')).toBeInTheDocument();

    // the map went to Skawina: close enough that gminy are drawn, centred on it
    await waitFor(() => expect(parseMapHash(window.location.hash)?.zoom).toBeGreaterThanOrEqual(8));
    const view = parseMapHash(window.location.hash);
    expect(view?.lat).toBeCloseTo(49.95, 1);
    expect(view?.lng).toBeCloseTo(19.725, 1);
  });

  test('matches without case or diacritics, names type and parent, Escape closes then clears', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    renderApp();
    const box = screen.getByRole('combobox', { name: 'Szukaj miejsca' });

    await user.click(box);
    await user.keyboard('KOSCIER');
    const listbox = await screen.findByRole('listbox', { name: 'Szukaj miejsca' });
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      // one name, two gminy: told apart by their type
      'Kościerzyna — gmina miejska, powiat kościerski',
      'Kościerzyna — gmina wiejska, powiat kościerski',
      'powiat kościerski — powiat, pomorskie',
    ]);
    // the combobox's own polite status (the page has other status regions)
    expect(screen.getByText('Wyników: 3')).toHaveAttribute('role', 'status');

    // ArrowUp wraps to the last option
    await user.keyboard('{ArrowUp}');
    expect(options[2]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('KOSCIER');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  test('says when nothing matches', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    renderApp();
    const box = screen.getByRole('combobox', { name: 'Szukaj miejsca' });
    await screen.findByRole('combobox', { name: 'Szukaj miejsca' });
    await waitFor(() => expect(screen.queryByText('Wczytywanie granic…')).toBeNull());
    await user.click(box);
    await user.keyboard('Atlantyda');
    expect(await screen.findByText('Brak pasujących jednostek')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  test('in English the search, the panel and the page language follow', async () => {
    stubDataFetch();
    const user = userEvent.setup();
    renderApp();
    expect(document.documentElement).toHaveAttribute('lang', 'pl');

    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');

    const box = screen.getByRole('combobox', { name: 'Find a place' });
    await user.click(box);
    await user.keyboard('skawina');
    await screen.findByRole('option', { name: 'Skawina — urban-rural gmina, powiat krakowski' });
    await user.keyboard('{Enter}');
    const info = screen.getByTestId('unit-info');
    expect(within(info).getByText('urban-rural gmina')).toBeInTheDocument();
    expect(within(info).getByText('powiat krakowski')).toBeInTheDocument();
  });
});
