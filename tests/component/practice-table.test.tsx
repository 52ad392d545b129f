import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { PracticeDetail } from '../../src/features/practices/detail/practice-detail';
import { PracticeTable } from '../../src/features/practices/table/practice-table';
import { useViewStore, viewStore } from '../../src/stores/use-view-store';
import { renderWithPractices } from './support/practice-ui';

afterEach(cleanup);

/** The row of a unit, by TERC code. */
const row = (terc: string) => {
  const found = document.querySelector<HTMLElement>(`tr[data-terc="${terc}"]`);
  if (!found) throw new Error(`no row for ${terc}`);
  return found;
};
const countOf = (terc: string) => within(row(terc)).getAllByRole('cell').at(-1)?.textContent;

describe('the table view', () => {
  test('a captioned table with header cells; one row per voivodeship with its count', () => {
    renderWithPractices(<PracticeTable />);
    const table = screen.getByRole('table', {
      name: 'Pasujące praktyki według województw, powiatów i gmin',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Jednostka', 'Typ', 'Liczba praktyk']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['▸małopolskie', '▸pomorskie']);
    expect(countOf('12')).toBe('4');
    expect(countOf('22')).toBe('2');
  });

  test('voivodeship → powiat → gmina → practices with the keyboard alone', async () => {
    const user = userEvent.setup();
    renderWithPractices(<PracticeTable />);
    await user.tab();
    const malopolskie = screen.getByRole('button', { name: /małopolskie/ });
    expect(malopolskie).toHaveFocus();
    expect(malopolskie).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(malopolskie).toHaveAttribute('aria-expanded', 'true');
    // the practices the powiat's units take part in; not małopolskie's own programme
    expect(countOf('1206')).toBe('3');
    expect(countOf('1261')).toBe('1');

    await user.tab();
    expect(within(row('1206')).getByRole('button')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(countOf('1206072')).toBe('2');
    expect(countOf('1206113')).toBe('2');
    expect(within(row('1206072')).getByRole('cell', { name: 'gmina wiejska' })).toBeInTheDocument();

    await user.tab();
    expect(within(row('1206072')).getByRole('button', { name: /Liszki/ })).toHaveFocus();
    await user.keyboard(' ');
    const practices = screen.getByRole('list', { name: 'Praktyki: Liszki' });
    // as many practices as the count says, in the list's order (relevance: most partners first)
    expect(
      within(practices)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Wspólny bilet aglomeracji krakowskiej', 'Budżet obywatelski w Liszkach']);

    await user.tab();
    expect(within(practices).getAllByRole('button')[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(viewStore.getState().practice).toBe('krakowski-transport');

    // collapsing the voivodeship hides everything below it
    await user.click(malopolskie);
    expect(malopolskie).toHaveAttribute('aria-expanded', 'false');
    expect(document.querySelector('tr[data-terc="1206"]')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Praktyki: Liszki' })).toBeNull();
  });

  test('counts follow the filters; units without practices have no disclosure', async () => {
    const user = userEvent.setup();
    renderWithPractices(<PracticeTable />);
    await user.click(screen.getByRole('button', { name: /małopolskie/ }));
    act(() => viewStore.getState().toggleFilterValue('type', 'social-services'));
    expect(countOf('12')).toBe('1');
    expect(countOf('22')).toBe('0');
    expect(within(row('22')).queryByRole('button')).toBeNull();
    // powiaty without a matching practice are left out below the voivodeship level
    expect(countOf('1206')).toBe('1');
    expect(document.querySelector('tr[data-terc="1261"]')).toBeNull();
  });

  test('closing a practice opened from the table brings back the same rows, focus on it', async () => {
    function TableOrDetail() {
      const open = useViewStore((state) => state.practice !== null);
      return open ? <PracticeDetail /> : <PracticeTable />;
    }
    const user = userEvent.setup();
    renderWithPractices(<TableOrDetail />);
    await user.click(screen.getByRole('button', { name: /pomorskie/ }));
    await user.click(within(row('2206')).getByRole('button'));
    await user.click(within(row('2206072')).getByRole('button'));
    const title = 'Kościerskie partnerstwo na rzecz rozwoju';
    await user.click(screen.getByRole('button', { name: title }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(title);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: title })).toHaveFocus();
    expect(within(row('2206')).getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  });

  test('in English', () => {
    renderWithPractices(<PracticeTable />, { state: { lang: 'en' } });
    expect(
      screen.getByRole('table', { name: 'Matching practices by voivodeship, powiat and gmina' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Practices' })).toBeInTheDocument();
  });
});
