// A failed load of one of the app's data files, with what the UI needs to say which file,
// which record and what went wrong.
import type { z } from 'zod';

export type DataLoadErrorKind = 'http' | 'network' | 'parse' | 'schema';

export interface DataLoadErrorDetails {
  file: string;
  kind: DataLoadErrorKind;
  /** Human-readable detail: the HTTP status, the parser's or the schema's message. */
  detail: string;
  /** Schema failures: where in the file, e.g. `units[12].terc (record 1206113)`. */
  where?: string;
  status?: number;
}

export class DataLoadError extends Error {
  readonly file: string;
  readonly kind: DataLoadErrorKind;
  readonly detail: string;
  readonly where: string | undefined;
  readonly status: number | undefined;

  constructor(details: DataLoadErrorDetails, options?: { cause?: unknown }) {
    const where = details.where ? ` at ${details.where}` : '';
    super(`Could not load ${details.file} (${details.kind}${where}): ${details.detail}`, options);
    this.name = 'DataLoadError';
    this.file = details.file;
    this.kind = details.kind;
    this.detail = details.detail;
    this.where = details.where;
    this.status = details.status;
  }
}

/** `units[12].terc` from zod's path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(root)' : text;
}

/**
 * The first record on the path that carries an identifier (`terc` or `id`), so a message can
 * name it: a reader finds `1206113` faster than `units[1234]`. Render it as text (it is data).
 */
export function recordIdOnPath(data: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = data;
  let found: string | undefined;
  // a file of columns (gazetteer.json): entry i of any column is the unit whose code is terc[i]
  const codes = (data as { terc?: unknown } | null)?.terc;
  const [column, row] = path;
  if (Array.isArray(codes) && column !== 'terc' && typeof row === 'number') {
    const code: unknown = codes[row];
    if (typeof code === 'string') return code;
  }
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (typeof key === 'number' && node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const id = record.terc ?? record.id;
      // in full: a shortened id may name another record, or none
      if (typeof id === 'string' || typeof id === 'number') found = String(id);
    }
  }
  return found;
}

/** A DataLoadError for the first issue of a failed schema parse. */
export function schemaError(file: string, data: unknown, error: z.ZodError): DataLoadError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const record = recordIdOnPath(data, path);
  const where = formatIssuePath(path) + (record ? ` (record ${record})` : '');
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : '';
  return new DataLoadError(
    { file, kind: 'schema', where, detail: (issue?.message ?? 'invalid') + more },
    { cause: error },
  );
}
