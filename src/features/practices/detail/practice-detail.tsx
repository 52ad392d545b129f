// One practice in full: summary, description, "Metryka", partners by sector (local governments
// select their place on the map), territory, sources, a "report a correction" e-mail and the
// practice's own link. Shown while the view store has a practice; focus goes to its heading when
// it opens; Escape or the close button closes it (a history entry, through the store).
// Every string from the data is rendered as text; every href from the data goes through safeHref.
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { CORRECTIONS_EMAIL } from '../../../config/corrections';
import type { Practice, Unit } from '../../../data/schemas';
import type { Language } from '../../../i18n/languages';
import type { Translate } from '../../../i18n/translate';
import { formatUnitName, unitTypeKey } from '../../../data/unit-text';
import { useLanguage, useT } from '../../../hooks/use-t';
import { useUnitSelectionStore } from '../../../stores/unit-selection-store';
import { useViewStore } from '../../../stores/use-view-store';
import { displayUrl, mailtoHref, practiceLink, safeHref } from '../practice-links';
import type { PracticeIndex } from '../engine/practice-index';
import {
  countPhrase,
  formatAddress,
  formatDate,
  partnersBySector,
  partnerSectorCounts,
  unitLookup,
} from '../practice-text';
import { usePracticeIndex } from '../use-practice-results';
import './practice-detail.css';

export interface PracticeDetailProps {
  /** Where the correction e-mail goes (tests pass their own). */
  correctionsEmail?: string;
}

export function PracticeDetail({ correctionsEmail = CORRECTIONS_EMAIL }: PracticeDetailProps) {
  const id = useViewStore((state) => state.practice);
  const index = usePracticeIndex();
  if (id === null || !index) return null;
  const position = index.indexById.get(id);
  const practice = position === undefined ? undefined : index.practices[position];
  // keyed by id: opening another practice is a new view (focus moves to its heading again)
  return practice ? (
    <PracticeDetailView
      key={id}
      practice={practice}
      index={index}
      correctionsEmail={correctionsEmail}
    />
  ) : (
    <MissingPractice key={id} id={id} />
  );
}

function useCloseOnEscape(ref: RefObject<HTMLElement | null>) {
  const closePractice = useViewStore((state) => state.closePractice);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closePractice();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [ref, closePractice]);
  return closePractice;
}

function MissingPractice({ id }: { id: string }) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const close = useCloseOnEscape(ref);
  return (
    <section ref={ref} className="practice-detail" data-testid="practice-detail">
      <p>{t('detail.notFound', { id })}</p>
      <button type="button" className="button" onClick={close}>
        {t('detail.close')}
      </button>
    </section>
  );
}

interface ViewProps {
  practice: Practice;
  index: PracticeIndex;
  correctionsEmail: string;
}

function PracticeDetailView({ practice, index, correctionsEmail }: ViewProps) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = useCloseOnEscape(sectionRef);
  const lookup = unitLookup(index);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const link = practiceLink(window.location, practice.id, language);
  const mail = mailtoHref({
    to: correctionsEmail,
    subject: t('detail.correctionSubject', { id: practice.id }),
    body: t('detail.correctionBody', { title: practice.title, id: practice.id, url: link }),
  });

  return (
    <section
      ref={sectionRef}
      className="practice-detail"
      data-testid="practice-detail"
      aria-labelledby={headingId}
    >
      <div className="practice-detail__top">
        <button type="button" className="button practice-detail__close" onClick={close}>
          <span aria-hidden="true">← </span>
          {t('detail.close')}
        </button>
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="practice-detail__title">
        {practice.title}
      </h2>
      <p className="practice-detail__summary">{practice.summary}</p>
      {practice.description && (
        <Section title={t('detail.description')}>
          {practice.description
            .split(/\n+/)
            .filter((paragraph) => paragraph.trim() !== '')
            .map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
        </Section>
      )}
      <Section title={t('detail.metryka')}>
        <Metryka practice={practice} lookup={lookup} t={t} language={language} />
      </Section>
      <Section title={t('detail.partners')}>
        <Partners practice={practice} t={t} language={language} />
      </Section>
      <Section title={t('detail.territory')}>
        <p className="practice-detail__count">
          {countPhrase(t, language, 'count.units', practice.territory.length)}
        </p>
        <ul className="practice-detail__territory">
          {practice.territory.map((terc) => {
            const unit = lookup(terc);
            return (
              <li key={terc}>
                <UnitButton terc={terc} label={unit ? formatUnitName(unit, t) : terc} t={t} />
                {unit && <span className="practice-detail__muted"> ({t(unitTypeKey(unit))})</span>}
              </li>
            );
          })}
        </ul>
      </Section>
      <Section title={t('detail.sources')}>
        <Sources practice={practice} t={t} />
      </Section>
      <div className="practice-detail__actions">
        <p>
          <a href={mail}>{t('detail.correction')}</a>
        </p>
        <OwnLink link={link} t={t} />
      </div>
    </section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="practice-detail__section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

interface MetrykaProps {
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

function Metryka({ practice, lookup, t, language }: MetrykaProps) {
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
      <Fact term={t('detail.yearStarted')}>
        {practice.yearStarted === null ? unknown : String(practice.yearStarted)}
      </Fact>
      <Fact term={t('detail.dateAdded')}>{date(practice.dateAdded)}</Fact>
      <Fact term={t('detail.dateUpdated')}>{date(practice.dateUpdated)}</Fact>
      <Fact term={t('detail.leader')}>
        <UnitButton
          terc={practice.leader}
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

/** A local government named in the detail: a button that selects it on the map. */
function UnitButton({ terc, label, t }: { terc: string; label: string; t: Translate }) {
  const selectUnit = useUnitSelectionStore((state) => state.selectUnit);
  return (
    <button
      type="button"
      className="practice-detail__unit"
      onClick={() => selectUnit(terc, { fit: true })}
    >
      {label}
      <span className="visually-hidden">, {t('detail.showOnMap')}</span>
    </button>
  );
}

function Partners({
  practice,
  t,
  language,
}: {
  practice: Practice;
  t: Translate;
  language: Language;
}) {
  if (practice.partners.length === 0) return <p>{t('detail.noPartners')}</p>;
  const counts = new Map(partnerSectorCounts(practice.partners));
  return (
    <>
      <p className="practice-detail__count">
        {countPhrase(t, language, 'count.partners', practice.partners.length)}
      </p>
      {partnersBySector(practice.partners).map(([sector, partners]) => (
        <div key={sector} className="practice-detail__sector">
          <h4>
            {t(`vocab.sector.${sector}`)} ({counts.get(sector) ?? partners.length})
          </h4>
          <ul>
            {partners.map((partner, i) => (
              <li key={`${partner.name}-${i}`}>
                {partner.terc ? (
                  <UnitButton terc={partner.terc} label={partner.name} t={t} />
                ) : (
                  partner.name
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

function Sources({ practice, t }: { practice: Practice; t: Translate }) {
  const sources = practice.sources.map((source) => ({
    kind: source.kind,
    href: safeHref(source.url),
  }));
  if (sources.length === 0) return <p className="practice-detail__muted">{t('detail.unknown')}</p>;
  return (
    <ul className="practice-detail__links">
      {sources.map((source, i) => {
        const name = t(source.kind === 'bdp' ? 'detail.source.bdp' : 'detail.source.other');
        return (
          <li key={i}>
            {source.href ? (
              <a href={source.href} rel="noopener noreferrer external">
                {name}: {displayUrl(source.href)}
              </a>
            ) : (
              <>
                {name} <span className="practice-detail__muted">({t('detail.sourceNoLink')})</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function OwnLink({ link, t }: { link: string; t: Translate }) {
  const fieldId = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="practice-detail__own-link">
      <label htmlFor={fieldId}>{t('detail.link')}</label>
      <input
        id={fieldId}
        type="text"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy()}>
        {t('detail.copyLink')}
      </button>
      <p role="status" className="practice-detail__copy-status">
        {status === 'copied'
          ? t('detail.copied')
          : status === 'failed'
            ? t('detail.copyFailed')
            : ''}
      </p>
    </div>
  );
}
