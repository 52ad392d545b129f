// Issue 11: the link the app writes back is canonical, always: what the link had that was
// ignored leaves the address bar and "Kopiuj link", and the skip link leaves the hash alone.
import './support/leaflet-jsdom';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { drawnFeatures, renderApp, stubDataFetch } from './support/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const HOSTILE_HASH = '#map=6/52/19&javascript:alert(1)&%3Cimg%20src=x%3E';

test('ignored parts of the hash are reported, then dropped from the address and the copied link', async () => {
  stubDataFetch();
  const user = userEvent.setup();
  const writeText = vi.fn(async () => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  renderApp({ search: '?region=22&foo=1', hash: HOSTILE_HASH });
  await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));

  expect(screen.getByTestId('url-notice')).toHaveTextContent('javascript:alert(1)');
  await waitFor(() => expect(window.location.hash).toMatch(/^#map=[^&]*$/));
  expect(window.location.search).toBe('?region=22');

  await user.click(screen.getByRole('button', { name: 'Kopiuj link' }));
  const [copied] = writeText.mock.calls[0] as unknown as [string];
  expect(copied).toBe(`${window.location.origin}/?region=22${window.location.hash}`);
  expect(copied).not.toMatch(/javascript|img|foo/);
});

test('the skip link moves the focus to the content and keeps the map view in the hash', async () => {
  stubDataFetch();
  const user = userEvent.setup();
  renderApp({ hash: '#map=8/50.0000/19.8000' });
  await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));
  const before = window.location.hash;

  await user.click(screen.getByRole('link', { name: 'Przejdź do treści' }));
  expect(screen.getByRole('main')).toHaveFocus();
  expect(window.location.hash).toBe(before);
  expect(before).toMatch(/^#map=/);
});
