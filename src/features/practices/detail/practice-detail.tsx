// One practice in full: summary, description, "Metryka", partners by sector (local governments
// select their place on the map), territory, sources, a "report a correction" e-mail and the
// practice's own link. Shown while the view store has a practice; focus goes to its heading when
// it opens; Escape or the close button closes it (a history entry, through the store).
// Every string from the data is rendered as text; every href from the data goes through safeHref.
import { useEffect, useId, useRef } from 'react';
import { CORRECTIONS_EMAIL } from '../../../config/corrections';
import { areaKnownOnlyAt } from '../../../data/area-precision';
import type { Practice } from '../../../data/schemas';
import { usePracticeTexts, type PracticeTextsState } from '../../../data/use-practice-texts';
import type { Translate } from '../../../i18n/translate';
import { formatUnitName, unitTypeKey } from '../../../data/unit-text';
import { useLanguage, useT } from '../../../hooks/use-t';
import { useViewStore } from '../../../stores/use-view-store';
import { appLocation, mailtoHref, practiceLink } from '../practice-links';
import type { PracticeIndex } from '../engine/practice-index';
import { countPhrase, unitLookup } from '../practice-text';
import { useCloseOnEscape } from '../use-close-on-escape';
import { usePracticeIndex } from '../use-practice-results';
import { Section } from './detail-section';
import { Metryka } from './practice-metryka';
import { OwnLink } from './practice-own-link';
import { Partners } from './practice-partners';
import { PrintButton, PrintLink, PrintMap } from './practice-print';
import { Sources } from './practice-sources';
import { UnitButton } from './unit-button';
import { UnknownUnits } from './practice-unknown-units';
import './practice-detail.css';

export interface PracticeDetailProps {
  /** Where the correction e-mail goes (tests pass their own). */
  correctionsEmail?: string;
  /** Opens the propose form prefilled with this practice (the app wires it). */
  onProposeCorrection?: (id: string) => void;
}

export function PracticeDetail({
  correctionsEmail = CORRECTIONS_EMAIL,
  onProposeCorrection,
}: PracticeDetailProps) {
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
      onProposeCorrection={onProposeCorrection}
    />
  ) : (
    <MissingPractice key={id} id={id} />
  );
}

/**
 * Where the summary goes while the texts load, or why they are not there (naming the file and id).
 * Said here as text, not as an alert: the page's data notice (app/data-errors.tsx) announces a
 * failed file or a missing entry once, however many views show the gap.
 */
function TextsState({
  state,
  t,
}: {
  state: Exclude<PracticeTextsState, { status: 'success' }>;
  t: Translate;
}) {
  switch (state.status) {
    case 'pending':
      return <p className="practice-detail__muted">{t('detail.textsPending')}</p>;
    case 'missing':
      return (
        <p className="practice-detail__muted">
          {t('detail.textsMissing', { file: state.file, id: state.id })}
        </p>
      );
    case 'error':
      return (
        <p className="practice-detail__muted">
          {t('detail.textsFailed', { detail: state.error.message })}{' '}
          <button type="button" className="button" onClick={state.retry}>
            {t('dataError.retry')}
          </button>
        </p>
      );
  }
}

function MissingPractice({ id }: { id: string }) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const close = useViewStore((state) => state.closePractice);
  useCloseOnEscape(ref, close);
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
  onProposeCorrection?: ((id: string) => void) | undefined;
}

function PracticeDetailView({ practice, index, correctionsEmail, onProposeCorrection }: ViewProps) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = useViewStore((state) => state.closePractice);
  useCloseOnEscape(sectionRef, close);
  const lookup = unitLookup(index);
  const roughArea = areaKnownOnlyAt(practice);
  const texts = usePracticeTexts(practice.id);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const link = practiceLink(appLocation(), practice.id, language);
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
        <PrintButton t={t} />
      </div>
      {/* the data is in Polish whatever the interface's language: say so to screen readers */}
      <h2
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="practice-detail__title"
        lang="pl"
      >
        {practice.title}
      </h2>
      {texts.status === 'success' ? (
        <p className="practice-detail__summary" lang="pl">
          {texts.texts.summary}
        </p>
      ) : (
        <TextsState state={texts} t={t} />
      )}
      {/* with no gazetteer at all every code is unknown: the data error says so instead */}
      {index.units.length > 0 && <UnknownUnits practice={practice} lookup={lookup} t={t} />}
      {texts.status === 'success' && texts.texts.description && (
        <Section title={t('detail.description')}>
          {texts.texts.description
            .split(/\n+/)
            .filter((paragraph) => paragraph.trim() !== '')
            .map((paragraph, i) => (
              <p key={i} lang="pl">
                {paragraph}
              </p>
            ))}
        </Section>
      )}
      <Section title={t('detail.metryka')}>
        <Metryka practice={practice} lookup={lookup} t={t} language={language} />
      </Section>
      <Section title={t('detail.partners')}>
        <Partners practice={practice} lookup={lookup} t={t} language={language} />
      </Section>
      <Section title={t('detail.territory')}>
        <p className="practice-detail__count">
          {countPhrase(t, language, 'count.units', practice.territory.length)}
        </p>
        {roughArea !== null && (
          <p className="practice-detail__rough-area">{t(`detail.areaRough.${roughArea}`)}</p>
        )}
        <ul className="practice-detail__territory">
          {practice.territory.map((terc) => {
            const unit = lookup(terc);
            return (
              <li key={terc}>
                <UnitButton
                  terc={terc}
                  unit={unit}
                  label={unit ? formatUnitName(unit, t) : terc}
                  t={t}
                />
                {unit && <span className="practice-detail__muted"> ({t(unitTypeKey(unit))})</span>}
              </li>
            );
          })}
        </ul>
        <PrintMap practice={practice} language={language} />
      </Section>
      <Section title={t('detail.sources')}>
        {texts.status === 'success' ? (
          <Sources sources={texts.texts.sources} t={t} />
        ) : (
          <p className="practice-detail__muted">{t('detail.textsPendingShort')}</p>
        )}
      </Section>
      <div className="practice-detail__actions">
        <p>
          <a href={mail}>{t('detail.correction')}</a>
        </p>
        {onProposeCorrection && (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => onProposeCorrection(practice.id)}
            >
              {t('detail.proposeCorrection')}
            </button>
          </p>
        )}
        <OwnLink link={link} t={t} />
      </div>
      <PrintLink link={link} t={t} />
    </section>
  );
}
