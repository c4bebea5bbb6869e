import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Folders that make up the pure core: they must run in Node, a Worker and tests alike. */
const PURE = ['src/model/**', 'src/layout/**', 'src/draw/**', 'src/export/**', 'src/io/**'];

/** Node's built-in modules, bare and with the `node:` prefix: the pure core runs in browsers too. */
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));

/**
 * Globals the pure core may not touch: the page's (DOM) globals — what a browser has and a Web Worker has not —
 * plus `navigator`, and Node's. A worker's own globals (`self`, `postMessage`, `performance`) stay allowed.
 */
const SHELL_GLOBALS = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.worker) && !(name in globals.es2022)),
  'navigator',
  'process',
  'Buffer',
  'global',
  'require',
  'module',
  '__dirname',
  '__filename',
  'setImmediate',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results*', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      // The Node resolver with TypeScript extensions is enough: the code uses relative imports only. (The
      // TypeScript resolver needs native binaries that `npm ci` cannot fetch for every platform here.)
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import/no-cycle': 'error',
      // The shell's arrows point one way: app → views → flow → store.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/flow',
              from: ['./src/views', './src/app'],
              message: 'flow/ draws; it does not know the views.',
            },
            {
              target: './src/store',
              from: ['./src/views', './src/flow', './src/app'],
              message: 'The store does not know how it is shown.',
            },
            { target: './src/views', from: './src/app', message: 'app/ composes the views, not the other way.' },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/flow/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@xyflow/*'], message: 'Only src/flow imports @xyflow/react.' }] },
      ],
    },
  },
  {
    files: PURE,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'The pure core imports no React.' },
            { group: ['@xyflow/*'], message: 'Only src/flow imports @xyflow/react.' },
            { group: ['zustand', 'zustand/*'], message: 'The pure core does not know the store.' },
            {
              group: ['**/store/*', '**/views/*', '**/flow/*', '**/app/*', '**/cli/*'],
              message: 'The core must not import the shell.',
            },
            { group: ['node:*'], message: 'The pure core runs in browsers too: no Node built-ins.' },
          ],
          paths: NODE_BUILTINS.map((name) => ({
            name,
            message: 'The pure core runs in browsers too: no Node built-ins.',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...SHELL_GLOBALS.map((name) => ({ name, message: 'The pure core uses no DOM or Node globals.' })),
      ],
    },
  },
);
