// The story of issue 13: a person proposes a partnership of a town and the rural gmina of the
// same name (Kościerzyna), downloads the proposal, and an editor imports the download unchanged
// with `npm run data:import` into a practice that passes `npm run data:check`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../geodata/paths';
import { closeProposeBrowser, openForProposing } from './driver-propose';

const work = mkdtempSync(path.join(os.tmpdir(), 'propose-e2e-'));

afterAll(async () => {
  await closeProposeBrowser();
  rmSync(work, { recursive: true, force: true });
});

function npmRun(script: string, ...args: string[]) {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return spawnSync(process.execPath, [tsx, path.join(PROJECT_ROOT, 'geodata', script), ...args], {
    encoding: 'utf8',
    cwd: PROJECT_ROOT,
  });
}

test('propose Kościerzyna town and rural gmina, download, import, check', async () => {
  const app = await openForProposing();
  // the form's code is not part of the first load
  expect((await app.loadedScripts()).some((name) => name.startsWith('propose-form'))).toBe(false);
  await app.openProposeForm();
  expect((await app.loadedScripts()).some((name) => name.startsWith('propose-form'))).toBe(true);

  await app.fillField('Nazwa praktyki', 'Wspólny transport Kościerzyny');
  // checked as the person types
  await app.fillField('Krótki opis (1–2 zdania)', 'Za krótko');
  expect(await app.formProblems()).toContain('Opisz praktykę w co najmniej 20 znakach.');
  await app.fillField(
    'Krótki opis (1–2 zdania)',
    'Miasto Kościerzyna i gmina wiejska Kościerzyna wspólnie organizują komunikację autobusową.',
  );
  await app.fillField('Adres źródła 1', 'ftp://example.pl');
  expect(await app.formProblems()).toContain('Adres musi zaczynać się od http:// lub https://.');
  await app.fillField('Adres źródła 1', 'https://www.koscierzyna.example/transport');
  expect(await app.formProblems()).toEqual([]);

  // the draft survives a closed tab
  await app.reloadPage();
  await app.waitForExplorerReady();
  await app.openProposeForm();

  await app.chooseOption('Rodzaj praktyki', 'Współpraca międzysamorządowa');
  await app.chooseOption('Forma współpracy', 'Porozumienie międzygminne');
  await app.fillField('Rok rozpoczęcia (jeśli znany)', '2021');
  await app.pickUnit(
    'Jednostka wiodąca: Szukaj gminy, powiatu lub województwa',
    'Kościerzyna',
    'Kościerzyna — gmina miejska',
  );
  await app.pickUnit(
    'Pozostali członkowie (samorządy): Szukaj gminy, powiatu lub województwa',
    'Kościerzyna',
    'Kościerzyna — gmina wiejska',
  );
  expect(await app.leader()).toMatch(/^Kościerzyna — gmina miejska/);
  expect(await app.members()).toEqual([expect.stringMatching(/^Kościerzyna — gmina wiejska/)]);
  expect(await app.status()).toBe('Zgłoszenie jest kompletne.');

  const file = path.join(work, 'zgloszenie.json');
  expect(await app.downloadProposal(file)).toBe('zgloszenie-wspolny-transport-koscierzyny.json');
  const [record] = JSON.parse(readFileSync(file, 'utf8')) as {
    title: string;
    members: { name: string; terc: string }[];
  }[];
  expect(record?.title).toBe('Wspólny transport Kościerzyny');
  expect(record?.members).toEqual([
    { name: 'Gmina miejska Kościerzyna', kind: 'gmina', terc: '2206011' },
    { name: 'Gmina wiejska Kościerzyna', kind: 'gmina', terc: '2206042' },
  ]);
  expect(app.problems()).toEqual([]);

  // the editor's side: the download, unchanged
  const out = path.join(work, 'practices');
  const imported = npmRun('import/cli.ts', file, '--out', out);
  expect(imported.stderr).toBe('');
  expect(imported.status).toBe(0);
  expect(imported.stdout).toMatch(/1 created/);
  const practice = JSON.parse(
    readFileSync(path.join(out, 'wspolny-transport-koscierzyny.json'), 'utf8'),
  ) as { leader: string; territory: string[]; type: string; form: string; yearStarted: number };
  expect(practice).toMatchObject({
    leader: '2206011',
    territory: ['2206011', '2206042'],
    type: 'inter-municipal-cooperation',
    form: 'inter-municipal-agreement',
    yearStarted: 2021,
  });
  const checked = npmRun('check.ts', '--dir', out);
  expect(checked.stdout).toMatch(/1 practices OK/);
  expect(checked.status).toBe(0);
});
