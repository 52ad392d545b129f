// `npm run data:import` end to end, on a small CSV (BOM, `;`, CRLF, quoted multi-line members).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../geodata/paths';
import { FIXTURES_DIR } from './fixtures';

const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let out: string;

function runImport(...extra: string[]) {
  return spawnSync(
    process.execPath,
    [
      tsx,
      path.join(PROJECT_ROOT, 'geodata', 'import', 'cli.ts'),
      path.join(FIXTURES_DIR, 'records.csv'),
      '--out',
      out,
      '--gazetteer',
      path.join(FIXTURES_DIR, 'gazetteer.json'),
      '--decisions',
      path.join(FIXTURES_DIR, 'decisions.json'),
      ...extra,
    ],
    { encoding: 'utf8' },
  );
}

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'import-out-'));
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

// each test starts the CLI through tsx, which takes seconds on a loaded machine
describe('npm run data:import', { timeout: 60_000 }, () => {
  it('writes the practices and a report, and exits 1 while something is unresolved', () => {
    const reportFile = path.join(out, '..', `${path.basename(out)}-report.json`);
    const result = runImport('--report', reportFile);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Local governments named: 4/);
    expect(result.stdout).toMatch(/"Gmina Atlantyda" unresolved/);
    expect(result.stderr).toMatch(/1 unresolved local government\(s\).*--accept-unresolved/);
    expect(readdirSync(out).sort()).toEqual([
      'koscierskie-partnerstwo.json',
      'porozumienie-atlantyda.json',
    ]);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      records: { members: { status: string }[] }[];
    };
    expect(report.records[0]?.members.map((m) => m.status)).toEqual([
      'resolved',
      'resolved',
      'partner',
    ]);
    rmSync(reportFile);
  });

  it('exits 0 with --accept-unresolved and leaves identical files alone', () => {
    const result = runImport('--accept-unresolved');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 created, 0 updated, 2 unchanged, 0 kept as edited/);
  });

  it('keeps a file an editor changed, until told to overwrite it', () => {
    const file = path.join(out, 'koscierskie-partnerstwo.json');
    const edited = readFileSync(file, 'utf8').replace(
      '"form": "inter-municipal-agreement"',
      '"form": "project-partnership"',
    );
    writeFileSync(file, edited);
    const kept = runImport('--accept-unresolved');
    expect(kept.stdout).toMatch(/1 kept as edited/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const overwritten = runImport('--accept-unresolved', '--overwrite');
    expect(overwritten.stdout).toMatch(/1 updated/);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });

  it('names the file and the problem for unreadable input', () => {
    const result = spawnSync(
      process.execPath,
      [tsx, path.join(PROJECT_ROOT, 'geodata', 'import', 'cli.ts'), path.join(out, 'nope.txt')],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
