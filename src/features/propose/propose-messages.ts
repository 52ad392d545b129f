// The words of the propose form, PL and EN, in its own chunk: they load with the form, so the
// first load does not carry them (the button that opens it is in the app's catalogue).
import { interpolate } from '../../i18n/translate';
import type { Language } from '../../i18n/languages';

const pl = {
  'propose.heading': 'Zgłoś praktykę',
  'propose.correctionHeading': 'Zgłoś poprawkę: {title}',
  'propose.intro':
    'Opisz praktykę lub partnerstwo samorządów. Zgłoszenie trafi do redakcji, która je sprawdzi i doda do mapy. Szkic zapisuje się w przeglądarce.',
  'propose.close': 'Zamknij formularz',
  'propose.title': 'Nazwa praktyki',
  'propose.summary': 'Krótki opis (1–2 zdania)',
  'propose.type': 'Rodzaj praktyki',
  'propose.form': 'Forma współpracy',
  'propose.choose': '— wybierz —',
  'propose.yearStarted': 'Rok rozpoczęcia (jeśli znany)',
  'propose.leader': 'Jednostka wiodąca',
  'propose.members': 'Pozostali członkowie (samorządy)',
  'propose.unitSearch': 'Szukaj gminy, powiatu lub województwa',
  'propose.remove': 'Usuń: {name}',
  'propose.noMembers': 'Nie dodano jeszcze członków.',
  'propose.partners': 'Inni partnerzy',
  'propose.partnerName': 'Nazwa partnera {number}',
  'propose.partnerSector': 'Sektor partnera {number}',
  'propose.addPartner': 'Dodaj partnera',
  'propose.sources': 'Źródła (strony internetowe)',
  'propose.source': 'Adres źródła {number}',
  'propose.addSource': 'Dodaj drugie źródło',
  'propose.contact': 'Kontakt do podmiotu realizującego',
  'propose.contactName': 'Nazwa podmiotu (np. Urząd Gminy)',
  'propose.contactPhone': 'Telefon',
  'propose.contactEmail': 'E-mail',
  'propose.contactWebsite': 'Strona internetowa',
  'propose.problems': 'Do poprawienia: {count}',
  'propose.ready': 'Zgłoszenie jest kompletne.',
  'propose.preview': 'Podgląd: tak praktyka pojawi się na liście',
  'propose.download': 'Pobierz zgłoszenie (plik JSON)',
  'propose.mail': 'Wyślij e-mailem do redakcji',
  'propose.mailSubject': 'Mapa Praktyk: zgłoszenie praktyki „{title}”',
  'propose.mailBody':
    'Zgłaszam praktykę do Mapy Praktyk. Rekord w formacie importu (npm run data:import):\n\n{record}\n',
  'propose.clear': 'Wyczyść formularz',
  'propose.error.title': 'Podaj nazwę praktyki (co najmniej 5 znaków).',
  'propose.error.summary': 'Opisz praktykę w co najmniej 20 znakach.',
  'propose.error.type': 'Wybierz rodzaj praktyki.',
  'propose.error.form': 'Wybierz formę współpracy.',
  'propose.error.year': 'Rok: cztery cyfry, od 1990 do bieżącego roku.',
  'propose.error.leader': 'Wybierz jednostkę wiodącą z wyszukiwarki.',
  'propose.error.partnerName': 'Podaj nazwę partnera (co najmniej 3 znaki) albo go usuń.',
  'propose.error.url': 'Adres musi zaczynać się od http:// lub https://.',
  'propose.error.source': 'Podaj co najmniej jedno źródło (adres strony).',
  'propose.error.email': 'Podaj poprawny adres e-mail, np. urzad@gmina.pl.',
} as const;

type ProposeKey = keyof typeof pl;

const en: Record<ProposeKey, string> = {
  'propose.heading': 'Propose a practice',
  'propose.correctionHeading': 'Propose a correction: {title}',
  'propose.intro':
    'Describe a practice or a partnership of local governments. The editors will check it and add it to the map. The draft is kept in this browser.',
  'propose.close': 'Close the form',
  'propose.title': 'Name of the practice',
  'propose.summary': 'Short description (1–2 sentences)',
  'propose.type': 'Type of practice',
  'propose.form': 'Form of cooperation',
  'propose.choose': '— choose —',
  'propose.yearStarted': 'Year started (if known)',
  'propose.leader': 'Leading unit',
  'propose.members': 'Other members (local governments)',
  'propose.unitSearch': 'Search for a gmina, powiat or voivodeship',
  'propose.remove': 'Remove: {name}',
  'propose.noMembers': 'No members added yet.',
  'propose.partners': 'Other partners',
  'propose.partnerName': 'Name of partner {number}',
  'propose.partnerSector': 'Sector of partner {number}',
  'propose.addPartner': 'Add a partner',
  'propose.sources': 'Sources (web pages)',
  'propose.source': 'Address of source {number}',
  'propose.addSource': 'Add a second source',
  'propose.contact': 'Contact of the implementing body',
  'propose.contactName': 'Name of the body (e.g. the gmina office)',
  'propose.contactPhone': 'Phone',
  'propose.contactEmail': 'E-mail',
  'propose.contactWebsite': 'Website',
  'propose.problems': 'To fix: {count}',
  'propose.ready': 'The proposal is complete.',
  'propose.preview': 'Preview: how the practice will appear in the list',
  'propose.download': 'Download the proposal (JSON file)',
  'propose.mail': 'Send by e-mail to the editors',
  'propose.mailSubject': 'Mapa Praktyk: proposed practice "{title}"',
  'propose.mailBody':
    'I propose a practice for Mapa Praktyk. The record in the import format (npm run data:import):\n\n{record}\n',
  'propose.clear': 'Clear the form',
  'propose.error.title': 'Give the name of the practice (at least 5 characters).',
  'propose.error.summary': 'Describe the practice in at least 20 characters.',
  'propose.error.type': 'Choose the type of practice.',
  'propose.error.form': 'Choose the form of cooperation.',
  'propose.error.year': 'Year: four digits, from 1990 to this year.',
  'propose.error.leader': 'Choose the leading unit from the search.',
  'propose.error.partnerName': 'Give the partner a name (at least 3 characters) or remove it.',
  'propose.error.url': 'The address must start with http:// or https://.',
  'propose.error.source': 'Give at least one source (a web page address).',
  'propose.error.email': 'Give a valid e-mail address, e.g. office@gmina.pl.',
};

const CATALOGUES: Record<Language, Record<ProposeKey, string>> = { pl, en };

export type ProposeTranslate = (
  key: ProposeKey,
  params?: Record<string, string | number>,
) => string;

export function createProposeTranslate(language: Language): ProposeTranslate {
  const messages = CATALOGUES[language];
  return (key, params) => interpolate(messages[key], params);
}

export type { ProposeKey };
