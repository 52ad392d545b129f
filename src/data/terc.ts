// TERC (TERYT) codes: `WW` voivodeship, `WWPP` powiat, `WWPPGGR` gmina, where R is the gmina type.
// Places are always keyed by these codes, never by name (names repeat and change).

export type UnitLevel = 'voivodeship' | 'powiat' | 'gmina';
export type GminaType = 'urban' | 'rural' | 'urban-rural';

const GMINA_TYPE_BY_DIGIT: Record<string, GminaType> = {
  '1': 'urban',
  '2': 'rural',
  '3': 'urban-rural',
};

// WW, WWPP or WWPPGGR; no part is ever 00 (numbering starts at 01).
const TERC_PATTERN = /^(?!00)\d{2}(?:(?!00)\d{2}(?:(?!00)\d{2}[123])?)?$/;

/** True when `code` has the shape of a voivodeship, powiat or gmina TERC code. */
export function isTercCode(code: string): boolean {
  return TERC_PATTERN.test(code);
}

/** The level of a TERC code, or null when the code is malformed. */
export function tercLevel(code: string): UnitLevel | null {
  if (!isTercCode(code)) return null;
  if (code.length === 2) return 'voivodeship';
  if (code.length === 4) return 'powiat';
  return 'gmina';
}

/** The gmina type encoded in the last digit of a 7-digit code. */
export function gminaTypeOf(code: string): GminaType | null {
  if (tercLevel(code) !== 'gmina') return null;
  return GMINA_TYPE_BY_DIGIT[code.charAt(6)] ?? null;
}

export function voivodeshipCodeOf(code: string): string {
  return code.slice(0, 2);
}

/** The powiat of a gmina or powiat code; null for a voivodeship. */
export function powiatCodeOf(code: string): string | null {
  return code.length >= 4 ? code.slice(0, 4) : null;
}

/** Powiat numbers 61–99 within a voivodeship are cities with powiat rights (e.g. 1261 Kraków). */
export function isCityWithPowiatRights(code: string): boolean {
  if (!isTercCode(code) || code.length < 4) return false;
  return Number(code.slice(2, 4)) >= 61;
}
