// "Deklaracja dostępności" in the structure the act of 4 April 2019 on digital accessibility and
// the ministry's "Warunki techniczne publikacji oraz struktura dokumentu elektronicznego
// deklaracji dostępności" ask for, with that document's `a11y-*` ids (which checking tools read)
// on the introduction, dates, status, contacts, procedure, building and apps. Values come from
// configuration (site-operator.ts) and show a placeholder until set.
import { SITE_OPERATOR } from '../../config/site-operator';
import type { InfoMessages } from '../../i18n/messages-info';
import { ConfiguredValue } from './configured-value';
import { fillMessage } from './fill-message';

const OMBUDSMAN_URL = 'https://bip.brpo.gov.pl/';

export function AccessibilityPage({ m }: { m: InfoMessages }) {
  const a = m.a11y;
  const op = SITE_OPERATOR;
  const value = (field: keyof typeof op, id: string, as?: 'email' | 'url') => (
    <ConfiguredValue value={op[field]} field={field} m={m} id={id} as={as} />
  );

  return (
    <>
      <p id="a11y-wstep">
        {fillMessage(a.intro, {
          entity: value('name', 'a11y-podmiot'),
          site: value('siteUrl', 'a11y-url', 'url'),
        })}
      </p>

      <h2>{a.dates.heading}</h2>
      <ul>
        <li>
          {fillMessage(a.dates.published, { date: value('published', 'a11y-data-publikacja') })}
        </li>
        <li>
          {fillMessage(a.dates.updated, { date: value('updated', 'a11y-data-aktualizacja') })}
        </li>
      </ul>

      <h2>{a.status.heading}</h2>
      <p id="a11y-status">{a.status.text}</p>
      <h3>{a.status.nonCompliantHeading}</h3>
      <ul>
        {a.status.nonCompliant.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>{a.status.exceptionsHeading}</h3>
      <ul>
        {a.status.exceptions.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{a.preparation.heading}</h2>
      <ul>
        <li>
          {fillMessage(a.preparation.prepared, {
            date: value('statementPrepared', 'a11y-data-sporzadzenie'),
          })}
        </li>
        <li>
          {fillMessage(a.preparation.reviewed, {
            date: value('statementReviewed', 'a11y-data-przeglad'),
          })}
        </li>
      </ul>
      <p>{a.preparation.method}</p>

      <h2>{a.features.heading}</h2>
      <ul>
        {a.features.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{a.contact.heading}</h2>
      <p id="a11y-kontakt">
        {fillMessage(a.contact.text, {
          person: value('accessibilityContact', 'a11y-osoba'),
          email: value('email', 'a11y-email', 'email'),
          phone: value('phone', 'a11y-telefon'),
        })}
      </p>

      <h2>{a.procedure.heading}</h2>
      <div id="a11y-procedura">
        {a.procedure.paragraphs.map((paragraph) => (
          <p key={paragraph}>
            {fillMessage(paragraph, {
              ombudsman: <a href={OMBUDSMAN_URL}>{a.procedure.ombudsman}</a>,
            })}
          </p>
        ))}
      </div>

      <h2>{a.building.heading}</h2>
      <p id="a11y-architektura">
        {op.building.set ? (
          op.building.value
        ) : (
          <>
            {a.building.none} {value('building', 'a11y-architektura-ustaw')}
          </>
        )}
      </p>

      <h2>{a.apps.heading}</h2>
      <p id="a11y-aplikacje">{a.apps.text}</p>
    </>
  );
}
