// @ts-check
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** The pure zone runs unchanged in Node and the extension: no browser, storage, network or clock. */
const pureZone = ['controls/**', 'lib/engine/**', 'lib/graph/sources/**'];
const browserGlobals = [
  'window',
  'document',
  'browser',
  'chrome',
  'indexedDB',
  'fetch',
  'localStorage',
  'navigator',
  'location',
].map((name) => ({
  name,
  message: 'The pure zone gets I/O injected; it never reaches for browser or network globals.',
}));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.wxt/**',
      'node_modules/**',
      'demo/**',
      'test-results/**',
      'eslint.config.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Graph strings are attacker-controlled: render text, never HTML.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Graph strings are attacker-controlled: render text, never HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Graph strings are attacker-controlled: render text, never HTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Graph strings are attacker-controlled: render text, never HTML.',
        },
        { selector: 'TSEnumDeclaration', message: 'Use a const object and a union type instead of enum.' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: pureZone,
              from: [
                'entrypoints',
                'components',
                'lib/auth',
                'lib/store',
                'lib/messaging',
                'lib/annotate',
                'simulator',
                'cli',
                'lib/graph/client.ts',
              ],
              message: 'The pure zone imports only itself.',
            },
            {
              target: ['components'],
              from: ['lib/store', 'lib/auth', 'lib/messaging', 'lib/graph/client.ts'],
              message: 'Components get data through props.',
            },
            {
              target: ['cli'],
              from: ['entrypoints', 'components', 'lib/auth', 'lib/store', 'lib/annotate'],
              message: 'The CLI is plain Node.',
            },
            {
              target: ['entrypoints/admin.content'],
              from: ['lib/auth', 'lib/store', 'lib/graph', 'simulator'],
              message: 'Content scripts get badge data only, from the background.',
            },
          ],
        },
      ],
    },
  },
  {
    files: pureZone,
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt',
                'wxt/*',
                '@azure/*',
                'idb',
                'preact',
                'preact/*',
                '@microsoft/microsoft-graph-client',
                'node:*',
              ],
              message: 'The pure zone runs everywhere: no framework, auth, storage or Node imports.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time arrives through the scan context.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // vitest's asymmetric matchers (expect.any, expect.arrayContaining) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
