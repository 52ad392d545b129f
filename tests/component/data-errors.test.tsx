import './support/leaflet-jsdom';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { DATA_FILES } from '../../src/config/data-files';
import {
  FIXTURES,
  drawnFeatures,
  renderApp,
  serveFixtures,
  stubDataFetch,
} from './support/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

test('a missing boundaries file is named in an alert, and Retry loads it', async () => {
  let boundariesMissing = true;
  stubDataFetch((file) =>
    file === DATA_FILES.boundaries && boundariesMissing
      ? { status: 404, body: 'not found' }
      : serveFixtures(file),
  );
  const user = userEvent.setup();
  renderApp();

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Nie udało się wczytać: granice jednostek');
  expect(alert).toHaveTextContent('Plik data/boundaries.topo.json: serwer odpowiedział kodem 404.');
  // not a blank page: the map and the search are still there
  expect(screen.getByTestId('map')).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Szukaj miejsca' })).toBeInTheDocument();

  boundariesMissing = false;
  await user.click(within(alert).getByRole('button', { name: 'Spróbuj ponownie' }));
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));
});

test('a gazetteer that breaks the schema is named with the record and field', async () => {
  const gazetteer = structuredClone(FIXTURES[DATA_FILES.gazetteer]) as {
    units: { terc: string; name: string }[];
  };
  const broken = gazetteer.units[3];
  if (!broken) throw new Error('fixture too small');
  broken.name = '';
  stubDataFetch((file) =>
    file === DATA_FILES.gazetteer ? { status: 200, body: gazetteer } : serveFixtures(file),
  );
  renderApp();

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Nie udało się wczytać: lista jednostek');
  expect(alert).toHaveTextContent(
    `Plik data/gazetteer.json ma nieprawidłową zawartość: units[3].name (record ${broken.terc})`,
  );
  // the boundaries do not depend on it
  await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));
});

test('a file that is not JSON is named too', async () => {
  stubDataFetch((file) =>
    file === DATA_FILES.boundaries ? { status: 200, body: '<html>oops' } : serveFixtures(file),
  );
  renderApp();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Plik data/boundaries.topo.json nie jest poprawnym plikiem JSON');
});

test('practices that break the schema are named with the record and field; the map still draws', async () => {
  const file = structuredClone(FIXTURES[DATA_FILES.practices]) as {
    practices: { id: string; sources: { url: string | null }[] }[];
  };
  const broken = file.practices[0];
  if (!broken) throw new Error('fixture too small');
  broken.sources = [{ url: 'javascript:alert(1)' }];
  stubDataFetch((name) =>
    name === DATA_FILES.practices ? { status: 200, body: file } : serveFixtures(name),
  );
  renderApp();

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Nie udało się wczytać: praktyki');
  expect(alert).toHaveTextContent('Plik data/practices.json ma nieprawidłową zawartość');
  expect(alert).toHaveTextContent('practices[0].sources[0]');
  await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));
});
