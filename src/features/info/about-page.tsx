// "O mapie": what the map shows, where the data comes from, the dataset, how to contribute, who
// runs the site. The dataset's figures come from the loaded practices (loading: said so).
import { useQuery } from '@tanstack/react-query';
import { CORRECTIONS_EMAIL } from '../../config/corrections';
import { DATA_LICENCE } from '../../config/dataset';
import { SITE_OPERATOR } from '../../config/site-operator';
import { datasetVersionOf } from '../../data/dataset-version';
import { practicesQueryOptions } from '../../data/practices-query';
import { usePageLink } from '../../hooks/use-page-link';
import { useLanguage, useT } from '../../hooks/use-t';
import type { InfoMessages } from '../../i18n/messages-info';
import { ConfiguredValue } from './configured-value';
import { fillMessage } from './fill-message';

export function AboutPage({ m, onPropose }: { m: InfoMessages; onPropose: () => void }) {
  const t = useT();
  const language = useLanguage();
  const a = m.about;
  const statement = usePageLink('accessibility');
  const practices = useQuery(practicesQueryOptions());
  const operator = SITE_OPERATOR;

  return (
    <>
      <p className="info-page__lead">{a.lead}</p>

      <h2>{a.shows.heading}</h2>
      <p>{a.shows.practice}</p>
      <p>{a.shows.map}</p>
      <p>{a.shows.filters}</p>
      <p>{a.shows.counts}</p>
      <p>{a.shows.withoutMap}</p>

      <h2>{a.sources.heading}</h2>
      <p>{a.sources.text}</p>
      <p>{a.sources.perPractice}</p>
      <p>{a.sources.boundaries}</p>

      <h2>{a.dataset.heading}</h2>
      {practices.data ? (
        <ul data-testid="dataset-facts">
          <li>
            {fillMessage(a.dataset.version, {
              version: datasetVersionOf(practices.data.practices),
            })}
          </li>
          <li>
            {fillMessage(a.dataset.size, {
              count: practices.data.practices.length.toLocaleString(language),
            })}
          </li>
          <li>{fillMessage(a.dataset.licence, { licence: DATA_LICENCE })}</li>
        </ul>
      ) : (
        <>
          <p role="status">{practices.isError ? a.dataset.unavailable : a.dataset.loading}</p>
          <p>{fillMessage(a.dataset.licence, { licence: DATA_LICENCE })}</p>
        </>
      )}

      <h2>{a.contribute.heading}</h2>
      <p>{a.contribute.propose}</p>
      <p>
        <button type="button" className="button" onClick={onPropose}>
          {t('propose.open')}
        </button>
      </p>
      <p>
        {fillMessage(a.contribute.correction, {
          email: <a href={`mailto:${CORRECTIONS_EMAIL}`}>{CORRECTIONS_EMAIL}</a>,
        })}
      </p>

      <h2>{a.operator.heading}</h2>
      <ul data-testid="operator">
        <li>
          {fillMessage(a.operator.name, {
            name: <ConfiguredValue value={operator.name} field="name" m={m} />,
          })}
        </li>
        <li>
          {fillMessage(a.operator.address, {
            address: <ConfiguredValue value={operator.address} field="address" m={m} />,
          })}
        </li>
        <li>
          {fillMessage(a.operator.email, {
            email: <ConfiguredValue value={operator.email} field="email" m={m} as="email" />,
          })}
        </li>
        <li>
          {fillMessage(a.operator.phone, {
            phone: <ConfiguredValue value={operator.phone} field="phone" m={m} />,
          })}
        </li>
      </ul>
      <p>
        {fillMessage(a.operator.statement, {
          statement: <a {...statement}>{t('page.accessibility').toLocaleLowerCase(language)}</a>,
        })}
      </p>
    </>
  );
}
