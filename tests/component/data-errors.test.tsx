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
  // the file's columns: entry 3 of each is unit 3
  const gazetteer = structuredClone(FIXTURES[DATA_FILES.gazetteer]) as {
    terc: string[];
    name: string[];
  };
  const code = gazetteer.terc[3];
  if (!code) throw new Error('fixture too small');
  gazetteer.name[3] = '';
  stubDataFetch((file) =>
    file === DATA_FILES.gazetteer ? { status: 200, body: gazetteer } : serveFixtures(file),
  );
  renderApp();

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Nie udało się wczytać: lista jednostek');
  expect(alert).toHaveTextContent(
    `Plik data/gazetteer.json ma nieprawidłową zawartość: name[3] (record ${code})`,
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

test('a practice that breaks the schema is left out and named with its id, record and field; the others are shown', async () => {
  const file = structuredClone(FIXTURES[DATA_FILES.practices]) as {
    practices: { id: string; territory: string[] }[];
  };
  const broken = file.practices[0];
  if (!broken) throw new Error('fixture too small');
  broken.territory = ['javascript:alert(1)'];
  stubDataFetch((name) =>
    name === DATA_FILES.practices ? { status: 200, body: file } : serveFixtures(name),
  );
  renderApp();

  const notice = await screen.findByTestId('data-problems');
  expect(notice).toHaveTextContent(
    `Plik data/practices.json, practices[0].territory[0]: pominięto praktykę ${broken.id}`,
  );
  expect(screen.queryByRole('alert')).toBeNull();
  await waitFor(() =>
    expect(screen.getByTestId('result-count')).toHaveTextContent(
      new RegExp(`^${file.practices.length - 1} praktyk`),
    ),
  );
  await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));
});

test('practice-texts.json: a bad entry, a practice without texts and texts of no practice are each named by id', async () => {
  const practices = structuredClone(FIXTURES[DATA_FILES.practices]) as {
    practices: { id: string }[];
  };
  const served = structuredClone(FIXTURES[DATA_FILES.practiceTexts]) as {
    texts: Record<string, { sources: { url: string | null }[] }>;
  };
  const [first, second] = practices.practices;
  if (!first || !second) throw new Error('fixture too small');
  const bad = served.texts[first.id];
  const moved = served.texts[second.id];
  if (!bad || !moved) throw new Error('fixture without texts');
  bad.sources = [{ url: 'javascript:alert(1)' }];
  // the second practice's texts under an id no practice has
  const texts = {
    ...served,
    texts: Object.fromEntries([
      ...Object.entries(served.texts).filter(([id]) => id !== second.id),
      ['nie-ma-takiej', moved],
    ]),
  };
  const fetchMock = stubDataFetch((name) =>
    name === DATA_FILES.practiceTexts ? { status: 200, body: texts } : serveFixtures(name),
  );
  // nothing asks for the texts on the first view
  renderApp();
  await waitFor(() => expect(screen.getByTestId('result-count')).toHaveTextContent(/praktyk/));
  const asked = () => fetchMock.mock.calls.map(([input]) => String(input));
  expect(asked().some((url) => url.endsWith(DATA_FILES.practiceTexts))).toBe(false);
  cleanup();
  // a link with a query loads them
  renderApp({ search: '?q=gmina' });
  const notice = await screen.findByTestId('data-problems');
  await waitFor(() =>
    expect(notice).toHaveTextContent(
      `Plik data/practice-texts.json, texts["${first.id}"].sources[0].url: pominięto opis praktyki ${first.id}`,
    ),
  );
  expect(notice).toHaveTextContent(
    `Plik data/practice-texts.json nie ma opisu praktyki ${second.id}.`,
  );
  expect(notice).toHaveTextContent(
    'Plik data/practice-texts.json ma opis praktyki nie-ma-takiej, której nie ma w danych.',
  );
  // one bad entry does not count as missing too
  expect(notice).not.toHaveTextContent(`nie ma opisu praktyki ${first.id}.`);
});

// ---------------------------------------------------------------------------------------------
// Issue 11: a bad part of the data must not take out the rest.

type PracticesFixture = { practices: { id: string; title: string; leader: string }[] };

function practicesFixture(): PracticesFixture {
  return structuredClone(FIXTURES[DATA_FILES.practices]) as PracticesFixture;
}

test('a repeated practice id is flagged naming both records; only the first is counted', async () => {
  const file = practicesFixture();
  const first = file.practices[1];
  if (!first) throw new Error('fixture too small');
  file.practices.push({ ...first, title: 'Kopia' });
  stubDataFetch((name) =>
    name === DATA_FILES.practices ? { status: 200, body: file } : serveFixtures(name),
  );
  renderApp();

  const notice = await screen.findByTestId('data-problems');
  expect(notice).toHaveTextContent(
    `identyfikator ${first.id} powtarza się (practices[1] i practices[${file.practices.length - 1}])`,
  );
  await waitFor(() =>
    expect(screen.getByTestId('result-count')).toHaveTextContent(
      new RegExp(`^${file.practices.length - 1} praktyk`),
    ),
  );
});

test('a leader with a TERC code the gazetteer does not know is named in the notice and the detail', async () => {
  const file = practicesFixture();
  const practice = file.practices[0];
  if (!practice) throw new Error('fixture too small');
  practice.leader = '0299013';
  stubDataFetch((name) =>
    name === DATA_FILES.practices ? { status: 200, body: file } : serveFixtures(name),
  );
  renderApp({ search: `?practice=${practice.id}` });

  const notice = await screen.findByTestId('data-problems');
  expect(notice).toHaveTextContent(
    `Praktyka ${practice.id}: lider ma kod TERC 0299013, którego nie ma na liście jednostek.`,
  );
  const detail = await screen.findByTestId('practice-detail');
  expect(detail).toHaveTextContent(
    'Kod TERC 0299013 (lider) nie występuje na liście jednostek: tego miejsca nie ma na mapie.',
  );
});

test('failed practices say so in the count and the list, never "loading" beside the error', async () => {
  stubDataFetch((file) =>
    file === DATA_FILES.practices ? { status: 500, body: 'boom' } : serveFixtures(file),
  );
  renderApp({ search: '?view=list' });

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Plik data/practices.json: serwer odpowiedział kodem 500.');
  expect(screen.getByTestId('result-count')).toHaveTextContent('praktyki niedostępne');
  expect(within(screen.getByTestId('results')).getByRole('status')).toHaveTextContent(
    'praktyki niedostępne',
  );
});

test('a failed gazetteer still lets the practices be listed and counted', async () => {
  const practices = practicesFixture().practices;
  stubDataFetch((file) =>
    file === DATA_FILES.gazetteer ? { status: 404, body: 'not found' } : serveFixtures(file),
  );
  renderApp({ search: '?view=list' });

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Nie udało się wczytać: lista jednostek');
  await waitFor(() =>
    expect(screen.getByTestId('result-count')).toHaveTextContent(
      new RegExp(`^${practices.length} praktyk`),
    ),
  );
  const first = practices[0];
  if (!first) throw new Error('fixture too small');
  expect(screen.getByTestId('results')).toHaveTextContent(first.title);
});

test('a boundary file that refers to a missing arc fails like a bad file: named, retryable', async () => {
  const topology = structuredClone(FIXTURES[DATA_FILES.boundaries]) as {
    arcs: unknown[];
    objects: { gmina: { geometries: { id: string; arcs: unknown }[] } };
  };
  const geometry = topology.objects.gmina.geometries[0];
  if (!geometry) throw new Error('fixture too small');
  geometry.arcs = [[topology.arcs.length + 5]];
  let broken = true;
  stubDataFetch((file) =>
    file === DATA_FILES.boundaries && broken
      ? { status: 200, body: topology }
      : serveFixtures(file),
  );
  const user = userEvent.setup();
  renderApp();

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Nie udało się wczytać: granice jednostek');
  expect(alert).toHaveTextContent(
    `objects.gmina.geometries[0].arcs (record ${geometry.id}): arc ${topology.arcs.length + 5} does not exist`,
  );
  broken = false;
  await user.click(within(alert).getByRole('button', { name: 'Spróbuj ponownie' }));
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));
});

test('after a 500 a view switch neither refetches nor hides the alert', async () => {
  const fetchMock = stubDataFetch((file) =>
    file === DATA_FILES.practices ? { status: 500, body: 'boom' } : serveFixtures(file),
  );
  const user = userEvent.setup();
  renderApp();
  await screen.findByRole('alert');
  const practiceRequests = () =>
    fetchMock.mock.calls.filter(([input]) => String(input).endsWith(DATA_FILES.practices)).length;
  const before = practiceRequests();

  for (const view of ['Lista', 'Tabela', 'Mapa']) {
    await user.click(screen.getByRole('button', { name: view }));
    expect(screen.getByRole('alert')).toHaveTextContent('data/practices.json');
  }
  expect(practiceRequests()).toBe(before);
});

test('practice-texts.json fails while a practice is open: one alert names the file, the detail says what is missing', async () => {
  const [first] = (FIXTURES[DATA_FILES.practices] as { practices: { id: string; title: string }[] })
    .practices;
  if (!first) throw new Error('fixture is empty');
  stubDataFetch((file) =>
    file === DATA_FILES.practiceTexts ? { status: 503, body: 'nope' } : serveFixtures(file),
  );
  renderApp({ search: `?practice=${first.id}` });

  // the detail: in place of the summary, with its retry
  const note = await screen.findByText(/Nie udało się wczytać opisu praktyki/);
  expect(within(note).getByRole('button', { name: 'Spróbuj ponownie' })).toBeInTheDocument();
  // the page: one announcement of the failed file, not one per view showing the gap
  await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1));
  expect(screen.getByRole('alert')).toHaveTextContent('data/practice-texts.json');
});
