// Lint is where Vahti's architecture is enforced, not only described:
// - utils/ has three zones (README "Architecture"): core/ (the engine and list format) imports
//   nothing outside core and uses no page or extension global; page/ (reading webmail DOMs)
//   and app/ (settings, policy, sync, guidance, evidence) import core and not each other;
//   nothing in utils/ imports entrypoints/ or components/, or uses an extension API or Dexie;
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

/** Extension APIs: only entrypoints/ talk to the browser. */
const extensionGlobals = ['browser', 'chrome', 'indexedDB'];
/** The page a script runs in: core/ and app/ run in Node too (command line, tests). */
const pageGlobals = ['document', 'window', 'navigator', 'location', 'self', 'XMLHttpRequest', 'WebSocket'];

const utilsImports = [
  ...browserImports,
  { group: ['preact', 'preact/*'], message: 'utils/ holds no UI.' },
  { group: ['**/entrypoints/**', '**/components/**', '@/entrypoints/*', '@/components/*'], message: 'utils/ is the bottom layer.' },
];
/** An import into another zone of utils/, by relative path or by alias. */
const zoneImport = (zone) => ({
  regex: `(^|/)${zone}(/|$)`,
  message: `This zone of utils/ must not import utils/${zone}/ (see the zones in README "Architecture").`,
});
/** utils/ runs in the browser as well as in Node. */
const nodeImport = { regex: '^node:', message: 'utils/ runs in the browser too: no Node built-ins.' };

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
  // utils/: three zones; the last block for a file wins, so each zone states its whole list.
  {
    files: ['utils/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...extensionGlobals, ...pageGlobals, 'localStorage', 'fetch'],
      'no-restricted-imports': ['error', { patterns: [...utilsImports, zoneImport('page'), zoneImport('app'), nodeImport] }],
    },
  },
  {
    // Reading webmail pages uses the DOM, still no extension API and no network.
    files: ['utils/page/**'],
    rules: {
      'no-restricted-globals': ['error', ...extensionGlobals, 'localStorage', 'fetch'],
      'no-restricted-imports': ['error', { patterns: [...utilsImports, zoneImport('app'), nodeImport] }],
    },
  },
  {
    // Application state is browser-free; fetching lists is the one network use, and the sync
    // code gets `fetch` injected.
    files: ['utils/app/**'],
    rules: {
      'no-restricted-globals': ['error', ...extensionGlobals, ...pageGlobals, 'localStorage', 'fetch'],
      'no-restricted-imports': ['error', { patterns: [...utilsImports, zoneImport('page'), nodeImport] }],
    },
  },
  {
    // Anything in utils/ outside the three zones is a mistake: lint says so.
    files: ['utils/*'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: 'utils/ holds only the zones core/, page/ and app/.' }] },
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
