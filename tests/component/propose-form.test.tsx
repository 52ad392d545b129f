// The propose form alone: checked as the person types (PL/EN), the draft kept in localStorage,
// and "Zgłoś poprawkę" opening it prefilled with a practice.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ProposeForm } from '../../src/features/propose/propose-form';
import { PRACTICES, renderWithPractices, TEXTS } from './support/practice-ui';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('the propose form', () => {
  test('says what to fix as the person types, and keeps the draft', async () => {
    const user = userEvent.setup();
    renderWithPractices(<ProposeForm onClose={vi.fn()} />);
    await user.type(screen.getByLabelText('Nazwa praktyki'), 'Abc');
    expect(screen.getByText('Podaj nazwę praktyki (co najmniej 5 znaków).')).toBeInTheDocument();
    expect(screen.getByLabelText('Nazwa praktyki')).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Nazwa praktyki'), 'def');
    expect(screen.queryByText(/Podaj nazwę praktyki/)).not.toBeInTheDocument();
    const stored = JSON.parse(window.localStorage.getItem('mapa-praktyk:propose-draft') ?? '{}');
    expect(stored).toMatchObject({ title: 'Abcdef' });

    // a closed and reopened form starts from the draft
    cleanup();
    renderWithPractices(<ProposeForm onClose={vi.fn()} />);
    expect(screen.getByLabelText('Nazwa praktyki')).toHaveValue('Abcdef');
  });

  test('in English, sending first lists what is missing', async () => {
    const user = userEvent.setup();
    renderWithPractices(<ProposeForm onClose={vi.fn()} />, { state: { lang: 'en' } });
    await user.click(screen.getByRole('button', { name: 'Download the proposal (JSON file)' }));
    expect(screen.getByTestId('propose-status')).toHaveTextContent('To fix: 6');
    expect(screen.getByText('Choose the leading unit from the search.')).toBeInTheDocument();
  });

  test('"Zgłoś poprawkę" opens it prefilled with the practice', () => {
    const practice = PRACTICES.practices.find((p) => p.id === 'koscierskie-partnerstwo');
    renderWithPractices(<ProposeForm onClose={vi.fn()} practice={practice} />);
    expect(
      screen.getByRole('heading', {
        name: 'Zgłoś poprawkę: Kościerskie partnerstwo na rzecz rozwoju',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Nazwa praktyki')).toHaveValue(
      'Kościerskie partnerstwo na rzecz rozwoju',
    );
    expect(screen.getByTestId('propose-leader')).toHaveTextContent(/^Kościerzyna — gmina miejska/);
    // the summary and sources come from practice-texts.json
    expect(screen.getByLabelText('Krótki opis (1–2 zdania)')).toHaveValue(
      TEXTS.texts['koscierskie-partnerstwo']?.summary,
    );
    expect(screen.getByTestId('propose-status')).toHaveTextContent('Zgłoszenie jest kompletne.');
    // the preview reads as the row in the list will
    expect(screen.getByTestId('propose-preview')).toHaveTextContent(
      /Kościerskie partnerstwo na rzecz rozwoju.*Kościerzyna — gmina miejska.*Współpraca międzysamorządowa · \d+ partnerów/,
    );
  });

  test('"Zgłoś poprawkę" before the texts are loaded: it waits for them, then starts prefilled', async () => {
    let arrive: (response: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (arrive = resolve))),
    );
    const practice = PRACTICES.practices.find((p) => p.id === 'koscierskie-partnerstwo');
    renderWithPractices(<ProposeForm onClose={vi.fn()} practice={practice} />, { texts: null });
    expect(screen.getByRole('status')).toHaveTextContent('Wczytywanie opisu praktyki…');
    arrive(new Response(JSON.stringify(TEXTS), { status: 200 }));
    expect(await screen.findByLabelText('Krótki opis (1–2 zdania)')).toHaveValue(
      TEXTS.texts['koscierskie-partnerstwo']?.summary,
    );
    vi.unstubAllGlobals();
  });
});
