// The panel of a place (a gmina, powiat or voivodeship clicked on the map or chosen in the place
// search): what it is, the practices it takes part in, those of the units around it, and practices
// nearby and similar, each saying why it is listed. Shown while the link has `place`; focus goes
// to its heading when it opens; Escape or the close button closes it (a history entry).
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { boundariesQueryOptions } from '../../../data/boundaries-query';
import type { Unit } from '../../../data/schemas';
import { formatUnitName, unitTypeKey } from '../../../data/unit-text';
import { gminaNeighbours } from '../../../data/unit-neighbours';
import { useLanguage, useT } from '../../../hooks/use-t';
import { formatPracticeCount } from '../../../i18n/plural';
import type { Translate } from '../../../i18n/translate';
import { toSearchString } from '../../../stores/url-state';
import { useViewStore } from '../../../stores/use-view-store';
import { selectResultsLinkState } from '../../../stores/view-store';
import { placePractices, type SuggestionReason } from '../engine/place-practices';
import type { PracticeIndex } from '../engine/practice-index';
import { unitLookup } from '../practice-text';
import { useCloseOnEscape } from '../use-close-on-escape';
import { usePracticeIndex } from '../use-practice-results';
import './place-panel.css';

export function PlacePanel() {
  const terc = useViewStore((state) => state.place);
  const index = usePracticeIndex();
  if (terc === null || !index) return null;
  const unit = unitLookup(index)(terc);
  // keyed by code: another place is a new view (focus moves to its heading again)
  return unit ? <PlacePanelView key={terc} unit={unit} index={index} /> : null;
}

function PlacePanelView({ unit, index }: { unit: Unit; index: PracticeIndex }) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const openPlace = useViewStore((state) => state.openPlace);
  const setFilterValues = useViewStore((state) => state.setFilterValues);
  const { data: neighbours } = useQuery({ ...boundariesQueryOptions(), select: gminaNeighbours });
  const found = useMemo(
    () => placePractices(index, unit, neighbours ?? (() => [])),
    [index, unit, neighbours],
  );
  const lookup = unitLookup(index);
  const close = useCallback(() => openPlace(null), [openPlace]);

  // the new content gets the focus; without scrolling, as a click on the map must not jump the page
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);
  useCloseOnEscape(sectionRef, close);

  const powiat =
    unit.level === 'gmina' && !unit.cityWithPowiatRights && unit.powiat
      ? lookup(unit.powiat)
      : undefined;
  const voivodeship = unit.voivodeship ? lookup(unit.voivodeship) : undefined;
  const nameOf = (code: string) => {
    const other = lookup(code);
    return other ? formatUnitName(other, t) : code;
  };

  return (
    <section
      ref={sectionRef}
      className="place-panel"
      data-testid="place-panel"
      aria-labelledby={headingId}
    >
      <div className="place-panel__top">
        <button type="button" className="button" onClick={close}>
          <span aria-hidden="true">← </span>
          {t('place.close')}
        </button>
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="place-panel__title">
        {formatUnitName(unit, t)}
      </h2>
      <p className="place-panel__facts">
        {[
          t(unitTypeKey(unit)),
          powiat && formatUnitName(powiat, t),
          voivodeship && `${t('unitInfo.voivodeship').toLowerCase()} ${voivodeship.name}`,
          `TERC ${unit.terc}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>

      <section className="place-panel__section" aria-labelledby={`${headingId}-part`}>
        <h3 id={`${headingId}-part`}>
          {t('place.takingPart')}: {formatPracticeCount(t, language, found.takingPart.length)}
        </h3>
        {found.takingPart.length === 0 ? (
          <p>{t('place.none')}</p>
        ) : (
          <>
            <PracticeLinks index={index} practices={found.takingPart} />
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setFilterValues('region', [unit.terc]);
                openPlace(null);
              }}
            >
              {t('place.showOnly')}
            </button>
          </>
        )}
      </section>

      {found.covering.length > 0 && (
        <section className="place-panel__section" aria-labelledby={`${headingId}-covering`}>
          <h3 id={`${headingId}-covering`}>
            {t('place.covering', {
              count: formatPracticeCount(t, language, found.covering.length),
            })}
          </h3>
          <p className="place-panel__note">{t('place.coveringNote')}</p>
          <PracticeLinks
            index={index}
            practices={found.covering}
            reasonOf={(p) => {
              const around = index.practices[p]?.territory.find(
                (code) => code.length < unit.terc.length && unit.terc.startsWith(code),
              );
              return around ? t('place.reason.covering', { name: nameOf(around) }) : null;
            }}
          />
        </section>
      )}

      {found.nearby.length > 0 && (
        <section className="place-panel__section" aria-labelledby={`${headingId}-nearby`}>
          <h3 id={`${headingId}-nearby`}>{t('place.nearby')}</h3>
          <PracticeLinks
            index={index}
            practices={found.nearby.map((item) => item.practice)}
            reasonOf={(p) => {
              const item = found.nearby.find((suggestion) => suggestion.practice === p);
              return item ? reasonText(item.reason, unit, nameOf, t) : null;
            }}
          />
        </section>
      )}
    </section>
  );
}

function reasonText(
  reason: SuggestionReason,
  unit: Unit,
  nameOf: (terc: string) => string,
  t: Translate,
): string {
  return reason.kind === 'neighbour'
    ? t('place.reason.neighbour', { name: nameOf(reason.terc) })
    : t('place.reason.similar', { type: t(unitTypeKey(unit)), name: nameOf(reason.terc) });
}

interface PracticeLinksProps {
  index: PracticeIndex;
  practices: ArrayLike<number>;
  /** Why a practice is listed, shown after its title; null for none. */
  reasonOf?: (practice: number) => string | null;
}

function PracticeLinks({ index, practices, reasonOf }: PracticeLinksProps) {
  const openPractice = useViewStore((state) => state.openPractice);
  // a practice opened from the panel keeps the place open behind it (closing returns here)
  const linkState = useViewStore(useShallow(selectResultsLinkState));
  const place = useViewStore((state) => state.place);
  return (
    <ul className="place-panel__practices">
      {Array.from(practices, (p) => {
        const practice = index.practices[p];
        if (!practice) return null;
        const reason = reasonOf?.(p) ?? null;
        return (
          <li key={practice.id}>
            <a
              lang="pl"
              href={toSearchString({ ...linkState, place, practice: practice.id }) || '?'}
              onClick={(event) => {
                // a plain click opens here (history through the store); modified clicks open a tab
                if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
                event.preventDefault();
                openPractice(practice.id);
              }}
            >
              {practice.title}
            </a>
            {reason !== null && <span className="place-panel__reason"> — {reason}</span>}
          </li>
        );
      })}
    </ul>
  );
}
