// @ts-check
/**
 * The layer rules: which folder may import which, as ESLint flat-config objects. eslint.config.js
 * spreads `layerRules`; test/house/layer-rules.test.ts lints probe sources with the very same objects,
 * so a rule (or the resolver under it) that stops firing fails the tests, not just a review.
 *
 * `import-x/no-restricted-paths` sees an import only once it is resolved to a file. The TypeScript
 * resolver makes that true for extension-less paths and tsconfig aliases (`@/lib/store/...`);
 * without it those imports were skipped and the zones never fired.
 */
import path from 'node:path';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Files outside the pure folders that are pure all the same (message types and validators, settings):
 * they obey the pure zone's rules, and the pure zone and components may import them.
 */
const pureFiles = [
  'lib/messaging/protocol.ts',
  'lib/messaging/popup-state.ts',
  'lib/messaging/auth-view.ts',
  'lib/messaging/envelope.ts',
  'lib/messaging/declarations-payload.ts',
  'lib/messaging/disposition-payload.ts',
  'lib/messaging/watch-payload.ts',
  'lib/messaging/new-controls-payload.ts',
  'lib/messaging/alerts-view.ts',
  'lib/messaging/admin-services-view.ts',
  'lib/messaging/partner-protocol.ts',
  'lib/scanner/scan-schedule.ts',
  'lib/dns/resolver-setting.ts',
];

/** The pure zone runs unchanged in Node and the extension: no browser, storage, network or clock. */
export const pureZone = ['controls/**', 'lib/engine/**', 'lib/graph/sources/**', ...pureFiles];

/** What of a forbidden folder may still be imported: its pure files, and lib/graph's sources. */
const pureParts = [...pureFiles, 'lib/graph/sources'];

/**
 * Files in `target` may not import from the folders in `from`, bar their pure parts.
 * @param {string[]} target
 * @param {string[]} from
 * @param {string} message
 */
function forbid(target, from, message) {
  return from.map((dir) => {
    const except = pureParts.filter((f) => f.startsWith(`${dir}/`)).map((f) => path.relative(dir, f));
    return { target, from: dir, ...(except.length > 0 ? { except } : {}), message };
  });
}

const zonesForAll = [
  ...forbid(
    pureZone,
    [
      'lib/scanner',
      'lib/dns',
      'lib/graph',
      'lib/services',
      'lib/store',
      'lib/auth',
      'lib/annotate',
      'lib/messaging',
      'components',
      'entrypoints',
      'cli',
    ],
    'The pure zone imports only itself.',
  ),
  ...forbid(
    ['components'],
    [
      'lib/store',
      'lib/auth',
      'lib/messaging',
      'lib/graph',
      'lib/services',
      'lib/scanner',
      'lib/dns',
      'entrypoints',
      'cli',
    ],
    'Components get data through props.',
  ),
  ...forbid(['cli'], ['entrypoints', 'components', 'lib/auth', 'lib/store', 'lib/annotate'], 'The CLI is plain Node.'),
  ...forbid(
    ['lib/annotate', 'entrypoints/admin.content'],
    ['lib/auth', 'lib/store', 'lib/graph', 'lib/services', 'lib/scanner', 'lib/dns'],
    'Content scripts get badge data only, from the background.',
  ),
];

/** Tests may reach these (a catalogue to scan, a simulated tenant); the product may not. */
const zonesForProduct = [
  ...forbid(
    ['lib/engine', 'lib/graph/sources'],
    ['controls'],
    'Controls build on the engine and sources, never the other way round.',
  ),
  {
    // The whole product but the demo path. The CLI (`--demo`), scripts/, bench/ and the simulator
    // itself are not targets.
    target: [
      'controls/**',
      'components/**',
      'entrypoints/**',
      'lib/*',
      'lib/!(scanner)/**',
      'lib/scanner/!(demo-scan).ts',
      'lib/scanner/*/**',
    ],
    from: 'simulator',
    message: 'The simulator serves the demo path (lib/scanner/demo-scan.ts) and tests only.',
  },
];

const tests = ['**/*.test.ts', '**/*.test.tsx', 'test/**'];

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

/**
 * @param {string[]} group
 * @param {string} message
 */
const noPackages = (group, message) => ['error', { patterns: [{ group, message }] }];

/** @type {import('eslint').Linter.Config[]} */
export const layerRules = [
  {
    name: 'posture-lens/layers',
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads only .js files for no-cycle unless told that .ts/.tsx are modules it may parse.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json') })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...zonesForAll, ...zonesForProduct] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    name: 'posture-lens/layers-tests',
    files: tests,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: zonesForAll }] },
  },
  {
    name: 'posture-lens/pure-zone',
    files: pureZone,
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': noPackages(
        ['wxt', 'wxt/*', '@azure/*', 'idb', 'preact', 'preact/*', '@microsoft/microsoft-graph-client', 'node:*'],
        'The pure zone runs everywhere: no framework, auth, storage or Node imports.',
      ),
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time arrives through the scan context.' },
      ],
    },
  },
  {
    name: 'posture-lens/cli',
    files: ['cli/**'],
    rules: {
      'no-restricted-imports': noPackages(
        ['wxt', 'wxt/*', '@azure/*', 'idb', 'preact', 'preact/*'],
        'The CLI is plain Node: no extension framework, MSAL, IndexedDB or Preact.',
      ),
    },
  },
  {
    name: 'posture-lens/content-script',
    files: ['lib/annotate/**', 'entrypoints/admin.content/**'],
    rules: {
      'no-restricted-imports': noPackages(
        ['@azure/*', 'idb'],
        'Content scripts get badge data only, from the background: no MSAL, no store.',
      ),
    },
  },
];
