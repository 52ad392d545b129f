// Issue 11: a bad part of the data must not take out the rest. Each story breaks one data file
// the way real hosting or a bad edit breaks it, and asserts what the person sees.
import { afterAll, describe, expect, test } from 'vitest';
import { DATA_FILES } from '../../src/config/data-files';
import {
  closeBrowser,
  openApp,
  servedGazetteer,
  servedPractices,
  type DataFault,
  type DataFileName,
} from './driver';

afterAll(closeBrowser);

const LOADING = 'Wczytywanie praktyk…';
const UNAVAILABLE = 'praktyki niedostępne';
/** "151 praktyk": the count of `n` practices as the count writes it. */
const counted = (n: number) => new RegExp(`^${n} praktyk`);

type Practices = { version: number; practices: Record<string, unknown>[] };
const editPractices = (change: (file: Practices) => void) => (data: unknown) => {
  const file = structuredClone(data) as Practices;
  change(file);
  return file;
};

async function openBroken(file: DataFileName, fault: DataFault, query?: string) {
  const app = await openApp({ data: { [file]: fault }, ...(query ? { query } : {}) });
  return app;
}

describe('a data file that cannot be loaded is named, and the rest of the app works', () => {
  test('practices 404: named, the count and the list say "praktyki niedostępne", the map draws', async () => {
    const app = await openBroken('practices', { kind: 'status', status: 404 }, 'view=list');
    await expect.poll(() => app.alerts()).toEqual([expect.stringContaining(DATA_FILES.practices)]);
    expect((await app.alerts())[0]).toContain('404');
    await app.waitForMapReady();
    expect(await app.resultCountText()).toBe(UNAVAILABLE);
    expect(await app.resultsStatus()).toBe(UNAVAILABLE);
    // nothing on the page still says it is loading them
    expect(await app.pageText()).not.toContain(LOADING);
    expect(app.problems()).toEqual([]);
  });

  test('gazetteer 404: named, and every practice is still counted and listed', async () => {
    const practices = await servedPractices();
    const app = await openBroken('gazetteer', { kind: 'status', status: 404 }, 'view=list');
    await expect.poll(() => app.alerts()).toEqual([expect.stringContaining(DATA_FILES.gazetteer)]);
    await expect.poll(() => app.resultCountText()).toMatch(counted(practices.length));
    expect(await app.resultIds()).toHaveLength(practices.length);
    expect(app.problems()).toEqual([]);
  });

  test('practices 500: the alert stays through view switches without a refetch, until a retry', async () => {
    const practices = await servedPractices();
    const app = await openBroken('practices', { kind: 'status', status: 500 });
    await expect
      .poll(() => app.alerts(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('500')]);
    const asked = app.data.requests('practices');
    for (const view of ['list', 'table', 'map', 'list'] as const) {
      await app.showView(view);
      expect(await app.alerts()).toEqual([expect.stringContaining(DATA_FILES.practices)]);
      expect(await app.resultCountText()).toBe(UNAVAILABLE);
    }
    expect(app.data.requests('practices')).toBe(asked);

    app.data.repair('practices');
    await app.retryLoading(DATA_FILES.practices);
    await expect.poll(() => app.resultCountText()).toMatch(counted(practices.length));
    expect(await app.alerts()).toEqual([]);
    expect(app.problems()).toEqual([]);
  });

  test('boundaries, connection dropped: named, retryable, then drawn', async () => {
    const app = await openBroken('boundaries', { kind: 'abort' });
    await expect
      .poll(() => app.alerts(), { timeout: 15_000 })
      .toEqual([expect.stringContaining(DATA_FILES.boundaries)]);
    expect((await app.alerts())[0]).toContain('brak połączenia');
    app.data.repair('boundaries');
    await app.retryLoading(DATA_FILES.boundaries);
    await app.waitForMapReady();
    await expect.poll(() => app.alerts()).toEqual([]);
    expect(app.problems()).toEqual([]);
  });

  test('gazetteer, empty body: named as not JSON', async () => {
    const app = await openBroken('gazetteer', { kind: 'empty' });
    await expect
      .poll(() => app.alerts())
      .toEqual([
        expect.stringContaining(`Plik ${DATA_FILES.gazetteer} nie jest poprawnym plikiem JSON`),
      ]);
    expect(app.problems()).toEqual([]);
  });

  test('practices, truncated: named as not JSON; the count says unavailable', async () => {
    const app = await openBroken('practices', { kind: 'truncated' });
    await expect
      .poll(() => app.alerts())
      .toEqual([
        expect.stringContaining(`Plik ${DATA_FILES.practices} nie jest poprawnym plikiem JSON`),
      ]);
    expect(await app.resultCountText()).toBe(UNAVAILABLE);
    expect(app.problems()).toEqual([]);
  });

  test('practices of the wrong shape: named with where it is wrong', async () => {
    const app = await openBroken('practices', {
      kind: 'replace',
      json: { version: 1, practices: { not: 'a list' } },
    });
    await expect
      .poll(() => app.alerts())
      .toEqual([
        expect.stringContaining(
          `Plik ${DATA_FILES.practices} ma nieprawidłową zawartość: practices`,
        ),
      ]);
    expect(await app.resultCountText()).toBe(UNAVAILABLE);
    expect(app.problems()).toEqual([]);
  });

  test('a boundary file that refers to a missing arc: named and retryable, not a crash', async () => {
    let arcCount = 0;
    const app = await openBroken('boundaries', {
      kind: 'edit',
      edit: (data) => {
        const topology = structuredClone(data) as {
          arcs: unknown[];
          objects: { gmina: { geometries: { arcs: unknown }[] } };
        };
        arcCount = topology.arcs.length;
        const geometry = topology.objects.gmina.geometries[0];
        if (geometry) geometry.arcs = [[arcCount + 7]];
        return topology;
      },
    });
    await expect.poll(() => app.alerts()).toEqual([expect.stringContaining(DATA_FILES.boundaries)]);
    const [alert] = await app.alerts();
    expect(alert).toContain(`arc ${arcCount + 7} does not exist`);
    expect(alert).not.toContain('Nie udało się pokazać');

    app.data.repair('boundaries');
    await app.retryLoading(DATA_FILES.boundaries);
    await app.waitForMapReady();
    await expect.poll(() => app.alerts()).toEqual([]);
    expect(app.problems()).toEqual([]);
  });

  test('a slow practices file: "loading" while it comes, then the count', async () => {
    const practices = await servedPractices();
    const app = await openBroken('practices', { kind: 'slow' });
    // the request is on its way and held
    await expect.poll(() => app.data.requests('practices')).toBe(1);
    expect(await app.resultCountText()).toBe(LOADING);
    expect(await app.alerts()).toEqual([]);
    app.data.release('practices');
    await expect.poll(() => app.resultCountText()).toMatch(counted(practices.length));
    expect(app.problems()).toEqual([]);
  });
});

describe('a bad record is left out and named; the others are shown', () => {
  test('one bad record: the other practices are shown, the left-out one named in full with where and why', async () => {
    const practices = await servedPractices();
    const victim = practices[7];
    if (!victim) throw new Error('the served practices are too few');
    const app = await openBroken('practices', {
      kind: 'edit',
      edit: editPractices(({ practices: list }) => {
        const record = list[7];
        if (record) record.yearStarted = 'dawno';
      }),
    });
    await expect.poll(() => app.resultCountText()).toMatch(counted(practices.length - 1));
    const notice = await app.dataProblems();
    expect(notice).toContain(
      `Plik ${DATA_FILES.practices}, practices[7].yearStarted: pominięto praktykę ${victim.id}`,
    );
    expect(await app.alerts()).toEqual([]);
    expect(app.problems()).toEqual([]);
  });

  test('a repeated id: flagged naming both records, counted once', async () => {
    const practices = await servedPractices();
    const original = practices[3];
    if (!original) throw new Error('the served practices are too few');
    const app = await openBroken('practices', {
      kind: 'edit',
      edit: editPractices(({ practices: list }) => {
        list.push({ ...list[3], title: 'Kopia podszywająca się pod oryginał' });
      }),
    });
    await expect.poll(() => app.resultCountText()).toMatch(counted(practices.length));
    expect(await app.dataProblems()).toContain(
      `identyfikator ${original.id} powtarza się (practices[3] i practices[${practices.length}])`,
    );
    expect(app.problems()).toEqual([]);
  });

  test('a leader with a TERC code the gazetteer does not know: said in the notice and the detail', async () => {
    const practices = await servedPractices();
    const { units } = await servedGazetteer();
    const known = new Set(units.map((unit) => unit.terc));
    const unknown = ['0299013', '3299013', '2299993'].find((code) => !known.has(code));
    const practice = practices[5];
    if (!practice || !unknown) throw new Error('no practice or no unknown code to use');
    const app = await openBroken(
      'practices',
      {
        kind: 'edit',
        edit: editPractices(({ practices: list }) => {
          const record = list[5];
          if (record) record.leader = unknown;
        }),
      },
      `practice=${practice.id}`,
    );
    expect(await app.practiceDetailText()).toContain(
      `Kod TERC ${unknown} (lider) nie występuje na liście jednostek`,
    );
    expect(await app.dataProblems()).toContain(
      `Praktyka ${practice.id}: lider ma kod TERC ${unknown}, którego nie ma na liście jednostek.`,
    );
    expect(app.problems()).toEqual([]);
  });
});
