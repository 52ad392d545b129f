// The facts of one unit: name, type, powiat and voivodeship, joined by TERC code. A polite live
// region, so what the pointer or the search picks is also read out.
import { useId } from 'react';
import type { Unit } from '../../data/schemas';
import { useGazetteer } from '../../data/use-gazetteer';
import { formatUnitName, unitTypeKey } from '../../data/unit-text';
import { useT } from '../../hooks/use-t';
import './unit-info.css';

export function UnitInfo({ terc }: { terc: string | null }) {
  const t = useT();
  const headingId = useId();
  const { data: gazetteer } = useGazetteer();
  const unit = terc ? gazetteer?.lookup(terc) : undefined;
  return (
    <section className="unit-info" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        {t('unitInfo.heading')}
      </h2>
      <div data-testid="unit-info" aria-live="polite" aria-atomic="true">
        {unit && gazetteer ? (
          <UnitFacts unit={unit} lookup={gazetteer.lookup} />
        ) : terc ? (
          <p className="unit-info__name">{terc}</p>
        ) : (
          <p className="unit-info__empty">{t('unitInfo.empty')}</p>
        )}
      </div>
    </section>
  );
}

function UnitFacts({ unit, lookup }: { unit: Unit; lookup: (terc: string) => Unit | undefined }) {
  const t = useT();
  // A city with powiat rights is its own powiat: naming it twice tells nothing.
  const powiat =
    unit.level === 'gmina' && !unit.cityWithPowiatRights && unit.powiat
      ? lookup(unit.powiat)
      : undefined;
  const voivodeship = unit.voivodeship ? lookup(unit.voivodeship) : undefined;
  // The {' '} keep words apart in the region's plain text (what a screen reader or test reads).
  return (
    <>
      <p className="unit-info__name">{formatUnitName(unit, t)}</p>{' '}
      <dl className="unit-info__facts">
        <Fact term={t('unitInfo.type')} value={t(unitTypeKey(unit))} />
        {powiat && <Fact term={t('unitInfo.powiat')} value={formatUnitName(powiat, t)} />}
        {voivodeship && (
          <Fact term={t('unitInfo.voivodeship')} value={formatUnitName(voivodeship, t)} />
        )}
        <Fact term={t('unitInfo.terc')} value={unit.terc} />
      </dl>
    </>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt> <dd>{value}</dd>{' '}
    </>
  );
}
