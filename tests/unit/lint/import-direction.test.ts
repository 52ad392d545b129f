import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints code as if it lived at a given path of this repository, with the repository's own
// eslint.config.js: proves that `npm run lint` refuses a wrong-way import and a bad file name.
const root = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // the first lint loads the config and every plugin: a few seconds on a busy machine, so it is
  // done here, with room, and each test then lints one small text
  await eslint.lintText('', { filePath: 'src/data/probe.ts' });
}, 60_000);

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

/** A module that imports one name from `source` and uses it. */
const importing = (source: string) => `import { x } from '${source}';\nexport const y = x;\n`;

describe('import direction', () => {
  it.each([
    [
      'data importing a feature',
      'src/data/probe.ts',
      '../features/practices/engine/sort-practices',
    ],
    [
      'a feature importing another feature',
      'src/features/filters/probe.ts',
      '../practices/practice-text',
    ],
    ['shared i18n importing a store', 'src/i18n/probe.ts', '../stores/view-state'],
    ['a store importing a hook', 'src/stores/probe.ts', '../hooks/use-t'],
    ['a feature importing the app', 'src/features/map/probe.ts', '../../app/query-client'],
    [
      'the data build importing a feature',
      'geodata/probe.ts',
      '../src/features/practices/engine/sort-practices',
    ],
    ['the data build importing a store', 'geodata/probe.ts', '../src/stores/view-state'],
  ])('refuses %s', async (_name, filePath, source) => {
    expect(await ruleIds(filePath, importing(source))).toEqual(['boundaries/dependencies']);
  });

  it('refuses a type-only import and a re-export the wrong way too', async () => {
    const code = `import type { Sort } from '../stores/view-state';
export type S = Sort;
export { useT } from '../hooks/use-t';
`;
    expect(await ruleIds('src/data/probe.ts', code)).toEqual([
      'boundaries/dependencies',
      'boundaries/dependencies',
    ]);
  });

  it('refuses a file in src/ outside every layer, which the rules above would not see', async () => {
    expect(await ruleIds('src/widgets/probe.ts', 'export const y = 1;\n')).toEqual([
      'boundaries/no-unknown-files',
    ]);
  });

  it.each([
    [
      'a feature importing its own files, stores and shared code',
      'src/features/practices/list/probe.ts',
      ['../engine/sort-practices', '../../../stores/view-state', '../../../i18n/translate'],
    ],
    [
      'a hook importing data and stores',
      'src/hooks/probe.ts',
      ['../data/terc', '../stores/view-state'],
    ],
    [
      'the data build importing src/data and shared code',
      'geodata/probe.ts',
      ['../src/data/schemas', '../src/utils/search-text', './paths'],
    ],
    [
      'the app importing features',
      'src/app/probe.ts',
      ['../features/practices/engine/sort-practices', '../features/map/map-hash'],
    ],
  ])('allows %s', async (_name, filePath, sources) => {
    const code = sources
      .map((source, i) => `import { x${i} } from '${source}';\nexport const y${i} = x${i};\n`)
      .join('');
    expect(await ruleIds(filePath, code)).toEqual([]);
  });
});

describe('file and folder names', () => {
  it('refuses a file name that is not kebab-case', async () => {
    expect(await ruleIds('src/utils/searchText.ts', 'export const y = 1;\n')).toEqual([
      'check-file/filename-naming-convention',
    ]);
  });

  it('refuses a folder name that is not kebab-case', async () => {
    expect(
      await ruleIds('src/features/practices/Engine/probe.ts', 'export const y = 1;\n'),
    ).toEqual(['check-file/folder-naming-convention']);
  });

  it('allows kebab-case names', async () => {
    expect(await ruleIds('src/utils/search-text-probe.ts', 'export const y = 1;\n')).toEqual([]);
  });
});
