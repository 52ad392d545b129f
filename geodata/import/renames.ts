// Names that documents use for a unit besides the one in the register of boundaries (PRG, state
// of 2020): historic names and spellings. A name that is not in the gazetteer is looked up under
// its other name in either direction, so the table keeps working when the gazetteer moves to a
// newer state of the register. Each entry says what changed so a reviewer can check it.
interface Rename {
  /** The older or informal name. */
  from: string;
  /** The newer or register name. */
  to: string;
  level: 'gmina' | 'powiat';
  note: string;
}

export const RENAMES: readonly Rename[] = [
  {
    from: 'Stargard Szczeciński',
    to: 'Stargard',
    level: 'gmina',
    note: 'renamed Stargard on 1 January 2016 (the town 3214011 and the rural gmina 3214102)',
  },
  {
    from: 'Dobra Szczecińska',
    to: 'Dobra (Szczecińska)',
    level: 'gmina',
    note: 'the register writes the distinguishing adjective in parentheses (3211012)',
  },
  {
    from: 'Słupia Jędrzejowska',
    to: 'Słupia (Jędrzejowska)',
    level: 'gmina',
    note: 'the register writes the distinguishing adjective in parentheses (2602072)',
  },
  {
    from: 'jeleniogórski',
    to: 'karkonoski',
    level: 'powiat',
    note: 'powiat jeleniogórski renamed karkonoski on 1 January 2021',
  },
];
