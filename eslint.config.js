// Lint is where Vahti's architecture is enforced, not only described:
// - utils/ is pure: no browser API, no Dexie, no UI, nothing from entrypoints/ or components/;
// - components/ take data and actions as props: no browser API and no Dexie;
// - nowhere may page, list or user data reach an HTML sink or a RegExp constructor.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'No HTML sinks: build DOM nodes or use Preact (Trusted Types, page and list data).',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]",
    message: 'No HTML sinks: build DOM nodes or use Preact.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No HTML sinks in components.',
  },
  {
    selector: "NewExpression[callee.name='RegExp'][arguments.0.type!='Literal']",
    message: 'No RegExp built at run time: list and user data are matched without regular expressions.',
  },
  {
    selector: "CallExpression[callee.name='RegExp'][arguments.0.type!='Literal']",
    message: 'No RegExp built at run time.',
  },
  {
    selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
    message: 'No code from strings.',
  },
];

const browserImports = [
  { group: ['wxt/browser', 'wxt/*', '#imports', 'webextension-polyfill'], message: 'This layer must not use browser APIs.' },
  { group: ['dexie', 'dexie/*'], message: 'Only the background owns IndexedDB.' },
];

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'dist/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['utils/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', 'indexedDB', 'localStorage', 'fetch'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...browserImports,
            { group: ['preact', 'preact/*'], message: 'utils/ holds no UI.' },
            { group: ['**/entrypoints/**', '**/components/**', '@/entrypoints/*', '@/components/*'], message: 'utils/ is the bottom layer.' },
          ],
        },
      ],
    },
  },
  {
    // DOM helpers for webmail pages may use the DOM, still no extension API.
    files: ['utils/webmail/**'],
    rules: { 'no-restricted-globals': ['error', 'browser', 'chrome', 'indexedDB', 'fetch'] },
  },
  {
    // Fetching lists is the one network use, and it lives in the sync code, which gets `fetch` injected.
    files: ['utils/sync/**'],
    rules: { 'no-restricted-globals': ['error', 'browser', 'chrome', 'indexedDB', 'localStorage'] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', 'indexedDB'],
      'no-restricted-imports': [
        'error',
        { patterns: [...browserImports, { group: ['**/entrypoints/**', '@/entrypoints/*'], message: 'Components take data and actions as props.' }] },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
