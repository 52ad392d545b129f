// gazetteer.json's columns ⇄ the units the app reads. What the file leaves out (level, parents,
// gmina type, powiat rights) follows from the TERC code; the build encodes only a gazetteer whose
// units say exactly that, so nothing is lost on the way (no zod here: this runs on the first load).
import type { Gazetteer, GazetteerFile, Unit } from './schemas';
import { gminaTypeOf, isCityWithPowiatRights, powiatCodeOf, tercLevel } from './terc';

export const GAZETTEER_FILE_VERSION = 2;

/** The unit of code `terc` (a valid TERC code) with the fields that follow from it. */
function unitOf(terc: string, name: string, label: Unit['label'], bbox: Unit['bbox']): Unit {
  const level = tercLevel(terc) ?? 'gmina';
  const gminaType = gminaTypeOf(terc);
  return {
    terc,
    name,
    level,
    ...(gminaType ? { gminaType } : {}),
    cityWithPowiatRights: isCityWithPowiatRights(terc),
    ...(level === 'gmina' ? { powiat: powiatCodeOf(terc) ?? undefined } : {}),
    ...(level !== 'voivodeship' ? { voivodeship: terc.slice(0, 2) } : {}),
    label,
    bbox,
  };
}

/** The units of a validated gazetteer file (gazetteerSchema or isPlainGazetteer said yes). */
export function decodeGazetteer(file: GazetteerFile): Gazetteer {
  const units = file.terc.map((terc, i) =>
    unitOf(terc, file.name[i] ?? '', file.label[i] ?? [0, 0], file.bbox[i] ?? [0, 0, 0, 0]),
  );
  return { units };
}

/**
 * The file of a gazetteer. Throws, naming the unit, when a unit's level, parents, gmina type or
 * powiat rights are not what its code says: the file could not carry them.
 */
export function encodeGazetteer(gazetteer: Gazetteer): GazetteerFile {
  for (const unit of gazetteer.units) {
    const derived = unitOf(unit.terc, unit.name, unit.label, unit.bbox);
    for (const key of [
      'level',
      'gminaType',
      'cityWithPowiatRights',
      'powiat',
      'voivodeship',
    ] as const) {
      if (derived[key] !== unit[key]) {
        throw new Error(
          `gazetteer unit ${unit.terc}: ${key} is ${String(unit[key])}, its code says ${String(derived[key])}`,
        );
      }
    }
  }
  return {
    version: GAZETTEER_FILE_VERSION,
    terc: gazetteer.units.map((unit) => unit.terc),
    name: gazetteer.units.map((unit) => unit.name),
    label: gazetteer.units.map((unit) => unit.label),
    bbox: gazetteer.units.map((unit) => unit.bbox),
  };
}
