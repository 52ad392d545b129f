// Says which of a practice's leader and partners has a TERC code the gazetteer does not know: such
// a place is missing from the map, and the reader should not have to guess why.
import { unknownUnitsOf } from '../../../data/data-problems';
import type { Practice, Unit } from '../../../data/schemas';
import type { Translate } from '../../../i18n/translate';

export function UnknownUnits({
  practice,
  lookup,
  t,
}: {
  practice: Practice;
  lookup: (terc: string) => Unit | undefined;
  t: Translate;
}) {
  const unknown = unknownUnitsOf(practice, lookup);
  if (unknown.length === 0) return null;
  return (
    <ul className="practice-detail__unknown-units" role="note">
      {unknown.map(({ terc, role }) => (
        <li key={terc}>
          {t('detail.unknownUnit', { terc, role: t(`dataProblems.role.${role}`) })}
        </li>
      ))}
    </ul>
  );
}
