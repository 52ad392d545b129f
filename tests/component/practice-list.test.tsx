import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { PracticeDetail } from '../../src/features/practices/detail/practice-detail';
import { PracticeList } from '../../src/features/practices/list/practice-list';
import { useMapViewportStore } from '../../src/stores/map-viewport-store';
import { usePracticeHoverStore } from '../../src/stores/practice-hover-store';
import { useViewStore, viewStore } from '../../src/stores/use-view-store';
import { generatePracticesFile } from '../bench/synthetic-practices';
import { GAZETTEER, renderWithPractices } from './support/practice-ui';

afterEach(cleanup);

const ids = () =>
  screen.getAllByTestId('result-item').map((item) => item.getAttribute('data-practice-id'));

describe('the practice list', () => {
  test('shows every matching practice with title, place, type and partners in brief', () => {
    renderWithPractices(<PracticeList />);
    const results = screen.getByTestId('results');
    expect(within(results).getAllByTestId('result-item')).toHaveLength(6);
    const item = screen
      .getAllByTestId('result-item')
      .find((li) => li.getAttribute('data-practice-id') === 'koscierskie-partnerstwo');
    if (!item) throw new Error('koscierskie-partnerstwo not listed');
    expect(
      within(item).getByRole('link', { name: 'Kościerskie partnerstwo na rzecz rozwoju' }),
    ).toBeInTheDocument();
    expect(item).toHaveTextContent('Kościerzyna — gmina miejska, powiat kościerski');
    expect(item).toHaveTextContent('Współpraca międzysamorządowa');
    expect(item).toHaveTextContent('5 partnerów: 3 JST, 1 NGO, 1 biznes');
  });

  test('relevance first (most partners), then newest and name from the "Sortuj" select', async () => {
    const user = userEvent.setup();
    renderWithPractices(<PracticeList />);
    expect(ids()[0]).toBe('koscierskie-partnerstwo');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortuj' }), 'newest');
    expect(viewStore.getState().sort).toBe('newest');
    expect(ids()).toEqual([
      'malopolska-energia',
      'krakowski-transport',
      'koscierskie-partnerstwo',
      'skawina-seniorzy',
      'koscierski-fundusz',
      'liszki-dialog',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortuj' }), 'name');
    expect(ids()).toEqual([
      'skawina-seniorzy',
      'liszki-dialog',
      'malopolska-energia',
      'koscierski-fundusz',
      'koscierskie-partnerstwo',
      'krakowski-transport',
    ]);
  });

  test('follows the filters of the view store', () => {
    renderWithPractices(<PracticeList />);
    act(() => viewStore.getState().toggleFilterValue('region', '22'));
    expect(ids().sort()).toEqual(['koscierski-fundusz', 'koscierskie-partnerstwo']);
    act(() => viewStore.getState().setQuery('zzzz-nic'));
    expect(screen.queryAllByTestId('result-item')).toHaveLength(0);
    expect(screen.getByTestId('results')).toHaveTextContent(
      'Żadna praktyka nie spełnia wybranych warunków.',
    );
  });

  test('a title opens the practice through the view store (a history entry)', async () => {
    const user = userEvent.setup();
    renderWithPractices(<PracticeList />);
    await user.click(screen.getByRole('link', { name: 'Aktywni seniorzy w Skawinie' }));
    expect(viewStore.getState().practice).toBe('skawina-seniorzy');
    expect(viewStore.getState().historyMode).toBe('push');
    expect(screen.getByRole('link', { name: 'Aktywni seniorzy w Skawinie' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  test('"only what is in the map view" keeps practices whose leader lies in the bounds', async () => {
    const user = userEvent.setup();
    renderWithPractices(<PracticeList />);
    act(() => useMapViewportStore.getState().setBounds([17.5, 53.9, 18.5, 54.3]));
    expect(ids()).toHaveLength(6); // the option is off
    await user.click(screen.getByRole('checkbox', { name: 'Tylko na widocznym obszarze mapy' }));
    expect(ids().sort()).toEqual(['koscierski-fundusz', 'koscierskie-partnerstwo']);
    expect(screen.getByText('Na widocznym obszarze mapy: 2 z 6')).toBeInTheDocument();
    act(() => useMapViewportStore.getState().setBounds([19.5, 49.8, 20.2, 50.2]));
    expect(ids()).not.toContain('koscierskie-partnerstwo');
    expect(ids()).toContain('skawina-seniorzy');
    // a map that is not laid out reports bounds without area: not a view to filter by
    act(() => useMapViewportStore.getState().setBounds([16.1, 54.1, 19.9, 54.1]));
    expect(ids()).toHaveLength(6);
    expect(
      screen.getByText('Obszar mapy nie jest jeszcze znany; pokazano wszystkie.'),
    ).toBeInTheDocument();
  });

  test('hover and focus point at a practice; a practice pointed at on the map is marked in words', async () => {
    const user = userEvent.setup();
    renderWithPractices(<PracticeList />);
    const link = screen.getByRole('link', { name: 'Budżet obywatelski w Liszkach' });
    await user.hover(link);
    expect(usePracticeHoverStore.getState().hoveredId).toBe('liszki-dialog');
    await user.unhover(link);
    expect(usePracticeHoverStore.getState().hoveredId).toBeNull();

    act(() => usePracticeHoverStore.getState().setHovered('krakowski-transport'));
    const item = link.closest('li');
    const pointed = screen
      .getAllByTestId('result-item')
      .find((li) => li.getAttribute('data-practice-id') === 'krakowski-transport');
    expect(pointed).toHaveTextContent('wskazana na mapie');
    expect(item).not.toHaveTextContent('wskazana na mapie');
  });
});

/** As the app lays it out on a narrow column: the detail in place of the list. */
function ListOrDetail() {
  const open = useViewStore((state) => state.practice !== null);
  return open ? <PracticeDetail /> : <PracticeList />;
}

describe('opening and closing a practice from the list', () => {
  test('the keyboard opens it; closing puts focus back on its row', async () => {
    const user = userEvent.setup();
    renderWithPractices(<ListOrDetail />, { state: { sort: 'name' } });
    await user.tab();
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Energia dla Małopolski');
    expect(heading).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('link', { name: 'Energia dla Małopolski' })).toHaveFocus();
    // the practice was focused by the list itself: no "pointed at on the map" badge
    expect(screen.queryByText('wskazana na mapie')).toBeNull();
  });
});

describe('10,000 practices', () => {
  const big = generatePracticesFile(10_000, GAZETTEER, 7);

  test('only the rows in view are in the DOM, and the keyboard reaches the last one', async () => {
    const user = userEvent.setup();
    renderWithPractices(<PracticeList />, { practices: big });
    const rendered = () => screen.getAllByTestId('result-item');
    expect(rendered().length).toBeGreaterThan(5);
    expect(rendered().length).toBeLessThanOrEqual(40);
    const list = screen.getByRole('list', { name: 'Lista praktyk' });
    expect(rendered()[0]).toHaveAttribute('aria-setsize', '10000');

    // one row in the Tab order; arrows move between rows
    await user.tab(); // the sort select
    await user.tab(); // the checkbox
    await user.tab(); // the first practice
    const first = rendered()[0];
    expect(within(first ?? list).getByRole('link')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '2');

    await user.keyboard('{End}');
    const last = document.activeElement?.closest('li');
    expect(last).toHaveAttribute('aria-posinset', '10000');
    expect(last).toHaveAttribute('data-testid', 'result-item');
    expect(rendered().length).toBeLessThanOrEqual(40);
    // the focused row is the last of the sorted result
    const lastId = last?.getAttribute('data-practice-id');
    expect(lastId).toMatch(/^syn-/);

    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '9999');
    await user.keyboard('{Home}');
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '1');
    expect(rendered().length).toBeLessThanOrEqual(40);
  });
});
