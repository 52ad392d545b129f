// What every step of one import shares: the gazetteer's name index, and the editor's decisions
// with the keys of those that matched a record (the report names the others).
import type { Decisions } from './decisions';
import type { GazetteerIndex } from './unit-name-index';

export interface ImportContext {
  index: GazetteerIndex;
  decisions: Decisions;
  /** Keys (decisionKey) of the decisions that matched a record. */
  usedDecisions: Set<string>;
  /** The source file's name: decisions for another file are not reported as unused. */
  source?: string;
}
