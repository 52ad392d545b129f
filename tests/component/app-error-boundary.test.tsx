import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/error-boundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('unforeseen');
}

test('a part that throws is replaced by a message and a way to the default view, not a blank page', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  window.history.replaceState(null, '', '/?practice=x');
  render(
    <main>
      <p>still here</p>
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>
    </main>,
  );
  expect(screen.getByText('still here')).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('Nie udało się pokazać tej części strony.');
  expect(screen.getByRole('link', { name: 'Otwórz widok domyślny' })).toHaveAttribute('href', '/');
});
