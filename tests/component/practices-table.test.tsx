import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PracticeDetail } from '../../src/features/practices/detail/practice-detail';
import { PracticesTable } from '../../src/features/practices/table/practices-table';
import { usePracticesTableStore } from '../../src/features/practices/table/practices-table-store';
import { useViewStore, viewStore } from '../../src/stores/use-view-store';
import { renderWithPractices } from './support/practice-ui';

afterEach(cleanup);
beforeEach(() => usePracticesTableStore.setState({ mode: 'practices', sort: null }));

const table = () => screen.getByRole('table', { name: /Pasujące praktyki/ });
const years = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[4]?.textContent);

test('one row per matching practice; a header button sorts by its column, with aria-sort', async () => {
  const user = userEvent.setup();
  renderWithPractices(<PracticesTable />);
  expect(
    within(table())
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[▲▼↕]/g, '')),
  ).toEqual([
    'Tytuł',
    'Typ praktyki',
    'Forma współpracy',
    'Jednostka wiodąca',
    'Województwa',
    'Rok rozpoczęcia',
    'Partnerzy według sektorów',
  ]);
  expect(within(table()).getAllByRole('row')).toHaveLength(1 + 6);
  expect(screen.getByText('Kolejność: jak na liście (trafność)')).toBeInTheDocument();

  // the keyboard alone: Tab to the year's sort button, Enter, then Enter again
  const sortByYear = screen.getByRole('button', { name: /Rok rozpoczęcia/ });
  while (document.activeElement !== sortByYear) await user.tab();
  await user.keyboard('{Enter}');
  expect(screen.getByRole('columnheader', { name: /Rok rozpoczęcia/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  expect(years()).toEqual(['2010', '2012', '2015', '2018', '2021', 'brak']);
  await user.keyboard('{Enter}');
  expect(screen.getByRole('columnheader', { name: /Rok rozpoczęcia/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  expect(years()).toEqual(['2021', '2018', '2015', '2012', '2010', 'brak']);
  expect(screen.getByRole('columnheader', { name: /Tytuł/ })).not.toHaveAttribute('aria-sort');
});

test('the same filters as everywhere', () => {
  renderWithPractices(<PracticesTable />, {
    state: { filters: { ...viewStore.getState().filters, region: ['22'] } },
  });
  expect(within(table()).getAllByRole('row')).toHaveLength(1 + 2);
});

test('closing a practice opened from the table brings focus back to its row', async () => {
  function TableOrDetail() {
    const open = useViewStore((state) => state.practice !== null);
    return open ? <PracticeDetail /> : <PracticesTable />;
  }
  const user = userEvent.setup();
  renderWithPractices(<TableOrDetail />);
  const title = 'Kościerskie partnerstwo na rzecz rozwoju';
  await user.click(screen.getByRole('button', { name: title }));
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(title);
  await user.keyboard('{Escape}');
  expect(screen.getByRole('button', { name: title })).toHaveFocus();
});
