// What a link had that could not be used, and the tolerant reading both parts of the link share
// (the query, read by url-state.ts, and the map view in the hash, read by url-map-hash.ts): every
// value is hostile until checked, undecodable %-sequences are reported, not thrown, and what is
// quoted back is shortened.

/**
 * Why part of a link was not applied as written. Codes, translated by the UI (never shown raw).
 * `reversed-range`, `truncated` and `out-of-range` mean the value was corrected and applied; all
 * the others mean it was dropped.
 */
export type UrlIssueReason =
  /** Not a key of the link format (also keys in another case: `Region`). */
  | 'unknown-key'
  /** Not a valid value for its key: unknown slug, malformed TERC code or id, bad year range. */
  | 'invalid-value'
  /** %-encoding that does not decode to text (`%E0%A4%A`, `%zz`). */
  | 'malformed-encoding'
  /** A value far longer than any valid one; dropped without looking further. */
  | 'too-long'
  /** More region codes than MAX_REGIONS; the extra ones are dropped. */
  | 'too-many-values'
  /** A single-valued key given again; the first valid value is kept. */
  | 'repeated-key'
  /** `years=2015-2010`: applied as 2010-2015. */
  | 'reversed-range'
  /** `q` longer than MAX_QUERY_LENGTH: cut to it. */
  | 'truncated'
  /** Map zoom or centre outside MAP_VIEW_LIMITS: moved to the nearest allowed value. */
  | 'out-of-range'
  /** More than MAX_PARAMS parameters; `value` holds how many were not read. */
  | 'too-many-params'
  /** Data step (validateViewState): a well-formed TERC code that is not in the gazetteer. */
  | 'unknown-region'
  /** Data step (validateViewState): no practice has this id. */
  | 'unknown-practice';

export interface UrlIssue {
  /** The key as written (decoded when possible; shortened; '' for too-many-params). */
  key: string;
  /** The offending value or list item as written (decoded when possible; shortened). Plain text: render it as text, never as HTML. */
  value: string;
  reason: UrlIssueReason;
}

/** Parameters read from one query string (or hash); the rest are reported once and skipped. */
export const MAX_PARAMS = 100;
/** Longest key or value quoted back in a UrlIssue. */
const MAX_QUOTED_LENGTH = 80;

/** A key or value as quoted back in a UrlIssue: at most MAX_QUOTED_LENGTH code points. */
export function quoteInIssue(text: string): string {
  const codePoints = Array.from(
    text.length > MAX_QUOTED_LENGTH * 2 ? text.slice(0, MAX_QUOTED_LENGTH * 2) : text,
  );
  return codePoints.length > MAX_QUOTED_LENGTH
    ? `${codePoints.slice(0, MAX_QUOTED_LENGTH).join('')}…`
    : codePoints.join('');
}

/** decodeURIComponent with `+` as space (form encoding); null when the %-encoding is broken. */
export function decodeUrlComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
