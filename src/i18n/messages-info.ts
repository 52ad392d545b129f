// The catalogue's part for the site's pages ("O mapie", "Deklaracja dostępności"): loaded with
// them (a lazy chunk), never at first load. Polish is the default; the type checker makes
// English carry every entry. `{name}` marks where the page puts a value from configuration or
// data (a link, a date, a placeholder): pages fill them with fillMessage (features/info).
import type { Language } from './languages';

const pl = {
  placeholder: '[{what} — ustaw {variable}]',
  what: {
    name: 'nazwa operatora',
    address: 'adres operatora',
    email: 'e-mail kontaktowy',
    phone: 'telefon kontaktowy',
    accessibilityContact: 'osoba kontaktowa',
    siteUrl: 'adres strony',
    published: 'data publikacji',
    updated: 'data aktualizacji',
    statementPrepared: 'data sporządzenia',
    statementReviewed: 'data przeglądu',
    building: 'dostępność siedziby',
  },
  about: {
    lead: 'Mapa Praktyk pokazuje, jak polskie samorządy — gminy, powiaty i województwa — współpracują ze sobą i z partnerami z innych sektorów: organizacjami pozarządowymi, biznesem, nauką i innymi instytucjami publicznymi.',
    shows: {
      heading: 'Co pokazuje mapa',
      practice:
        'Praktyka to wspólne przedsięwzięcie jednostek samorządu terytorialnego (JST) — porozumienie albo związek międzygminny, stowarzyszenie samorządów, partnerstwo obszaru funkcjonalnego, lokalna grupa działania, euroregion, partnerstwo projektowe — albo działanie jednej jednostki z partnerami spoza samorządu.',
      map: 'Każda praktyka stoi na mapie w miejscu swojej jednostki wiodącej. Otwarta praktyka rysuje swój obszar na jednostkach, które ją tworzą, a jej partnerów — według sektorów.',
      filters:
        'Filtry zawężają praktyki według obszaru (województwo, powiat, gmina), rodzaju praktyki, formy współpracy, sektora partnera, typu jednostki wiodącej i roku rozpoczęcia; jest też wyszukiwanie w tekście. Wartości zaznaczone w jednym filtrze łączy „lub”, różne filtry — „i”.',
      counts:
        'Liczba przy wartości filtra mówi, ile praktyk zostanie po jej zaznaczeniu. Liczba praktyk województwa, powiatu lub gminy (kolory mapy, widok „Tabela”) obejmuje praktyki, w których bierze udział ta jednostka albo jednostka na jej terenie; praktyki powiatu i województwa nie liczą się do ich gmin.',
      withoutMap:
        'Te same praktyki można przeglądać bez mapy: w widokach „Lista” i „Tabela”; każdy widok ma swój link.',
    },
    sources: {
      heading: 'Skąd pochodzą dane',
      text: 'Opisy praktyk zebrano z publicznych stron: Bazy Dobrych Praktyk Związku Miast Polskich, Związku Gmin Wiejskich RP i Związku Powiatów Polskich, opisów partnerstw Centrum Wsparcia Doradczego (pilotaż z lat 2020–2022 i CWD Plus z lat 2022–2023), konkursu „Samorządowy Lider Zarządzania” oraz stron związków i stowarzyszeń samorządów, partnerstw ZIT i obszarów funkcjonalnych, lokalnych grup działania i euroregionów.',
      perPractice:
        'Każda praktyka podaje swoje źródła (w szczegółach praktyki, część „Źródła”). Streszczenia napisano na potrzeby tego zbioru; nie są cytatami. Imion, nazwisk i telefonów osób celowo nie zbieramy.',
      boundaries:
        'Granice gmin, powiatów i województw pochodzą z państwowego rejestru granic (PRG, Główny Urząd Geodezji i Kartografii), a kody jednostek — z rejestru TERC.',
    },
    dataset: {
      heading: 'Zbiór danych',
      version: 'Wersja zbioru: {version} (ostatnia data dodania lub aktualizacji praktyki)',
      size: 'Liczba praktyk: {count}',
      licence: 'Licencja: {licence}',
      loading: 'Wczytywanie danych…',
      unavailable: 'Dane praktyk są niedostępne.',
    },
    contribute: {
      heading: 'Jak zgłosić praktykę albo poprawkę',
      propose:
        'Nową praktykę zgłosisz formularzem „Zgłoś praktykę”: przygotowuje on wiadomość do redakcji i plik z opisem praktyki.',
      correction:
        'Błąd w opisie praktyki zgłosisz przyciskiem „Zgłoś poprawkę” w jej szczegółach albo e-mailem: {email}.',
    },
    operator: {
      heading: 'Kto prowadzi serwis',
      name: 'Operator: {name}',
      address: 'Adres: {address}',
      email: 'E-mail: {email}',
      phone: 'Telefon: {phone}',
      statement: 'Dostępność serwisu opisuje {statement}.',
    },
  },
  a11y: {
    intro:
      '{entity} zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z przepisami ustawy z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności dotyczy strony internetowej Mapa Praktyk ({site}).',
    dates: {
      heading: 'Daty publikacji i aktualizacji',
      published: 'Data publikacji strony internetowej: {date}',
      updated: 'Data ostatniej istotnej aktualizacji: {date}',
    },
    status: {
      heading: 'Status pod względem zgodności z ustawą',
      text: 'Strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności lub wyłączeń wymienionych poniżej.',
      nonCompliantHeading: 'Treści niedostępne',
      nonCompliant: [
        'Warstwa wizualna mapy — granice jednostek, znaczniki praktyk, kolory liczby praktyk i linie do partnerów — nie ma na samej mapie odpowiednika tekstowego. Te same informacje podają widok „Lista”, widok „Tabela” (liczby praktyk według jednostek i lista praktyk), szczegóły praktyki (jej jednostki i partnerzy według sektorów) oraz wyszukiwarka miejsca.',
        'Podpowiedź o jednostce po wskazaniu jej na mapie działa myszą i dotykiem. Z klawiatury mapę można przesuwać i przybliżać, a jednostkę wybiera się wyszukiwarką miejsca, która otwiera ten sam panel.',
        'Tytuły i opisy praktyk oraz nazwy partnerów pochodzą ze źródeł i są tylko po polsku, także w angielskiej wersji serwisu.',
      ],
      exceptionsHeading: 'Wyłączenia',
      exceptions: [
        'Mapa i jej warstwy: ustawa nie obejmuje map i serwisów mapowych, które nie służą nawigacji (art. 3). Równoważną, dostępną formą tych samych danych są widoki „Lista” i „Tabela” oraz szczegóły praktyki.',
        'Podkład mapy (kafelki z obrazem terenu) dostarcza podmiot zewnętrzny; jego treść nie jest wytworzona przez operatora ani nie pozostaje pod jego kontrolą.',
        'Strony źródłowe praktyk, do których prowadzą linki, należą do innych podmiotów.',
      ],
    },
    preparation: {
      heading: 'Przygotowanie deklaracji dostępności',
      prepared: 'Deklarację sporządzono dnia: {date}',
      reviewed: 'Deklarację ostatnio poddano przeglądowi dnia: {date}',
      method:
        'Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny. Samoocena obejmuje testy automatyczne narzędziem axe-core (reguły WCAG 2.1 na poziomach A i AA), uruchamiane w zestawie testów przy każdej zmianie kodu na widokach mapy, listy, tabeli, szczegółów praktyki oraz tych stron, na szerokim ekranie i na ekranie telefonu, a także testy obsługi klawiaturą: kolejność i widoczność fokusu, zamykanie paneli klawiszem Escape i powrót fokusu.',
    },
    features: {
      heading: 'Udogodnienia',
      items: [
        'Na początku strony są odnośniki „Przejdź do treści” i „Przejdź do wyników”.',
        'Wszystkie funkcje są dostępne z klawiatury; fokus jest zawsze widoczny.',
        'Serwis ma wersję polską i angielską (przełącznik PL / EN w nagłówku).',
        'Każdy widok ma swój link: można go zapisać i otworzyć ponownie.',
      ],
    },
    contact: {
      heading: 'Informacje zwrotne i dane kontaktowe',
      text: 'Błędy i problemy z dostępnością cyfrową strony można zgłaszać. Można też poprosić o informację niedostępną na stronie w innej, dostępnej formie. Osoba kontaktowa: {person}, e-mail: {email}, telefon: {phone}. Tą samą drogą można składać wnioski o udostępnienie informacji niedostępnej oraz żądania zapewnienia dostępności.',
    },
    procedure: {
      heading: 'Obsługa wniosków i skarg związanych z dostępnością',
      paragraphs: [
        'Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Można także zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie niedostępnego cyfrowo dokumentu albo opisanie zawartości mapy.',
        'Żądanie powinno zawierać dane osoby zgłaszającej żądanie, wskazanie, o którą stronę internetową lub jej element chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca potrzebuje informacji w alternatywnej formie, powinna określić dogodny dla niej sposób przedstawienia tej informacji.',
        'Podmiot publiczny realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem. Jeżeli dotrzymanie tego terminu nie jest możliwe, podmiot publiczny niezwłocznie informuje wnoszącego żądanie, kiedy realizacja żądania będzie możliwa; termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.',
        'Jeżeli podmiot publiczny odmówi realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji, wnoszący żądanie może złożyć skargę na takie działanie do podmiotu publicznego. Po wyczerpaniu tej procedury można złożyć wniosek do Rzecznika Praw Obywatelskich: {ombudsman}.',
      ],
      ombudsman: 'Biuletyn Informacji Publicznej Rzecznika Praw Obywatelskich',
    },
    building: {
      heading: 'Dostępność architektoniczna',
      none: 'Nie dotyczy — serwis jest prowadzony bez obsługi interesantów w siedzibie operatora.',
    },
    apps: {
      heading: 'Aplikacje mobilne',
      text: 'Operator nie udostępnia aplikacji mobilnych. Serwis działa w przeglądarce na telefonie.',
    },
  },
};

export type InfoMessages = typeof pl;

const en: InfoMessages = {
  placeholder: '[{what} — set {variable}]',
  what: {
    name: 'operator name',
    address: "operator's address",
    email: 'contact e-mail',
    phone: 'contact phone',
    accessibilityContact: 'contact person',
    siteUrl: 'site address',
    published: 'publication date',
    updated: 'update date',
    statementPrepared: 'date prepared',
    statementReviewed: 'date reviewed',
    building: 'accessibility of the premises',
  },
  about: {
    lead: 'Mapa Praktyk ("Map of Practices") shows how Polish local governments — gminy, powiaty and voivodeships — cooperate with each other and with partners from other sectors: non-governmental organisations, business, science and other public bodies.',
    shows: {
      heading: 'What the map shows',
      practice:
        'A practice is a joint undertaking of local government units (JST) — an inter-municipal agreement or union, an association of local governments, a functional area partnership, a local action group, a euroregion, a project partnership — or the work of a single unit with partners outside local government.',
      map: 'Every practice stands on the map at its leading unit. An open practice draws its area over the units that form it, and its partners by sector.',
      filters:
        'Filters narrow the practices by area (voivodeship, powiat, gmina), type of practice, form of cooperation, partner sector, type of the leading unit and year started; there is also a text search. Values chosen in one filter are joined by "or", different filters by "and".',
      counts:
        "The number beside a filter value says how many practices remain once it is chosen. The number of practices of a voivodeship, powiat or gmina (the map's colours, the Table view) counts the practices in which that unit or a unit within it takes part; practices of a powiat or voivodeship do not count for its gminy.",
      withoutMap:
        'The same practices can be browsed without the map, in the List and Table views; every view has its own link.',
    },
    sources: {
      heading: 'Where the data comes from',
      text: 'The practices were gathered from public pages: the Baza Dobrych Praktyk (database of good practices) of the Association of Polish Cities (ZMP), the Association of Rural Gminy (ZGW RP) and the Association of Polish Powiats (ZPP); the partnerships of the Centrum Wsparcia Doradczego (advisory support centre; the pilot of 2020–2022 and CWD Plus of 2022–2023); the "Samorządowy Lider Zarządzania" contest; and the pages of unions and associations of local governments, ZIT and functional area partnerships, local action groups and euroregions.',
      perPractice:
        "Every practice lists its sources (in the practice's details, under Sources). The summaries were written for this dataset and are not quotations. Names and phone numbers of persons are deliberately not collected.",
      boundaries:
        "The boundaries of gminy, powiaty and voivodeships come from the national register of boundaries (PRG, Head Office of Geodesy and Cartography), the units' codes from the TERC register.",
    },
    dataset: {
      heading: 'The dataset',
      version: 'Dataset version: {version} (the latest date a practice was added or updated)',
      size: 'Number of practices: {count}',
      licence: 'Licence: {licence}',
      loading: 'Loading the data…',
      unavailable: 'The practices are unavailable.',
    },
    contribute: {
      heading: 'How to propose a practice or a correction',
      propose:
        'Propose a new practice with the "Propose a practice" form: it prepares a message to the editors and a file describing the practice.',
      correction:
        'Report a mistake in a practice with the "Report a correction" button in its details, or by e-mail: {email}.',
    },
    operator: {
      heading: 'Who runs the site',
      name: 'Operator: {name}',
      address: 'Address: {address}',
      email: 'E-mail: {email}',
      phone: 'Phone: {phone}',
      statement: 'The accessibility of the site is described in the {statement}.',
    },
  },
  a11y: {
    intro:
      '{entity} is committed to making its website accessible in accordance with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public sector bodies. This accessibility statement applies to the website Mapa Praktyk ({site}).',
    dates: {
      heading: 'Dates of publication and update',
      published: 'Date the website was published: {date}',
      updated: 'Date of the last significant update: {date}',
    },
    status: {
      heading: 'Compliance status',
      text: 'This website is partially compliant with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public sector bodies, due to the non-compliances and exemptions listed below.',
      nonCompliantHeading: 'Non-accessible content',
      nonCompliant: [
        "The map's visual layer — unit boundaries, practice markers, the colours of practice counts and the lines to partners — has no text equivalent on the map itself. The same information is given by the List view, the Table view (practice counts per unit and the list of practices), a practice's details (its units and its partners by sector) and the place search.",
        'The hint about a unit pointed at on the map works with a mouse and touch. With a keyboard the map can be panned and zoomed, and a unit is chosen with the place search, which opens the same panel.',
        'The titles and descriptions of practices and the names of partners come from the sources and are in Polish only, in the English version of the site too.',
      ],
      exceptionsHeading: 'Exemptions',
      exceptions: [
        'The map and its layers: the Act does not cover maps and mapping services not intended for navigation (Article 3). The List and Table views and the practice details are the equivalent, accessible form of the same data.',
        'The base map (image tiles of the terrain) is provided by a third party; its content is neither produced nor controlled by the operator.',
        "The practices' source pages that the site links to belong to other bodies.",
      ],
    },
    preparation: {
      heading: 'Preparation of this accessibility statement',
      prepared: 'This statement was prepared on: {date}',
      reviewed: 'It was last reviewed on: {date}',
      method:
        "This statement was prepared on the basis of a self-assessment carried out by the public sector body. The self-assessment comprises automated tests with axe-core (WCAG 2.1 rules at levels A and AA), run in the test suite on every change of the code on the map, list, table and practice detail views and on these pages, on a wide screen and on a phone's screen, and keyboard tests: focus order and visibility, closing panels with Escape and where the focus returns.",
    },
    features: {
      heading: 'Accessibility features',
      items: [
        'At the top of the page there are "Skip to main content" and "Skip to results" links.',
        'Every function works with a keyboard; the focus is always visible.',
        'The site has a Polish and an English version (the PL / EN switch in the header).',
        'Every view has its own link, which can be saved and opened again.',
      ],
    },
    contact: {
      heading: 'Feedback and contact information',
      text: 'Errors and problems with the digital accessibility of the site can be reported, and information that is not accessible on the site can be requested in another, accessible form. Contact person: {person}, e-mail: {email}, phone: {phone}. Requests for inaccessible information and demands to ensure accessibility can be made the same way.',
    },
    procedure: {
      heading: 'Handling of requests and complaints concerning accessibility',
      paragraphs: [
        'Everyone has the right to demand that the digital accessibility of the website or of an element of it be ensured. One may also request the information by an alternative means of access, for example by reading out a document that is not digitally accessible or describing the content of the map.',
        'The demand should contain the details of the person making it, an indication of the website or element concerned, and a means of contact. A person who needs the information in an alternative form should state the form convenient for them.',
        'The public sector body fulfils the demand without delay, no later than 7 days from the day it was made. If that time limit cannot be met, the body informs the person without delay when the demand can be fulfilled; that time may not exceed 2 months from the day the demand was made. If digital accessibility cannot be ensured, the body may offer an alternative means of access to the information.',
        'If the public sector body refuses to fulfil the demand for accessibility or for an alternative means of access, the person may lodge a complaint about it with the body. Once that procedure is exhausted, an application may be submitted to the Commissioner for Human Rights (Rzecznik Praw Obywatelskich): {ombudsman}.',
      ],
      ombudsman: "the Commissioner for Human Rights' Public Information Bulletin",
    },
    building: {
      heading: 'Architectural accessibility',
      none: "Not applicable — the site is run without serving visitors at the operator's premises.",
    },
    apps: {
      heading: 'Mobile applications',
      text: 'The operator provides no mobile applications. The site works in a browser on a phone.',
    },
  },
};

export const INFO_CATALOGUES: Record<Language, InfoMessages> = { pl, en };
