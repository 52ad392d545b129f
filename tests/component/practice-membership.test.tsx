// A practice whose sources name only some of its members says so in its list row and detail,
// and shows CWD's integration level in its Metryka; in Polish and in English.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { PracticesFile } from '../../src/data/schemas';
import { PracticeDetail } from '../../src/features/practices/detail/practice-detail';
import { PracticeList } from '../../src/features/practices/list/practice-list';
import { PRACTICES, renderWithPractices } from './support/practice-ui';

afterEach(cleanup);

const ID = 'koscierskie-partnerstwo';

function withFacts(membership: NonNullable<PracticesFile['practices'][number]['membership']>) {
  return {
    version: 1 as const,
    practices: PRACTICES.practices.map((p) =>
      p.id === ID
        ? { ...p, membership, cwdIntegration: 'supra-county-partly-integrated' as const }
        : p,
    ),
  };
}

const row = () => {
  const item = screen
    .getAllByTestId('result-item')
    .find((li) => li.getAttribute('data-practice-id') === ID);
  if (!item) throw new Error(`${ID} not listed`);
  return item;
};

describe('a partial member list', () => {
  test('the list row says how many of the stated members are known', () => {
    const practices = withFacts({ complete: false, stated: '18 gmin, 4 powiaty', count: 22 });
    renderWithPractices(<PracticeList />, { practices });
    expect(row()).toHaveTextContent(
      '5 partnerów: 3 JST, 1 NGO, 1 biznes; lista członków niepełna: 5 z 22 znanych',
    );
    // the other rows say nothing of it
    const others = screen.getAllByTestId('result-item').filter((li) => li !== row());
    for (const other of others) expect(other).not.toHaveTextContent('niepełna');
  });

  test('the detail says it under the partners, with what the source states, and the CWD level', () => {
    const practices = withFacts({ complete: false, stated: '18 gmin, 4 powiaty', count: 22 });
    renderWithPractices(<PracticeDetail />, { practices, state: { practice: ID } });
    const partners = screen.getByRole('region', { name: 'Partnerzy' });
    expect(within(partners).getByTestId('membership-note')).toHaveTextContent(
      'lista członków niepełna: 5 z 22 znanych. Źródło podaje: 18 gmin, 4 powiaty',
    );
    const metryka = screen.getByRole('region', { name: 'Metryka' });
    expect(
      within(metryka).getByText('Stopień integracji partnerstwa (CWD)').nextElementSibling,
    ).toHaveTextContent('ponadpowiatowe, częściowo zintegrowane');
  });

  test('in English, and without a stated total', () => {
    const practices = withFacts({ complete: false });
    renderWithPractices(<PracticeDetail />, { practices, state: { practice: ID, lang: 'en' } });
    expect(screen.getByTestId('membership-note')).toHaveTextContent(
      /^member list incomplete \(5 known\)$/,
    );
    expect(
      screen.getByText('Partnership integration level (CWD)').nextElementSibling,
    ).toHaveTextContent('supra-county, partly integrated');
  });

  test('a complete list says nothing', () => {
    renderWithPractices(<PracticeDetail />, { state: { practice: ID } });
    expect(screen.queryByTestId('membership-note')).not.toBeInTheDocument();
    expect(screen.queryByText('Stopień integracji partnerstwa (CWD)')).not.toBeInTheDocument();
  });
});
