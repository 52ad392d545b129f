// Issue 10, "the pages a public site owes its users": a footer on every view leads to "O mapie"
// and "Deklaracja dostępności", in Polish and English, on a wide screen and a phone; the footer
// costs the map and the results nothing; the statement has the sections the act's template asks
// for, with the configured values (placeholders in an unconfigured build); Back returns.
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, describeViolations, openApp, openWith, type SitePage } from './driver';

afterAll(closeBrowser);

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SCREENS = [
  ['1440×900', WIDE],
  ['390×844', PHONE],
] as const;

const TITLES: Record<'pl' | 'en', Record<SitePage, string>> = {
  pl: { about: 'O mapie', accessibility: 'Deklaracja dostępności' },
  en: { about: 'About the map', accessibility: 'Accessibility statement' },
};

describe('the footer leads to the site pages and Back returns to the map', () => {
  test.each(
    SCREENS.flatMap(([name, viewport]) =>
      (['pl', 'en'] as const).map((lang) => [name, lang, viewport] as const),
    ),
  )('at %s in %s', async (_name, lang, viewport) => {
    const app = await openWith(lang === 'en' ? { lang: 'en' } : undefined, { viewport });
    const titles = TITLES[lang];

    // where the footer stands costs the map and the results nothing
    const cost = await app.footerCost();
    expect(cost.map).toBeLessThanOrEqual(0.02);
    expect(cost.results).toBeLessThanOrEqual(0.02);
    // a real link, keeping the language
    expect(await app.sitePageHref('about')).toBe(
      lang === 'en' ? '?page=about&lang=en' : '?page=about',
    );

    await app.openSitePage('about');
    expect(await app.mainHeadings()).toEqual([titles.about]);
    expect(await app.documentTitle()).toBe(`${titles.about} — Mapa Praktyk`);
    expect(await app.focusIsOnPageTitle()).toBe(true);
    expect(await app.pageLanguage()).toBe(lang);

    await app.goBack();
    expect(await app.sitePageIsShown()).toBe(false);
    expect(await app.documentTitle()).toBe('Mapa Praktyk');
    expect(await app.mapIsOnScreen()).toBe(true);

    await app.openSitePage('accessibility');
    expect(await app.mainHeadings()).toEqual([titles.accessibility]);
    expect(await app.documentTitle()).toBe(`${titles.accessibility} — Mapa Praktyk`);

    await app.backToMap();
    expect(await app.sitePageIsShown()).toBe(false);
    expect(await app.mapIsOnScreen()).toBe(true);
    expect(app.problems()).toEqual([]);
  });
});

describe('the footer is on every view', () => {
  test.each([
    ['the list', { view: 'list' }],
    ['the table', { view: 'table' }],
    [
      'a practice open',
      { region: '22', practice: 'koscierskie-partnerstwo-na-rzecz-rozwoju-spoleczno' },
    ],
    ['a place open', { place: '2206042' }],
  ])('%s, on a wide screen and a phone', async (_name, query) => {
    for (const viewport of [WIDE, PHONE]) {
      const app = await openWith(query, { viewport });
      const cost = await app.footerCost();
      expect(cost.results).toBeLessThanOrEqual(0.02);
      await app.openSitePage('about');
      expect(await app.mainHeadings()).toEqual(['O mapie']);
      await app.goBack();
      expect(await app.sitePageIsShown()).toBe(false);
      await app.close();
    }
  });
});

describe('the accessibility statement', () => {
  test('has the sections of the template, with placeholders for what is not configured', async () => {
    const app = await openApp({ query: { page: 'accessibility' }, viewport: WIDE });
    await app.waitForSitePage();

    expect(await app.sitePageHeadings()).toEqual([
      'h2 Daty publikacji i aktualizacji',
      'h2 Status pod względem zgodności z ustawą',
      'h3 Treści niedostępne',
      'h3 Wyłączenia',
      'h2 Przygotowanie deklaracji dostępności',
      'h2 Udogodnienia',
      'h2 Informacje zwrotne i dane kontaktowe',
      'h2 Obsługa wniosków i skarg związanych z dostępnością',
      'h2 Dostępność architektoniczna',
      'h2 Aplikacje mobilne',
    ]);
    expect(await app.sitePagePart('a11y-wstep')).toMatch(
      /^\[nazwa operatora — ustaw VITE_OPERATOR_NAME\] zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z przepisami ustawy z dnia 4 kwietnia 2019 r\. o dostępności cyfrowej/,
    );
    expect(await app.sitePagePart('a11y-data-publikacja')).toContain('VITE_SITE_PUBLISHED');
    expect(await app.sitePagePart('a11y-data-aktualizacja')).toContain('VITE_SITE_UPDATED');
    expect(await app.sitePagePart('a11y-data-sporzadzenie')).toContain('VITE_STATEMENT_PREPARED');
    expect(await app.sitePagePart('a11y-data-przeglad')).toContain('VITE_STATEMENT_REVIEWED');
    expect(await app.sitePagePart('a11y-status')).toContain('częściowo zgodna');
    expect(await app.sitePagePart('a11y-osoba')).toContain('VITE_ACCESSIBILITY_CONTACT');
    expect(await app.sitePagePart('a11y-email')).toContain('VITE_OPERATOR_EMAIL');
    expect(await app.sitePagePart('a11y-telefon')).toContain('VITE_OPERATOR_PHONE');
    const procedure = (await app.sitePagePart('a11y-procedura')) ?? '';
    for (const phrase of ['7 dni', '2 miesiące', 'skargę', 'Rzecznika Praw Obywatelskich']) {
      expect(procedure).toContain(phrase);
    }
    expect(await app.hasLink('https://bip.brpo.gov.pl/')).toBe(true);
    const text = await app.sitePageText();
    for (const phrase of ['samooceny', 'axe-core', 'WCAG 2.1', 'klawiatur', 'widok „Tabela”']) {
      expect(text).toContain(phrase);
    }
    expect(await app.sitePagePart('a11y-architektura')).toContain('Nie dotyczy');
    expect(await app.configPlaceholders()).toContain(
      '[nazwa operatora — ustaw VITE_OPERATOR_NAME]',
    );
    expect(await app.documentTitle()).toBe('Deklaracja dostępności — Mapa Praktyk');
    expect(app.problems()).toEqual([]);
  });

  test('in English, with the same structure', async () => {
    const app = await openApp({ query: { page: 'accessibility', lang: 'en' }, viewport: WIDE });
    await app.waitForSitePage();
    const headings = await app.sitePageHeadings();
    expect(headings).toHaveLength(10);
    expect(headings).toContain('h2 Handling of requests and complaints concerning accessibility');
    expect(await app.sitePagePart('a11y-status')).toContain('partially compliant');
    expect(await app.sitePagePart('a11y-wstep')).toContain(
      '[operator name — set VITE_OPERATOR_NAME]',
    );
  });
});

describe('"O mapie"', () => {
  test('gives the dataset, the sources, the ways to contribute and the operator', async () => {
    const app = await openApp({ query: { page: 'about' }, viewport: WIDE });
    await app.waitForSitePage();
    expect(await app.sitePageHeadings()).toEqual([
      'h2 Co pokazuje mapa',
      'h2 Skąd pochodzą dane',
      'h2 Zbiór danych',
      'h2 Jak zgłosić praktykę albo poprawkę',
      'h2 Kto prowadzi serwis',
    ]);
    const text = await app.sitePageText();
    for (const phrase of ['Bazy Dobrych Praktyk', 'Centrum Wsparcia Doradczego', 'Licencja:']) {
      expect(text).toContain(phrase);
    }
    expect(await app.datasetFacts()).toMatch(
      /Wersja zbioru: \d{4}-\d{2}-\d{2}.*Liczba praktyk: \d+/,
    );
    expect(await app.configPlaceholders()).toEqual([
      '[nazwa operatora — ustaw VITE_OPERATOR_NAME]',
      '[adres operatora — ustaw VITE_OPERATOR_ADDRESS]',
      '[e-mail kontaktowy — ustaw VITE_OPERATOR_EMAIL]',
      '[telefon kontaktowy — ustaw VITE_OPERATOR_PHONE]',
    ]);

    // "Zgłoś praktykę" on the page opens the form in the explorer
    await app.proposeFromSitePage();
    expect(await app.sitePageIsShown()).toBe(false);
    expect(await app.proposeFormIsOpen()).toBe(true);
  });
});

describe('axe-core finds nothing on the site pages', () => {
  test.each([
    ['about', 'pl', WIDE],
    ['accessibility', 'pl', WIDE],
    ['about', 'en', PHONE],
    ['accessibility', 'en', PHONE],
  ] as const)('%s in %s', async (page, lang, viewport) => {
    const app = await openApp({ query: { page, lang }, viewport });
    await app.waitForSitePage();
    const violations = await app.accessibilityViolations();
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
