import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import checkFile from 'eslint-plugin-check-file';

// The layers (README, "How it is built"): each may import only itself and the layers before it;
// features never import each other; the data build imports only src/data and shared code.
// Patterns name folders (the plugin's element = a folder), anchored at the repository root.
const LAYERS = [
  {
    type: 'shared',
    pattern: ['src/utils', 'src/config', 'src/lib', 'src/components/ui', 'src/i18n'],
  },
  { type: 'data', pattern: 'src/data' },
  { type: 'stores', pattern: 'src/stores' },
  { type: 'hooks', pattern: 'src/hooks' },
  // each feature its own element, so that one feature importing another is caught
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'geodata', pattern: 'geodata' },
  // the hosting and build-time config (CSP, nginx, Vite plugins): reads shared configuration only
  { type: 'deploy', pattern: 'deploy' },
  { type: 'tests', pattern: 'tests' },
];
const mayImport = (type, ...to) => ({
  from: { element: { type } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

export default tseslint.config(
  { ignores: ['dist', 'public/data', 'coverage', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports (CONVENTIONS.md).',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.map((layer) => ({ partialMatch: false, ...layer })),
      // re-exports and lazy imports are dependencies too
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      // the entry point: composes the app, imported by nothing
      'boundaries/ignore': ['src/main.tsx'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // imports inside one element too (a feature's own files are allowed below), and local
          // imports that resolve to no layer: a mistyped or unclassified path fails, not passes
          checkInternals: true,
          checkUnknownLocals: true,
          policies: [
            mayImport('shared', 'shared'),
            mayImport('data', 'shared', 'data'),
            mayImport('stores', 'shared', 'data', 'stores'),
            mayImport('hooks', 'shared', 'data', 'stores', 'hooks'),
            mayImport('feature', 'shared', 'data', 'stores', 'hooks'),
            {
              // files of the same feature only: one feature never imports another
              from: { element: { type: 'feature' } },
              allow: {
                to: {
                  element: {
                    type: 'feature',
                    captured: { feature: '{{ from.element.captured.feature }}' },
                  },
                },
              },
            },
            mayImport('app', 'shared', 'data', 'stores', 'hooks', 'feature', 'app'),
            mayImport('geodata', 'shared', 'data', 'geodata'),
            mayImport('deploy', 'shared', 'data', 'deploy'),
            mayImport('tests', '*'),
          ],
        },
      ],
      // a file in src/ outside every layer would escape the rule above
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // tool configs at the root (vite.config.ts) belong to no layer
    files: ['*.{ts,tsx}'],
    rules: { 'boundaries/no-unknown-files': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.d.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      // kebab-case file and folder names (`.test` and other middle extensions aside)
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
    },
  },
  {
    // config files are loaded by tools that want a default export
    files: ['vite.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
