// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Layer rules (README, "Architecture"): shared/ is pure; renderer/ and electron/ never import each other.
const pureCore = {
  paths: [
    'electron',
    'react',
    'react-dom',
    'dexie',
    'fs',
    'path',
    'os',
    'child_process',
    'crypto',
    'url',
    'util',
    'stream',
    'buffer',
    'process',
  ].map((name) => ({
    name,
    message: 'shared/ er ren domænekode: ingen DOM, Node, Electron, React eller Dexie.',
  })),
  patterns: [
    { group: ['node:*'], message: 'shared/ må ikke importere Node-moduler.' },
    {
      group: ['**/renderer/**', '**/electron/**', 'react/*', 'react-dom/*', 'dexie*'],
      message: 'shared/ må ikke importere fra renderer/, electron/, React eller Dexie.',
    },
  ],
};

// renderer/ talks to the desktop shell only through window.api.
const shellOnly = {
  group: ['**/electron/**', 'electron', 'node:*'],
  message: 'renderer/ taler kun med skallen gennem window.api.',
};

// renderer/src/ (the UI) reaches the data only as the DataApi (shared/data/api.ts), through
// the per-feature hooks: no Dexie, no deep path into renderer/db. Its index (createLocalDataApi)
// is imported by renderer/src/data/local.ts alone (the override below).
const noDexie = {
  group: ['dexie', 'dexie/*', 'dexie-*'],
  message: 'Skærmene bruger data gennem DataApi (useDataApi/useLive), aldrig Dexie direkte.',
};
const noDbDeepPath = {
  group: ['**/db/**'],
  message: 'renderer/db er kun til for DataApi: brug useDataApi/useLive eller en feature-hook.',
};
const noDbIndex = {
  group: ['**/db'],
  message: 'Kun renderer/src/data/local.ts importerer renderer/db; resten bruger DataApi.',
};
const uiImports = (patterns) => ['error', { patterns: [shellOnly, noDexie, ...patterns] }];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', pureCore],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [shellOnly] }],
      // Every name a module offers is written out where it is exported (issue 9).
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'Ingen `export *` i renderer/: nævn hvert navn, der eksporteres.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': uiImports([noDbDeepPath, noDbIndex]) },
  },
  {
    // The one door from the UI to the local backend.
    files: ['renderer/src/data/local.ts'],
    rules: { 'no-restricted-imports': uiImports([noDbDeepPath]) },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', 'dexie'],
              message: 'electron/ må ikke importere fra renderer/.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
