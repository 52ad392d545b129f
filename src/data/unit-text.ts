// How units are named in the UI: type words and names with their parents, in either language.
import type { Unit } from './schemas';
import type { MessageKey } from '../i18n/messages-pl';
import type { Translate } from '../i18n/translate';

type TypeKey = Extract<MessageKey, `unit.type.${string}`>;

const GMINA_TYPE_KEYS = {
  urban: 'unit.type.gminaUrban',
  rural: 'unit.type.gminaRural',
  'urban-rural': 'unit.type.gminaUrbanRural',
} as const satisfies Record<NonNullable<Unit['gminaType']>, TypeKey>;

/** The catalogue key of a unit's type words: `gmina miejsko-wiejska`, `miasto na prawach powiatu`… */
export function unitTypeKey(unit: Unit): TypeKey {
  if (unit.level === 'voivodeship') return 'unit.type.voivodeship';
  if (unit.cityWithPowiatRights) return 'unit.type.cityWithPowiatRights';
  if (unit.level === 'powiat') return 'unit.type.powiat';
  return unit.gminaType ? GMINA_TYPE_KEYS[unit.gminaType] : 'unit.type.gmina';
}

/** `Skawina`, `powiat krakowski`, `Kraków` (a city with powiat rights), `małopolskie`. */
export function formatUnitName(unit: Unit, t: Translate): string {
  if (unit.level === 'powiat' && !unit.cityWithPowiatRights) {
    return t('unit.powiatName', { name: unit.name });
  }
  return unit.name;
}

/**
 * The unit one level up that a reader needs to place it: a gmina's powiat, a powiat's
 * voivodeship. A city with powiat rights is its own powiat, so its voivodeship is named instead.
 */
function parentOf(unit: Unit, lookup: (terc: string) => Unit | undefined): Unit | undefined {
  if (unit.level === 'gmina' && !unit.cityWithPowiatRights && unit.powiat) {
    return lookup(unit.powiat);
  }
  return unit.voivodeship ? lookup(unit.voivodeship) : undefined;
}

/** `Kościerzyna — gmina wiejska, powiat kościerski`; `pomorskie — województwo`. */
export function describeUnit(
  unit: Unit,
  lookup: (terc: string) => Unit | undefined,
  t: Translate,
): string {
  const name = formatUnitName(unit, t);
  const type = t(unitTypeKey(unit));
  const parent = parentOf(unit, lookup);
  return parent
    ? t('unit.description', { name, type, parent: formatUnitName(parent, t) })
    : t('unit.descriptionTopLevel', { name, type });
}
