// The practice's "Metryka": type, form, dates, the leader and its place, the implementer.
import type { ReactNode } from 'react';
import type { Practice, Unit } from '../../../data/schemas';
import { formatUnitName, unitTypeKey } from '../../../data/unit-text';
import type { Language } from '../../../i18n/languages';
import type { Translate } from '../../../i18n/translate';
import { displayUrl, safeHref } from '../practice-links';
import { formatAddress, formatDate } from '../practice-text';
import { UnitButton } from './unit-button';

export interface MetrykaProps {
  practice: Practice;
  lookup: (terc: string) => Unit | undefined;
  t: Translate;
  language: Language;
}

/** The place of the leader: its gmina, powiat and voivodeship, as far as they apply. */
function placeOf(unit: Unit, lookup: (terc: string) => Unit | undefined) {
  return {
    gmina: unit.level === 'gmina' ? unit : undefined,
    powiat: unit.level === 'powiat' ? unit : unit.powiat ? lookup(unit.powiat) : undefined,
    voivodeship:
      unit.level === 'voivodeship' ? unit : unit.voivodeship ? lookup(unit.voivodeship) : undefined,
  };
}

export function Metryka({ practice, lookup, t, language }: MetrykaProps) {
  const leader = lookup(practice.leader);
  const place = leader ? placeOf(leader, lookup) : undefined;
  const unknown = <span className="practice-detail__muted">{t('detail.unknown')}</span>;
  const date = (iso: string | null) => (iso ? formatDate(language, iso) : unknown);
  const implementer = practice.implementer;
  const address = implementer ? formatAddress(implementer) : '';
  const websites = (implementer?.websites ?? []).flatMap((url) => {
    const href = safeHref(url);
    return href ? [href] : [];
  });
  return (
    <dl className="practice-detail__facts">
      <Fact term={t('detail.type')}>{t(`vocab.type.${practice.type}`)}</Fact>
      <Fact term={t('detail.form')}>{t(`vocab.form.${practice.form}`)}</Fact>
      {practice.cwdIntegration && (
        <Fact term={t('detail.cwdIntegration')}>{t(`vocab.cwd.${practice.cwdIntegration}`)}</Fact>
      )}
      <Fact term={t('detail.yearStarted')}>
        {practice.yearStarted === null ? unknown : String(practice.yearStarted)}
      </Fact>
      <Fact term={t('detail.dateAdded')}>{date(practice.dateAdded)}</Fact>
      <Fact term={t('detail.dateUpdated')}>{date(practice.dateUpdated)}</Fact>
      <Fact term={t('detail.leader')}>
        <UnitButton
          terc={practice.leader}
          unit={leader}
          label={leader ? formatUnitName(leader, t) : practice.leader}
          t={t}
        />
      </Fact>
      {leader && <Fact term={t('detail.leaderType')}>{t(unitTypeKey(leader))}</Fact>}
      {place?.gmina && <Fact term={t('detail.gmina')}>{formatUnitName(place.gmina, t)}</Fact>}
      {place?.powiat && <Fact term={t('detail.powiat')}>{formatUnitName(place.powiat, t)}</Fact>}
      {place?.voivodeship && (
        <Fact term={t('detail.voivodeship')}>{formatUnitName(place.voivodeship, t)}</Fact>
      )}
      {implementer && (
        <>
          <Fact term={t('detail.implementer')}>{implementer.name}</Fact>
          {address !== '' && <Fact term={t('detail.address')}>{address}</Fact>}
          {implementer.phone && <Fact term={t('detail.phone')}>{implementer.phone}</Fact>}
          {websites.length > 0 && (
            <Fact term={t('detail.websites')}>
              <ul className="practice-detail__links">
                {websites.map((href) => (
                  <li key={href}>
                    <a href={href} rel="noopener noreferrer external">
                      {displayUrl(href)}
                    </a>
                  </li>
                ))}
              </ul>
            </Fact>
          )}
        </>
      )}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="practice-detail__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
