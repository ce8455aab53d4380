import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The layers of ARCHITECTURE.md, guarded: src/core runs in Node, the pane and a web worker alike, so
// it imports no host, no UI, no Node module and no Office.js; hosts adapt documents and import no UI.

const CORE_LAYERS =
  'src/core is the engine: it imports no host, no UI and no command (hosts, taskpane, checker, cli, review depend on core, never the reverse).';
const CORE_UI =
  'src/core imports no UI library (React, Fluent UI, zustand): the pane renders what core returns.';
const CORE_NODE =
  'src/core imports no Node module: it also runs in the browser and in a web worker; the host reads files.';
const CORE_OFFICE =
  'src/core knows no Office.js: src/hosts/word is the only code that touches Word.';
const HOST_UI =
  'Hosts import no UI: the pane and the checker page call hosts through the PaneHost contract (hosts/pane-host), never the reverse.';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const coreImports = {
  paths: nodeBuiltins.map((name) => ({ name, message: CORE_NODE })),
  patterns: [
    { regex: '^node:', message: CORE_NODE },
    { regex: '(^|/)(hosts|taskpane|checker|cli|review)(/|$)', message: CORE_LAYERS },
    { regex: '^(react|react-dom|zustand|scheduler)(/|$)|^@fluentui/', message: CORE_UI },
    { regex: '^(@types/)?office-js(/|$)|^@microsoft/office-js', message: CORE_OFFICE },
  ],
};

const OFFICE_NAMESPACES = [
  'Office',
  'Word',
  'OfficeExtension',
  'OfficeCore',
  'Excel',
  'PowerPoint',
];

const coreGlobals = [
  ...OFFICE_NAMESPACES.map((name) => ({ name, message: CORE_OFFICE })),
  ...['window', 'document', 'navigator', 'self', 'localStorage', 'DOMParser', 'HTMLElement'].map(
    (name) => ({
      name,
      message: 'src/core uses no DOM: it also runs in Node and in a web worker.',
    }),
  ),
  ...['process', 'Buffer', 'require', 'module', '__dirname', '__filename'].map((name) => ({
    name,
    message: CORE_NODE,
  })),
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'lib/', 'coverage/', 'bin/', '*.config.js', '*.config.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', coreImports],
      'no-restricted-globals': ['error', ...coreGlobals],
      '@typescript-eslint/triple-slash-reference': [
        'error',
        { path: 'never', types: 'never', lib: 'never' },
      ],
      'no-restricted-syntax': [
        'error',
        // Office.js types are ambient namespaces, not imports: `Word.Table` in a type is caught here.
        {
          selector: `TSQualifiedName[left.type='Identifier'][left.name=/^(${OFFICE_NAMESPACES.join('|')})$/]`,
          message: CORE_OFFICE,
        },
        {
          selector: 'ImportExpression',
          message:
            'src/core loads no module at run time: import it statically so the guard sees it.',
        },
      ],
    },
  },
  {
    files: ['src/hosts/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(react|react-dom|zustand|scheduler)(/|$)|^@fluentui/', message: HOST_UI },
            { regex: '(^|/)checker(/|$)', message: HOST_UI },
            { regex: '(^|/)taskpane(/|$)', message: HOST_UI },
          ],
        },
      ],
    },
  },
);
