// The summaries are not in the first load (practice-texts.json): a search starts loading them,
// says while they load that it covers the rest only, then finds summary words too.
import './support/leaflet-jsdom';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DATA_FILES } from '../../src/config/data-files';
import { PracticeList } from '../../src/features/practices/list/practice-list';
import { EMPTY_FILTERS } from '../../src/stores/view-state';
import { renderWithPractices, TEXTS } from './support/practice-ui';
import { renderApp, serveFixtures, stubDataFetch } from './support/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const resultCount = () => screen.getByTestId('result-count');
const searchBox = () => screen.getByRole('searchbox', { name: 'Szukaj praktyk' });
const PENDING =
  'Wczytuję opisy praktyk… Na razie szukam w nazwach, tagach, partnerach i miejscach.';

/** Serves the fixtures, holding practice-texts.json back until `release()`. */
function holdTexts() {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const fetchMock = stubDataFetch(serveFixtures);
  const serve = fetchMock.getMockImplementation();
  if (!serve) throw new Error('stubDataFetch has no implementation');
  fetchMock.mockImplementation(async (input: RequestInfo | URL) => {
    if (String(input).endsWith(DATA_FILES.practiceTexts)) await held;
    return serve(input);
  });
  const textsAsked = () =>
    fetchMock.mock.calls.filter(([input]) => String(input).endsWith(DATA_FILES.practiceTexts))
      .length;
  return { release: () => release(), textsAsked };
}

describe('searching before and after the practices’ texts arrive', () => {
  test('a word only a summary has: nothing, with a note, until the texts load; then the practice', async () => {
    const { release, textsAsked } = holdTexts();
    const user = userEvent.setup();
    renderApp();
    await waitFor(() => expect(resultCount()).toHaveTextContent(/^\d+ prakty/));
    expect(textsAsked()).toBe(0);
    // focusing the field fetches the texts ahead of the first letter
    await user.click(searchBox());
    await waitFor(() => expect(textsAsked()).toBe(1));
    await user.type(searchBox(), 'termomodernizacji');
    await waitFor(() => expect(resultCount()).toHaveTextContent('0 praktyk'));
    expect(screen.getByText(PENDING)).toBeInTheDocument();
    // the field says what its results cover, for a screen reader too
    expect(searchBox()).toHaveAccessibleDescription(PENDING);
    release();
    await waitFor(() => expect(resultCount()).toHaveTextContent('1 praktyka'));
    expect(screen.queryByText(PENDING)).toBeNull();
    expect(searchBox()).not.toHaveAccessibleDescription();
    expect(textsAsked()).toBe(1);
  });

  test('a link with q= loads the texts and ends with the results a search over the summaries gives', async () => {
    const { release, textsAsked } = holdTexts();
    renderApp({ search: '?q=termomodernizacji' });
    await waitFor(() => expect(textsAsked()).toBe(1));
    expect(await screen.findByText(PENDING)).toBeInTheDocument();
    release();
    await waitFor(() => expect(resultCount()).toHaveTextContent('1 praktyka'));
    expect(screen.getByText('Pomorski program efektywności energetycznej')).toBeInTheDocument();
  });

  test('texts that fail to load: the search says it covers the rest only, for good', async () => {
    stubDataFetch((file) =>
      file === DATA_FILES.practiceTexts ? { status: 500, body: 'x' } : serveFixtures(file),
    );
    renderApp({ search: '?q=termomodernizacji' });
    expect(
      await screen.findByText(
        'Nie udało się wczytać opisów praktyk: szukam tylko w nazwach, tagach, partnerach i miejscach.',
      ),
    ).toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('0 praktyk');
  });
});

describe('the list says it too where the search box is not on screen (a phone, the embed)', () => {
  test('while the texts load, and not once they are here', async () => {
    let arrive: (response: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (arrive = resolve))),
    );
    const state = { filters: { ...EMPTY_FILTERS, q: 'gmina' } };
    renderWithPractices(<PracticeList showSearchScope />, { texts: null, state });
    expect(screen.getByText(PENDING)).toBeInTheDocument();
    arrive(new Response(JSON.stringify(TEXTS), { status: 200 }));
    await waitFor(() => expect(screen.queryByText(PENDING)).toBeNull());
    cleanup();
    // a wide screen's list leaves it to the search box's note
    renderWithPractices(<PracticeList />, { texts: null, state });
    expect(screen.queryByText(PENDING)).toBeNull();
  });
});
