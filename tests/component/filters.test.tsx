// The filter panel on its own: counts come in as props (as app/ passes them), the choices go to
// the view store. The gazetteer is served from tests/fixtures/app (małopolskie and pomorskie).
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AppProvider } from '../../src/app/provider';
import type { FilterCounts } from '../../src/features/filters/filter-counts';
import { FilterPanel } from '../../src/features/filters/filter-panel';
import { viewStore } from '../../src/stores/use-view-store';
import { DEFAULT_VIEW_STATE, EMPTY_FILTERS } from '../../src/stores/view-state';
import { stubDataFetch } from './support/render-app';

const REGION_COUNTS: Record<string, number> = { '12': 2, '22': 6, '2206042': 3 };

const counts: FilterCounts = {
  type: {
    'social-services': 2,
    'technical-services': 1,
    'institutional-development': 2,
    'energy-efficiency': 1,
    'jst-ngo-cooperation': 0,
    'inter-municipal-cooperation': 2,
    'social-dialogue': 1,
  },
  form: {
    'inter-municipal-agreement': 1,
    'inter-municipal-union': 0,
    'local-government-association': 2,
    'functional-area-partnership': 2,
    'local-action-group': 1,
    euroregion: 0,
    'project-partnership': 3,
    'public-private-partnership': 0,
    'single-unit': 0,
  },
  sector: { jst: 7, public: 1, ngo: 4, business: 2, science: 3 },
  unit: { urban: 2, rural: 1, 'urban-rural': 1, city: 3, powiat: 1, voivodeship: 1 },
  region: (terc) => REGION_COUNTS[terc] ?? 0,
  yearBounds: { min: 2010, max: 2021 },
  undated: 4,
  covering: 3,
  textSuggestion: null,
  textScope: 'all',
};

function renderPanel(panelCounts: FilterCounts | null = counts) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProvider queryClient={queryClient}>
      <FilterPanel counts={panelCounts} />
    </AppProvider>,
  );
}

const filters = () => viewStore.getState().filters;
const group = (name: string) => screen.getByRole('group', { name });

beforeEach(() => {
  viewStore.setState({ ...DEFAULT_VIEW_STATE, historyMode: 'none' });
  stubDataFetch();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the filter panel', () => {
  test('every option is a checkbox named by its label and count, in a fieldset named by the filter', async () => {
    renderPanel();
    const voivodeships = group('Województwo');
    expect(
      await within(voivodeships).findByRole('checkbox', { name: 'pomorskie (6)' }),
    ).not.toBeChecked();
    expect(
      within(voivodeships).getByRole('checkbox', { name: 'małopolskie (2)' }),
    ).toBeInTheDocument();

    expect(within(group('Rodzaj praktyki')).getAllByRole('checkbox')).toHaveLength(7);
    expect(
      within(group('Rodzaj praktyki')).getByRole('checkbox', { name: 'Usługi społeczne (2)' }),
    ).toBeInTheDocument();
    expect(within(group('Forma współpracy')).getAllByRole('checkbox')).toHaveLength(9);
    expect(
      within(group('Sektor partnerów')).getByRole('checkbox', {
        name: 'Organizacje pozarządowe (4)',
      }),
    ).toBeInTheDocument();
    expect(
      within(group('Typ jednostki wiodącej')).getByRole('checkbox', {
        name: 'Miasto na prawach powiatu (3)',
      }),
    ).toBeInTheDocument();
    expect(group('Lata rozpoczęcia')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Szukaj praktyk' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Dodaj obszar' })).toBeInTheDocument();
  });

  test('an option that would give nothing is shown with 0 and can still be ticked', async () => {
    const user = userEvent.setup();
    renderPanel();
    const none = within(group('Rodzaj praktyki')).getByRole('checkbox', {
      name: 'Współpraca samorządu z organizacjami (0)',
    });
    expect(none).toBeEnabled();
    await user.click(none);
    expect(filters().type).toEqual(['jst-ngo-cooperation']);
  });

  test('ticking and unticking writes the store, each as a history entry', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByRole('checkbox', { name: 'pomorskie (6)' }));
    expect(filters().region).toEqual(['22']);
    expect(viewStore.getState().historyMode).toBe('push');
    await user.click(screen.getByRole('checkbox', { name: 'Nauka (3)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Biznes (2)' }));
    expect(filters().sector).toEqual(['business', 'science']);
    expect(screen.getByRole('checkbox', { name: 'pomorskie (6)' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Nauka (3)' }));
    expect(filters().sector).toEqual(['business']);
  });

  test('active filters are chips with counts; a chip removes its filter; "Wyczyść wszystko" clears all', async () => {
    const user = userEvent.setup();
    viewStore.getState().applyUrlState({
      ...DEFAULT_VIEW_STATE,
      filters: {
        ...EMPTY_FILTERS,
        region: ['22', '2206042'],
        type: ['social-services'],
        years: { from: 2012, to: 2015 },
        q: 'szkoły',
      },
      practice: 'laczymy-szkoly',
    });
    renderPanel();
    const chips = screen.getByRole('region', { name: 'Aktywne filtry' });
    await within(chips).findByRole('button', { name: 'Usuń filtr: Kościerzyna (gmina wiejska)' });
    const items = within(chips)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'pomorskie(6)×',
      'Kościerzyna (gmina wiejska)(3)×',
      'Usługi społeczne(2)×',
      'lata 2012–2015×',
      '„szkoły”×',
    ]);

    await user.click(within(chips).getByRole('button', { name: 'Usuń filtr: pomorskie' }));
    expect(filters().region).toEqual(['2206042']);
    expect(screen.getByRole('checkbox', { name: 'pomorskie (6)' })).not.toBeChecked();
    await user.click(within(chips).getByRole('button', { name: 'Usuń filtr: lata 2012–2015' }));
    expect(filters().years).toBeNull();
    await user.click(within(chips).getByRole('button', { name: 'Usuń filtr: „szkoły”' }));
    expect(filters().q).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Szukaj praktyk' })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Wyczyść wszystko' }));
    expect(filters()).toEqual(EMPTY_FILTERS);
    // the open practice is not a filter
    expect(viewStore.getState().practice).toBe('laczymy-szkoly');
    expect(screen.queryByRole('region', { name: 'Aktywne filtry' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Wyczyść wszystko' })).toBeNull();
  });

  test('the year range applies on change and keeps its ends in order', async () => {
    const user = userEvent.setup();
    renderPanel();
    const years = group('Lata rozpoczęcia');
    const from = within(years).getByRole('combobox', { name: 'Od' });
    const to = within(years).getByRole('combobox', { name: 'Do' });
    // "any" and the years of the data
    expect(within(from).getAllByRole('option')).toHaveLength(1 + 12);

    await user.selectOptions(from, '2014');
    expect(filters().years).toEqual({ from: 2014, to: null });
    await user.selectOptions(to, '2012');
    expect(filters().years).toEqual({ from: 2012, to: 2014 });
    expect(from).toHaveValue('2012');
    expect(to).toHaveValue('2014');
    await user.selectOptions(from, '');
    await user.selectOptions(to, '');
    expect(filters().years).toBeNull();
  });

  test('with a range, the practices without a start year are counted and one click away', async () => {
    const user = userEvent.setup();
    renderPanel();
    const years = group('Lata rozpoczęcia');
    // no range, nothing to offer: every practice is shown anyway
    expect(within(years).queryByRole('checkbox')).toBeNull();
    await user.selectOptions(within(years).getByRole('combobox', { name: 'Od' }), '2014');
    const undated = within(years).getByRole('checkbox', {
      name: '4 praktyki bez roku rozpoczęcia — pokaż je',
    });
    expect(undated).not.toBeChecked();
    await user.click(undated);
    expect(filters()).toMatchObject({ years: { from: 2014, to: null }, undated: true });
    expect(viewStore.getState().historyMode).toBe('push');
  });

  test('with a place chosen, the practices of its powiat and voivodeship are offered apart', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(screen.queryByRole('checkbox', { name: /powiatu i województwa/ })).toBeNull();
    viewStore.getState().toggleFilterValue('region', '2206042');
    const covering = await screen.findByRole('checkbox', {
      name: '+ 3 praktyki powiatu i województwa',
    });
    expect(covering).toHaveAccessibleDescription(/samo miejsce nie musi w nich uczestniczyć/);
    await user.click(covering);
    expect(filters()).toMatchObject({ region: ['2206042'], covering: true });
  });

  test('a query matched only as a typo offers the query as meant', async () => {
    const user = userEvent.setup();
    renderPanel({ ...counts, textSuggestion: 'koscierzyna' });
    await user.click(screen.getByRole('button', { name: 'Czy chodziło o: koscierzyna?' }));
    expect(filters().q).toBe('koscierzyna');
    expect(screen.getByRole('searchbox', { name: 'Szukaj praktyk' })).toHaveValue('koscierzyna');
  });

  test('the search box writes every keystroke, as typing (no history entry per key)', async () => {
    const user = userEvent.setup();
    renderPanel();
    const box = screen.getByRole('searchbox', { name: 'Szukaj praktyk' });
    await user.type(box, 'Kościerzyna  gmina ');
    // the field keeps what was typed; the store keeps it normalised
    expect(box).toHaveValue('Kościerzyna  gmina ');
    expect(filters().q).toBe('Kościerzyna gmina');
    expect(viewStore.getState().historyMode).toBe('typing');

    // a change from elsewhere (Back, a chip) shows in the field
    viewStore
      .getState()
      .applyUrlState({ ...DEFAULT_VIEW_STATE, filters: { ...EMPTY_FILTERS, q: 'energia' } });
    await waitFor(() => expect(box).toHaveValue('energia'));
  });

  test('the area autocomplete finds a gmina without diacritics, names type and parent, and adds it', async () => {
    const user = userEvent.setup();
    renderPanel();
    const box = screen.getByRole('combobox', { name: 'Dodaj obszar' });
    await user.click(box);
    await user.keyboard('koscierzyna');
    const option = await screen.findByRole('option', {
      name: 'Kościerzyna — gmina wiejska, powiat kościerski',
    });
    await user.click(option);
    expect(filters().region).toEqual(['2206042']);
    expect(box).toHaveValue('');
    const chips = screen.getByRole('region', { name: 'Aktywne filtry' });
    expect(
      within(chips).getByRole('button', { name: 'Usuń filtr: Kościerzyna (gmina wiejska)' }),
    ).toBeInTheDocument();
    expect(within(chips).getByText('(3)')).toBeInTheDocument();

    // a chosen unit is not offered again
    await user.click(box);
    await user.keyboard('koscierzyna');
    const listbox = await screen.findByRole('listbox', { name: 'Dodaj obszar' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kościerzyna — gmina miejska, powiat kościerski']);
  });

  test('while the practices load, the options show without counts', async () => {
    renderPanel(null);
    expect(await screen.findByRole('checkbox', { name: 'pomorskie' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Usługi społeczne' })).toBeInTheDocument();
    expect(screen.getByText('Wczytywanie praktyk…')).toBeInTheDocument();
  });
});
