import type { z } from 'zod';
import { DataLoadError, schemaError } from './data-load-error';

/** The URL of a file under public/, honouring Vite's base path. */
function dataFileUrl(file: string): string {
  return `${import.meta.env.BASE_URL}${file}`;
}

export interface FetchDataFileOptions<T> {
  signal?: AbortSignal;
  /**
   * A quicker check written from the same schema: true only when the data passes the schema and
   * the schema would return it unchanged. When it says false, the schema decides (and names the
   * error).
   */
  accept?: (data: unknown) => data is T;
}

/**
 * Fetches one of the app's static JSON files and parses it, not yet validated: a failed request,
 * an HTTP error or text that is not JSON becomes a DataLoadError naming the file.
 */
export async function fetchJsonFile(file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(dataFileUrl(file), { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DataLoadError({ file, kind: 'network', detail }, { cause });
  }
  if (!response.ok) {
    const status = response.status;
    throw new DataLoadError({ file, kind: 'http', status, detail: `HTTP ${status}` });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    // the connection broke while the body was arriving
    if (signal?.aborted) throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DataLoadError({ file, kind: 'network', detail }, { cause });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DataLoadError({ file, kind: 'parse', detail }, { cause });
  }
}

/**
 * Fetches one of the app's static JSON files and validates it at the boundary: whatever goes
 * wrong becomes a DataLoadError naming the file (and, for bad content, the record and field).
 */
export async function fetchDataFile<S extends z.ZodType>(
  file: string,
  /** The schema, or a function that loads it (zod then loads only when `accept` says no). */
  schema: S | (() => Promise<S>),
  { signal, accept }: FetchDataFileOptions<z.infer<S>> = {},
): Promise<z.infer<S>> {
  const data = await fetchJsonFile(file, signal);
  if (accept?.(data)) return data;
  const result = (typeof schema === 'function' ? await schema() : schema).safeParse(data);
  if (!result.success) throw schemaError(file, data, result.error);
  return result.data;
}
