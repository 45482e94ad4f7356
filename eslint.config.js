// @ts-check
/**
 * ESLint for the whole repository (`npm run lint`): TypeScript, Astro components, and the one
 * rule that matters most here: browser code (src/client/) never imports build code.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, globalIgnores, includeIgnoreFile } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * Modules outside src/client/ that the browser scripts may import: pure, with no imports of
 * their own, so the browser bundle gets nothing from the build. Type-only imports of anything
 * are fine (they are erased). Add a module here only if it is just as pure; the client type check
 * (src/client/tsconfig.json, without Node's types) then checks it for the browser too.
 */
const SHARED_WITH_BROWSER = ['../site/embed-options.ts'];

/** @param {string} s */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const noNodeNorPackages = [
  {
    regex: '^node:',
    message: "Browser code (src/client/, a component's <script>) runs in the reader's browser: Node built-ins do not exist there.",
  },
  {
    // A bare specifier: an npm package, or a Node built-in written without "node:" ('fs').
    // The client scripts import no package today (each page has a 15 KB gzip budget); add one
    // here, with a comment why, only if it is browser-safe and small.
    regex: '^(?![./]|node:)',
    message:
      "Browser code (src/client/, a component's <script>) imports no npm packages or Node built-ins: the page budget is 15 KB gzip. If a package is needed, allow it in eslint.config.js with a reason.",
  },
];

export default defineConfig(
  // What git ignores (node_modules, dist, .astro, test-results, …), the frozen data releases, and
  // the test fixtures (inputs, some broken on purpose).
  includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url))),
  globalIgnores(['data/releases/', 'tests/fixtures/']),
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_` marks a parameter a callback must accept but does not use (e.g. `(_, i) =>`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `==` only for `x == null` (null or undefined); everywhere else it hides a type mix-up.
      eqeqeq: ['error', 'smart'],
      // Tests match YAML indentation literally (`\n    control:`): four spaces read better there than ` {4}`.
      'no-regex-spaces': 'off',
    },
  },
  {
    // Browser code: the chart, embed, presenter, search and header scripts, and the classic
    // scripts in public/ (theme.js, embed-resize.js).
    files: ['src/client/**/*.ts', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['public/**/*.js'],
    // Classic scripts (not modules): the Content-Security-Policy loads them from this site as they are.
    languageOptions: { sourceType: 'script' },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      // Leftover debugging in the reader's console. `info` is kept for what a host page's developer
      // needs to know (embed.ts names ignored options, never their values).
      'no-console': ['error', { allow: ['info'] }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNodeNorPackages,
            {
              // Anything above src/client/ is build code (data loading, charts, Node), except the
              // pure modules in SHARED_WITH_BROWSER; type-only imports are erased and allowed.
              regex: `^\\.\\./(?!${SHARED_WITH_BROWSER.map((p) => `${escape(p.slice(3))}$`).join('|')})`,
              allowTypeImports: true,
              message:
                'Browser code (src/client/) imports only from src/client/ and the pure modules listed in SHARED_WITH_BROWSER (eslint.config.js): everything else is build code.',
            },
          ],
        },
      ],
    },
  },
  {
    // A component's <script> (eslint-plugin-astro lints each as `<file>.astro/<n>_<n>.ts`) is
    // browser code too: it only loads a module from src/client/, where the rules above apply.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNodeNorPackages,
            {
              regex: '^\\.(?!\\.(/\\.\\.)*/client/)',
              message: "A component's <script> runs in the browser: import the module from src/client/ ('../client/…') and keep the code there.",
            },
          ],
        },
      ],
    },
  },
  {
    // The shared modules are part of the browser bundle too.
    files: SHARED_WITH_BROWSER.map((p) => `src/${p.slice(3)}`),
    rules: { 'no-restricted-imports': ['error', { patterns: noNodeNorPackages }] },
  },
);
