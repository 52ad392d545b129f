import { afterEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { shouldRetry } from '../../src/app/query-client';
import { DataLoadError, formatIssuePath, recordIdOnPath } from '../../src/data/data-load-error';
import { fetchDataFile } from '../../src/data/fetch-data-file';
import { gazetteerSchema } from '../../src/data/schemas';

afterEach(() => vi.unstubAllGlobals());

function serve(status: number, body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}
async function failure(promise: Promise<unknown>): Promise<DataLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataLoadError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loading a data file', () => {
  test('validates and returns the data', async () => {
    const empty = { version: 2, terc: [], name: [], label: [], bbox: [] };
    serve(200, JSON.stringify(empty));
    await expect(fetchDataFile('data/gazetteer.json', gazetteerSchema)).resolves.toEqual(empty);
  });

  test('an HTTP error names the file and the status', async () => {
    serve(404, 'nope');
    const error = await failure(fetchDataFile('data/gazetteer.json', gazetteerSchema));
    expect(error).toMatchObject({ file: 'data/gazetteer.json', kind: 'http', status: 404 });
    expect(error.message).toContain('data/gazetteer.json');
  });

  test('a network failure names the file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await failure(fetchDataFile('data/gazetteer.json', gazetteerSchema));
    expect(error).toMatchObject({ kind: 'network', detail: 'Failed to fetch' });
  });

  test('a body that is not JSON names the file', async () => {
    serve(200, '<!doctype html>');
    const error = await failure(fetchDataFile('data/boundaries.topo.json', z.unknown()));
    expect(error).toMatchObject({ file: 'data/boundaries.topo.json', kind: 'parse' });
  });

  test('a schema failure names the path and the record by its code', async () => {
    // columns: entry 1 of each is unit 1206113
    const file = {
      version: 2,
      terc: ['12', '1206113'],
      name: ['małopolskie', ''],
      label: [
        [19, 50],
        [19, 50],
      ],
      bbox: [
        [19, 49, 21, 50],
        [19, 49, 21, 50],
      ],
    };
    serve(200, JSON.stringify(file));
    const error = await failure(fetchDataFile('data/gazetteer.json', gazetteerSchema));
    expect(error).toMatchObject({ kind: 'schema', where: 'name[1] (record 1206113)' });
    expect(error.message).toContain('data/gazetteer.json');
  });
});

describe('error details', () => {
  test('zod paths read as in code', () => {
    expect(formatIssuePath(['units', 12, 'terc'])).toBe('units[12].terc');
    expect(formatIssuePath(['objects', 'gmina', 'geometries', 3, 'id'])).toBe(
      'objects.gmina.geometries[3].id',
    );
    expect(formatIssuePath([])).toBe('(root)');
  });

  test('the nearest record with an id is named, in full (issue 11: a cut id may name another)', () => {
    const data = { units: [{ terc: 'x'.repeat(500) }] };
    expect(recordIdOnPath(data, ['units', 0, 'name'])).toBe('x'.repeat(500));
    expect(recordIdOnPath({ a: [1] }, ['a', 0])).toBeUndefined();
  });

  test('missing or malformed files are not retried; connection problems are', () => {
    const file = 'data/gazetteer.json';
    expect(shouldRetry(0, new DataLoadError({ file, kind: 'schema', detail: '' }))).toBe(false);
    expect(shouldRetry(0, new DataLoadError({ file, kind: 'http', status: 404, detail: '' }))).toBe(
      false,
    );
    expect(shouldRetry(0, new DataLoadError({ file, kind: 'http', status: 503, detail: '' }))).toBe(
      true,
    );
    expect(shouldRetry(0, new DataLoadError({ file, kind: 'network', detail: '' }))).toBe(true);
    expect(shouldRetry(2, new DataLoadError({ file, kind: 'network', detail: '' }))).toBe(false);
  });
});
