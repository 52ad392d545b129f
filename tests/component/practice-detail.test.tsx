import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PracticesFile, PracticeTextsFile } from '../../src/data/schemas';
import { PracticeDetail } from '../../src/features/practices/detail/practice-detail';
import { useMapCommandsStore } from '../../src/stores/map-commands-store';
import { usePartnerHighlightStore } from '../../src/stores/partner-highlight-store';
import { viewStore } from '../../src/stores/use-view-store';
import { GAZETTEER, PRACTICES, renderWithPractices, TEXTS } from './support/practice-ui';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const open = (id: string) => ({ state: { practice: id } });

describe('the practice detail', () => {
  test('nothing while no practice is open', () => {
    renderWithPractices(<PracticeDetail />);
    expect(screen.queryByTestId('practice-detail')).not.toBeInTheDocument();
  });

  test('the title is the h2 and takes focus; summary, description and Metryka follow', () => {
    renderWithPractices(<PracticeDetail />, open('koscierskie-partnerstwo'));
    const detail = screen.getByTestId('practice-detail');
    const heading = within(detail).getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Kościerskie partnerstwo na rzecz rozwoju');
    expect(heading).toHaveFocus();
    expect(detail).toHaveTextContent('Gminy powiatu kościerskiego wspólnie planują');
    expect(within(detail).getByText('Raz w roku przyjmują plan działań.')).toBeInTheDocument();

    const metryka = within(detail).getByRole('region', { name: 'Metryka' });
    const fact = (term: string) => within(metryka).getByText(term).nextElementSibling;
    expect(fact('Rodzaj praktyki')).toHaveTextContent('Współpraca międzysamorządowa');
    expect(fact('Forma współpracy')).toHaveTextContent('Partnerstwo obszaru funkcjonalnego');
    expect(fact('Rok rozpoczęcia')).toHaveTextContent('2015');
    expect(fact('Dodano')).toHaveTextContent('1 marca 2020');
    expect(fact('Zaktualizowano')).toHaveTextContent('10 maja 2021');
    expect(fact('Jednostka wiodąca')).toHaveTextContent('Kościerzyna');
    expect(fact('Typ jednostki wiodącej')).toHaveTextContent('gmina miejska');
    expect(fact('Powiat')).toHaveTextContent('powiat kościerski');
    expect(fact('Województwo')).toHaveTextContent('pomorskie');
    expect(fact('Podmiot realizujący')).toHaveTextContent('Urząd Miasta Kościerzyna');
    expect(fact('Adres')).toHaveTextContent('ul. 3 Maja 9a, 83-400 Kościerzyna');
    expect(fact('Telefon')).toHaveTextContent('58 680 23 00');
    expect(
      within(metryka).getByRole('link', { name: 'www.koscierzyna.example/partnerstwo' }),
    ).toHaveAttribute('href', 'https://www.koscierzyna.example/partnerstwo');
  });

  test('partners grouped by sector; a local government selects its unit on the map', async () => {
    const user = userEvent.setup();
    renderWithPractices(<PracticeDetail />, open('koscierskie-partnerstwo'));
    // the map, when mounted, registers how it fits bounds
    const fitMap = vi.fn();
    useMapCommandsStore.getState().registerFitMap(fitMap);
    const partners = screen.getByRole('region', { name: 'Partnerzy' });
    expect(partners).toHaveTextContent('5 partnerów');
    const groups = within(partners)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(groups).toEqual(['Samorządy (JST) (3)', 'Organizacje pozarządowe (1)', 'Biznes (1)']);
    const jst = within(partners).getByRole('heading', { name: 'Samorządy (JST) (3)' })
      .nextElementSibling as HTMLElement;
    // the leader first, marked in words
    expect(within(jst).getAllByRole('listitem')[0]).toHaveTextContent(
      'Gmina Miejska Kościerzyna, pokaż na mapie (lider)',
    );
    await user.click(
      within(partners).getByRole('button', { name: /^Gmina Nowa Karczma\s*, pokaż na mapie$/ }),
    );
    expect(viewStore.getState().place).toBe('2206072');
    const nowaKarczma = GAZETTEER.units.find((unit) => unit.terc === '2206072');
    expect(nowaKarczma).toBeDefined();
    expect(fitMap).toHaveBeenCalledExactlyOnceWith(nowaKarczma?.bbox);
    // other sectors have no place of their own: their button shows their point round the leader
    const ngo = within(partners).getByRole('button', {
      name: /^Stowarzyszenie Kaszuby Razem\s*, pokaż na mapie$/,
    });
    const index = (
      PRACTICES.practices.find((p) => p.id === 'koscierskie-partnerstwo')?.partners ?? []
    ).findIndex((partner) => partner.name === 'Stowarzyszenie Kaszuby Razem');
    expect(index).toBeGreaterThan(0);
    act(() => ngo.focus());
    expect(usePartnerHighlightStore.getState().partner).toEqual({
      practiceId: 'koscierskie-partnerstwo',
      index,
    });
    await user.click(ngo);
    const leader = GAZETTEER.units.find((unit) => unit.terc === '2206011');
    expect(fitMap).toHaveBeenLastCalledWith(leader?.bbox);
    act(() => ngo.blur());
    expect(usePartnerHighlightStore.getState().partner).toBeNull();
  });

  test('territory with unit types; sources; the correction mailto carries the id', () => {
    renderWithPractices(<PracticeDetail correctionsEmail="test@example.org" />, {
      state: { practice: 'koscierskie-partnerstwo', lang: 'pl' },
    });
    const territory = screen.getByRole('region', { name: 'Obszar' });
    expect(territory).toHaveTextContent('3 jednostki');
    expect(territory).toHaveTextContent('Kościerzyna, pokaż na mapie (gmina wiejska)');
    expect(territory).toHaveTextContent('Nowa Karczma, pokaż na mapie (gmina wiejska)');

    const sources = screen.getByRole('region', { name: 'Źródła' });
    expect(
      within(sources).getByRole('link', {
        name: 'Baza Dobrych Praktyk: dobrepraktyki.example/praktyka/123',
      }),
    ).toHaveAttribute('href', 'https://dobrepraktyki.example/praktyka/123');
    expect(sources).toHaveTextContent('Inne źródło (bez odnośnika)');

    const mail = screen.getByRole('link', { name: 'Zgłoś poprawkę (e-mail)' });
    const href = mail.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:test@example.org?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe(
      'Mapa Praktyk: poprawka do praktyki koscierskie-partnerstwo',
    );
    expect(params.get('body')).toContain('Identyfikator: koscierskie-partnerstwo');
    expect(params.get('body')).toContain('/praktyki/koscierskie-partnerstwo/');

    expect(screen.getByRole('textbox', { name: 'Link do tej praktyki' })).toHaveValue(
      'http://localhost:3000/praktyki/koscierskie-partnerstwo/',
    );
  });

  test('copies its own link', async () => {
    const writeText = vi.fn(async () => undefined);
    const user = userEvent.setup();
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderWithPractices(<PracticeDetail />, open('skawina-seniorzy'));
    await user.click(screen.getByRole('button', { name: 'Kopiuj link do praktyki' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/praktyki/skawina-seniorzy/');
    expect(screen.getByText('Skopiowano link do praktyki.')).toBeInTheDocument();
  });

  test('Escape and the close button close it (a history entry)', async () => {
    const user = userEvent.setup();
    renderWithPractices(<PracticeDetail />, open('liszki-dialog'));
    expect(screen.getByTestId('practice-detail')).toHaveTextContent('Nie wymieniono partnerów.');
    await user.keyboard('{Escape}');
    expect(viewStore.getState().practice).toBeNull();
    expect(viewStore.getState().historyMode).toBe('push');
    expect(screen.queryByTestId('practice-detail')).not.toBeInTheDocument();

    act(() => viewStore.getState().openPractice('liszki-dialog'));
    await user.click(screen.getByRole('button', { name: 'Zamknij opis praktyki' }));
    expect(viewStore.getState().practice).toBeNull();
  });

  test('opening another practice moves focus to its heading', () => {
    renderWithPractices(<PracticeDetail />, open('liszki-dialog'));
    act(() => viewStore.getState().openPractice('malopolska-energia'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Energia dla Małopolski');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  test('without practice-texts.json yet: the detail fetches it, says so, then shows the summary and sources', async () => {
    let arrive: (response: Response) => void = () => {};
    const fetchMock = vi.fn(
      (input: RequestInfo | URL) =>
        new Promise<Response>((resolve) => {
          expect(String(input)).toMatch(/data\/practice-texts\.json$/);
          arrive = resolve;
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithPractices(<PracticeDetail />, { ...open('koscierskie-partnerstwo'), texts: null });
    const detail = screen.getByTestId('practice-detail');
    // the rest of the practice is there at once
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Kościerskie partnerstwo',
    );
    expect(detail).toHaveTextContent('Wczytywanie opisu praktyki…');
    expect(detail).not.toHaveTextContent('Gminy powiatu kościerskiego wspólnie planują');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    arrive(new Response(JSON.stringify(TEXTS), { status: 200 }));
    expect(
      await within(detail).findByText(/Gminy powiatu kościerskiego wspólnie planują/),
    ).toBeInTheDocument();
    expect(detail).not.toHaveTextContent('Wczytywanie');
    expect(within(detail).getByRole('link', { name: /dobrepraktyki/ })).toBeInTheDocument();
  });

  test('a practice the texts file has nothing for: the detail names the file and the id', () => {
    renderWithPractices(<PracticeDetail />, {
      ...open('koscierskie-partnerstwo'),
      texts: { version: 1, texts: {} },
    });
    // in place of the summary, as text: the page's data notice announces it (data-errors)
    expect(
      screen.getByText(
        'Plik data/practice-texts.json nie ma opisu praktyki koscierskie-partnerstwo.',
      ),
    ).not.toHaveAttribute('role');
  });

  test('practice-texts.json fails to load: the detail says so, with a retry', async () => {
    const fetchMock = vi.fn(async () => new Response('nope', { status: 503 }));
    vi.stubGlobal('fetch', fetchMock);
    renderWithPractices(<PracticeDetail />, { ...open('koscierskie-partnerstwo'), texts: null });
    const note = await screen.findByText(/Nie udało się wczytać opisu praktyki/);
    expect(note).toHaveTextContent('data/practice-texts.json');
    expect(note).toHaveTextContent('503');
    await userEvent.click(within(note).getByRole('button', { name: 'Spróbuj ponownie' }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
  });

  test('hostile data: markup stays text and no javascript:, data: or relative link is rendered', () => {
    const [base] = PRACTICES.practices;
    if (!base) throw new Error('fixture is empty');
    const hostile: PracticesFile = {
      version: 1,
      practices: [
        {
          ...base,
          id: 'hostile',
          title: '<img src=x onerror=alert(1)>',
          implementer: {
            name: '<b>x</b>',
            websites: [
              'javascript:alert(1)',
              ' JaVaScRiPt:alert(2)',
              'java\tscript:alert(3)',
              'data:text/html,<script>alert(4)</script>',
              '//evil.example/',
              'https://ok.example/',
            ],
          },
        },
      ],
    };
    const texts: PracticeTextsFile = {
      version: 1,
      texts: {
        hostile: {
          summary: '<script>alert(1)</script>',
          description: '<b>opis</b>',
          sources: [
            { url: 'javascript:alert(5)', kind: 'bdp' },
            { url: 'vbscript:msgbox(6)', kind: 'other' },
          ],
        },
      },
    };
    renderWithPractices(<PracticeDetail />, {
      practices: hostile,
      texts,
      state: { practice: 'hostile' },
    });
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    const detail = screen.getByTestId('practice-detail');
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(detail.querySelector('img, script, b')).toBeNull();
    const hrefs = [...detail.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => !/^(https?:\/\/|mailto:)/i.test(href))).toEqual([]);
    expect(hrefs).toContain('https://ok.example/');
    expect(hrefs.some((href) => /script:/i.test(href.split('?')[0] ?? ''))).toBe(false);
  });

  test('in English', () => {
    renderWithPractices(<PracticeDetail />, {
      state: { practice: 'krakowski-transport', lang: 'en' },
    });
    const detail = screen.getByTestId('practice-detail');
    expect(within(detail).getByRole('region', { name: 'Key facts' })).toHaveTextContent(
      'city with powiat rights',
    );
    expect(detail).toHaveTextContent('4 partners');
    expect(screen.getByRole('link', { name: 'Report a correction (e-mail)' })).toBeInTheDocument();
    // the data stays Polish, and says so to a screen reader reading English
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'pl');
    expect(detail.querySelector('.practice-detail__summary')).toHaveAttribute('lang', 'pl');
  });

  test('an area known only at a higher level says so beside the territory', () => {
    const rough = PRACTICES.practices.find((item) => item.id === 'koscierski-fundusz');
    if (!rough) throw new Error('the fixture has no koscierski-fundusz');
    // the powiat's own fund names the powiat as a partner: a real member, nothing rough
    renderWithPractices(<PracticeDetail />, open('koscierski-fundusz'));
    expect(screen.queryByText(/Obszar znany tylko na poziomie/)).toBeNull();
    cleanup();
    renderWithPractices(<PracticeDetail />, {
      ...open('koscierski-fundusz'),
      practices: {
        ...PRACTICES,
        practices: [{ ...rough, partners: rough.partners.filter((partner) => !partner.terc) }],
      },
    });
    expect(
      within(screen.getByRole('region', { name: 'Obszar' })).getByText(
        /^Obszar znany tylko na poziomie powiatu/,
      ),
    ).toBeInTheDocument();
  });
});
