import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

/** Folders that make up the pure core: they must run in Node, a Worker and tests alike. */
const PURE = ['src/model/**', 'src/layout/**', 'src/draw/**', 'src/export/**', 'src/io/**'];

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
              group: ['**/store/*', '**/views/*', '**/flow/*', '**/app/*'],
              message: 'The core must not import the shell.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location', 'HTMLElement'],
    },
  },
);
