// Whether a practice's area is known only roughly. The importer places a partnership whose members
// it could not name at the powiat or voivodeship its source gives (geodata/import: "the record's
// powiat / voivodeship"); drawn as it is, such a practice would seem to cover every gmina there.
// Its mark in the data: every territory unit lies above gmina level and none of them is a named
// local-government partner (a voivodeship that is itself a member, as in Euroregion Tatry, is a
// real member, not a rough area).
import type { Practice } from './schemas';
import { tercLevel } from './terc';

/** The level at which the area is known when it is known only roughly, else null. */
export function areaKnownOnlyAt(practice: Practice): 'voivodeship' | 'powiat' | null {
  const levels = practice.territory.map((code) => tercLevel(code));
  if (levels.some((level) => level !== 'voivodeship' && level !== 'powiat')) return null;
  const members = new Set(practice.partners.flatMap((partner) => partner.terc ?? []));
  if (practice.territory.some((code) => members.has(code))) return null;
  return levels.includes('powiat') ? 'powiat' : 'voivodeship';
}
