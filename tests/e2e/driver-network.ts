// The network as the app under test sees it: only the local server is real; every other request
// (the base map's tiles among them) is stubbed, so no spec depends on the internet.
import type { BrowserContext, Route } from 'playwright-core';

/** 1×1 transparent PNG, served in place of map tiles when a spec wants tiles to "load". */
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export type TileMode = 'fail' | 'blank';

/**
 * Every request that does not go to `baseUrl` is stubbed: images (the base map's tiles) get a
 * 404 or a blank PNG, everything else is aborted. Returns the set of stubbed URLs so that the
 * browser's own "Failed to load resource" messages about them can be told apart from real
 * errors.
 */
export async function stubTheInternet(
  context: BrowserContext,
  baseUrl: string,
  tiles: TileMode,
): Promise<Set<string>> {
  const stubbed = new Set<string>();
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.fallback();
      return;
    }
    stubbed.add(url);
    if (request.resourceType() === 'image') {
      await (tiles === 'blank'
        ? route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG })
        : route.fulfill({ status: 404, contentType: 'text/plain', body: 'stubbed tile' }));
      return;
    }
    await route.abort('internetdisconnected');
  });
  return stubbed;
}

// ---------------------------------------------------------------------------------------------
// Fault injection for the app's own data files (issue 11): each file can be made to fail the way
// real hosting fails (a status, a dropped connection, an empty or cut body, another shape, an
// edited record, a slow answer) and later repaired, so a spec can press "retry".

/** The app's data files by name (`practices`, `gazetteer`, `boundaries`). */
export type DataFileName = 'boundaries' | 'gazetteer' | 'practices';

export type DataFault =
  /** The server answers with this status (404, 500…). */
  | { kind: 'status'; status: number }
  /** The connection is dropped. */
  | { kind: 'abort' }
  /** 200 with an empty body. */
  | { kind: 'empty' }
  /** 200 with the real file cut in half. */
  | { kind: 'truncated' }
  /** 200 with this JSON instead of the file (another shape). */
  | { kind: 'replace'; json: unknown }
  /** 200 with the real file as `edit` changes it (a bad record, a repeated id…). */
  | { kind: 'edit'; edit: (data: unknown) => unknown }
  /** The real file, answered only when the spec calls `release`. */
  | { kind: 'slow' };

export type DataFaults = Partial<Record<DataFileName, DataFault>>;

/** The spec's hand on the data files while the app runs. */
export interface DataFaultControl {
  /** Serve the real file from now on (then the person can retry). */
  repair(file: DataFileName): void;
  /** Answer the held requests of a slow file (and serve it at once from now on). */
  release(file: DataFileName): void;
  /** How many times the app asked for the file. */
  requests(file: DataFileName): number;
}

/**
 * Serves the app's data files from `baseUrl` with the given faults. The failing URLs are added to
 * `stubbed`, so the browser's own "Failed to load resource" messages about them are expected.
 */
export async function injectDataFaults(
  context: BrowserContext,
  baseUrl: string,
  dataPaths: Record<DataFileName, string>,
  faults: DataFaults,
  stubbed: Set<string>,
): Promise<DataFaultControl> {
  const active = new Map(Object.entries(faults) as [DataFileName, DataFault][]);
  const counts = new Map<DataFileName, number>();
  const held = new Map<DataFileName, (() => void)[]>();
  const byUrl = new Map<string, DataFileName>();
  for (const [name, path] of Object.entries(dataPaths) as [DataFileName, string][]) {
    const url = new URL(path, baseUrl).href;
    byUrl.set(url, name);
    if (faults[name]) stubbed.add(url);
  }

  await context.route(
    (url) => byUrl.has(url.href.split('?')[0] ?? ''),
    async (route: Route) => {
      const name = byUrl.get(route.request().url().split('?')[0] ?? '');
      if (!name) return route.fallback();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      const fault = active.get(name);
      if (!fault) return route.fallback();
      switch (fault.kind) {
        case 'status':
          return route.fulfill({ status: fault.status, contentType: 'text/plain', body: 'fault' });
        case 'abort':
          return route.abort('connectionreset');
        case 'empty':
          return route.fulfill({ status: 200, contentType: 'application/json', body: '' });
        case 'replace':
          return route.fulfill({ status: 200, json: fault.json });
        case 'truncated': {
          const body = await (await route.fetch()).text();
          const half = body.slice(0, Math.floor(body.length / 2));
          return route.fulfill({ status: 200, contentType: 'application/json', body: half });
        }
        case 'edit': {
          const data: unknown = await (await route.fetch()).json();
          return route.fulfill({ status: 200, json: fault.edit(data) });
        }
        case 'slow': {
          await new Promise<void>((resolve) =>
            held.set(name, [...(held.get(name) ?? []), resolve]),
          );
          return route.fallback();
        }
      }
    },
  );

  return {
    repair(file) {
      active.delete(file);
    },
    release(file) {
      active.delete(file);
      for (const resolve of held.get(file) ?? []) resolve();
      held.delete(file);
    },
    requests(file) {
      return counts.get(file) ?? 0;
    },
  };
}
