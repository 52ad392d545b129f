// The partners of a practice grouped by sector; local governments select their place on the map,
// the others show their point round the leading unit (partner-button.tsx).
import type { Practice, Unit } from '../../../data/schemas';
import type { Language } from '../../../i18n/languages';
import type { Translate } from '../../../i18n/translate';
import {
  countPhrase,
  membershipNote,
  partnerSectorCounts,
  partnersBySector,
} from '../practice-text';
import { PartnerButton } from './partner-button';
import { UnitButton } from './unit-button';

export function Partners({
  practice,
  lookup,
  t,
  language,
}: {
  practice: Practice;
  lookup: (terc: string) => Unit | undefined;
  t: Translate;
  language: Language;
}) {
  const partial = membershipNote(t, language, practice);
  const stated = practice.membership?.stated;
  const note = partial && (
    <p className="practice-detail__partial" data-testid="membership-note">
      {partial}
      {stated && `. ${t('detail.membershipStated', { stated })}`}
    </p>
  );
  if (practice.partners.length === 0)
    return (
      <>
        <p>{t('detail.noPartners')}</p>
        {note}
      </>
    );
  const counts = new Map(partnerSectorCounts(practice.partners));
  return (
    <>
      <p className="practice-detail__count">
        {countPhrase(t, language, 'count.partners', practice.partners.length)}
      </p>
      {note}
      {partnersBySector(practice.partners).map(([sector, partners]) => (
        <div key={sector} className="practice-detail__sector">
          <h4>
            {t(`vocab.sector.${sector}`)} ({counts.get(sector) ?? partners.length})
          </h4>
          <ul>
            {partners.map((partner, i) => (
              <li key={`${partner.name}-${i}`}>
                {partner.terc ? (
                  <UnitButton
                    terc={partner.terc}
                    unit={lookup(partner.terc)}
                    label={partner.name}
                    t={t}
                  />
                ) : (
                  <PartnerButton
                    practiceId={practice.id}
                    index={practice.partners.indexOf(partner)}
                    label={partner.name}
                    leader={lookup(practice.leader)}
                    t={t}
                  />
                )}
                {partner.role === 'leader' && (
                  <span className="practice-detail__role"> ({t('detail.leaderRole')})</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
