// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Layer rules (../shared/design.md): shared/ is pure; renderer/ and electron/ never import each other.
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'node:*'],
              message: 'renderer/ taler kun med skallen gennem window.api.',
            },
          ],
        },
      ],
    },
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
