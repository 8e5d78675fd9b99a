/**
 * The layer rules fire. Each probe is source text linted as if it sat at a real path, with the very
 * config objects eslint.config.js spreads (lint/layer-rules.js) and only the TypeScript parser beside
 * them, so this checks the real zones in seconds. Imports are extension-less or aliased, as people
 * write them: if the resolver stops resolving, the forbidden probes lint clean and fail here.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
import { layerRules } from '../../lint/layer-rules.js';

const root = path.resolve(import.meta.dirname, '../..');
const typescript = { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } };
const withCycles = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [typescript, ...layerRules] });
// The zone probes leave no-cycle out: it would walk the whole import graph from each of them.
const zonesOnly = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [typescript, ...layerRules, { rules: { 'import-x/no-cycle': 'off' } }],
});

interface Problem {
  readonly rule: string | null;
  readonly message: string;
}

async function lint(file: string, code: string, eslint = zonesOnly): Promise<Problem[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

const zone = (importPath: string, why: string): Problem => ({
  rule: 'import-x/no-restricted-paths',
  message: `Unexpected path "${importPath}" imported in restricted zone. ${why}`,
});
const pkg = (name: string, why: string): Problem => ({
  rule: 'no-restricted-imports',
  message: `'${name}' import is restricted from being used by a pattern. ${why}`,
});

const PURE = 'The pure zone imports only itself.';
const PURE_PKG = 'The pure zone runs everywhere: no framework, auth, storage or Node imports.';
const PROPS = 'Components get data through props.';
const CLI = 'The CLI is plain Node.';
const CLI_PKG = 'The CLI is plain Node: no extension framework, MSAL, IndexedDB or Preact.';
const CONTENT = 'Content scripts get badge data only, from the background.';
const CONTENT_PKG = 'Content scripts get badge data only, from the background: no MSAL, no store.';
const SIM = 'The simulator serves the demo path (lib/scanner/demo-scan.ts) and tests only.';
const ONE_WAY = 'Controls build on the engine and sources, never the other way round.';

// [what it breaks, file it pretends to be, an import, the problem expected]
const forbidden: [string, string, string, Problem][] = [
  ['engine → store', 'lib/engine/scan/probe.ts', '../../store/open-store', zone('../../store/open-store', PURE)],
  ['control → Graph client', 'controls/spo/probe.ts', '../../lib/graph/client', zone('../../lib/graph/client', PURE)],
  ['source → transport', 'lib/graph/sources/probe.ts', '../transport', zone('../transport', PURE)],
  ['engine → scanner', 'lib/engine/probe.ts', '../scanner/scan-tenant', zone('../scanner/scan-tenant', PURE)],
  ['engine → DNS client', 'lib/engine/probe.ts', '../dns/doh-client', zone('../dns/doh-client', PURE)],
  ['engine → auth', 'lib/engine/probe.ts', '../auth/auth-service', zone('../auth/auth-service', PURE)],
  ['engine → annotate', 'lib/engine/probe.ts', '../annotate/mount', zone('../annotate/mount', PURE)],
  ['engine → messaging send', 'lib/engine/probe.ts', '../messaging/send', zone('../messaging/send', PURE)],
  ['control → component', 'controls/probe.ts', '../components/score-ring', zone('../components/score-ring', PURE)],
  ['control → entrypoint', 'controls/probe.ts', '../entrypoints/popup/main', zone('../entrypoints/popup/main', PURE)],
  ['control → CLI', 'controls/probe.ts', '../cli/scan-args', zone('../cli/scan-args', PURE)],
  [
    'engine → service transports',
    'lib/engine/scan/probe.ts',
    '../../services/create-service-reader',
    zone('../../services/create-service-reader', PURE),
  ],
  [
    'component → service transports',
    'components/probe.tsx',
    '../lib/services/create-service-reader',
    zone('../lib/services/create-service-reader', PROPS),
  ],
  [
    'content script → service transports',
    'lib/annotate/probe.ts',
    '../services/invoke-command',
    zone('../services/invoke-command', CONTENT),
  ],
  ['protocol → scanner', 'lib/messaging/protocol.ts', '../scanner/scan-control', zone('../scanner/scan-control', PURE)],
  ['pure setting → DNS code', 'lib/dns/resolver-setting.ts', './doh-json', zone('./doh-json', PURE)],
  ['pure zone → wxt', 'lib/engine/probe.ts', 'wxt/browser', pkg('wxt/browser', PURE_PKG)],
  ['pure zone → MSAL', 'controls/probe.ts', '@azure/msal-browser', pkg('@azure/msal-browser', PURE_PKG)],
  ['pure zone → idb', 'lib/graph/sources/probe.ts', 'idb', pkg('idb', PURE_PKG)],
  ['pure zone → preact', 'lib/engine/probe.ts', 'preact', pkg('preact', PURE_PKG)],
  ['component → store', 'components/probe.tsx', '../lib/store/open-store', zone('../lib/store/open-store', PROPS)],
  [
    'component → store by alias',
    'components/probe.tsx',
    '@/lib/store/open-store',
    zone('@/lib/store/open-store', PROPS),
  ],
  ['component → auth', 'components/probe.tsx', '../lib/auth/auth-service', zone('../lib/auth/auth-service', PROPS)],
  ['component → messaging send', 'components/probe.tsx', '../lib/messaging/send', zone('../lib/messaging/send', PROPS)],
  [
    'component → messaging handle',
    'components/probe.tsx',
    '../lib/messaging/handle',
    zone('../lib/messaging/handle', PROPS),
  ],
  ['component → Graph client', 'components/probe.tsx', '../lib/graph/client', zone('../lib/graph/client', PROPS)],
  [
    'component → scanner',
    'components/probe.tsx',
    '../lib/scanner/scan-tenant',
    zone('../lib/scanner/scan-tenant', PROPS),
  ],
  ['component → DNS client', 'components/probe.tsx', '../lib/dns/doh-client', zone('../lib/dns/doh-client', PROPS)],
  ['CLI → store', 'cli/probe.ts', '../lib/store/open-store', zone('../lib/store/open-store', CLI)],
  ['CLI → auth', 'cli/probe.ts', '../lib/auth/auth-service', zone('../lib/auth/auth-service', CLI)],
  ['CLI → annotate', 'cli/probe.ts', '../lib/annotate/mount', zone('../lib/annotate/mount', CLI)],
  ['CLI → component', 'cli/probe.ts', '../components/score-ring', zone('../components/score-ring', CLI)],
  ['CLI → entrypoint', 'cli/probe.ts', '../entrypoints/popup/main', zone('../entrypoints/popup/main', CLI)],
  ['CLI → wxt', 'cli/probe.ts', 'wxt/browser', pkg('wxt/browser', CLI_PKG)],
  ['CLI → preact', 'cli/probe.ts', 'preact', pkg('preact', CLI_PKG)],
  ['CLI → idb', 'cli/probe.ts', 'idb', pkg('idb', CLI_PKG)],
  ['CLI → MSAL', 'cli/probe.ts', '@azure/msal-browser', pkg('@azure/msal-browser', CLI_PKG)],
  ['annotate → auth', 'lib/annotate/probe.ts', '../auth/auth-service', zone('../auth/auth-service', CONTENT)],
  ['annotate → store', 'lib/annotate/probe.ts', '../store/open-store', zone('../store/open-store', CONTENT)],
  ['annotate → Graph client', 'lib/annotate/probe.ts', '../graph/client', zone('../graph/client', CONTENT)],
  [
    'content script → store',
    'entrypoints/admin.content/probe.ts',
    '../../lib/store/scan-store',
    zone('../../lib/store/scan-store', CONTENT),
  ],
  [
    'content script → MSAL',
    'entrypoints/admin.content/probe.ts',
    '@azure/msal-browser',
    pkg('@azure/msal-browser', CONTENT_PKG),
  ],
  ['scanner → simulator', 'lib/scanner/rescan.ts', '../../simulator/simulator', zone('../../simulator/simulator', SIM)],
  ['component → simulator', 'components/probe.tsx', '../simulator/simulator', zone('../simulator/simulator', SIM)],
  [
    'control → simulator',
    'controls/probe.ts',
    '../simulator/tenants/contoso',
    zone('../simulator/tenants/contoso', SIM),
  ],
  [
    'content script → simulator',
    'entrypoints/admin.content/probe.ts',
    '../../simulator/simulator',
    zone('../../simulator/simulator', SIM),
  ],
  [
    'source → control',
    'lib/graph/sources/probe.ts',
    '../../../controls/shared/privileged-roles',
    zone('../../../controls/shared/privileged-roles', ONE_WAY),
  ],
  ['engine → catalogue', 'lib/engine/probe.ts', '../../controls', zone('../../controls', ONE_WAY)],
];

// [zone, file it pretends to be, imports it may make]
const allowed: [string, string, string[]][] = [
  [
    'pure zone',
    'lib/engine/scan/probe.ts',
    [
      '../../graph/sources/graph-request',
      '../../messaging/protocol',
      '../../scanner/scan-schedule',
      '../verdict/status',
    ],
  ],
  ['pure message protocol', 'lib/messaging/protocol.ts', ['../dns/resolver-setting', '../engine/pages/page-badges']],
  [
    'component',
    'components/probe.tsx',
    ['../lib/messaging/protocol', '../lib/engine/score/score', '../lib/dns/resolver-setting', './score-ring'],
  ],
  [
    'CLI',
    'cli/probe.ts',
    [
      '../lib/scanner/demo-scan',
      '../lib/dns/doh-client',
      '../lib/services/create-service-reader',
      '../simulator/serve-http',
      'node:fs',
    ],
  ],
  ['content script', 'entrypoints/admin.content/probe.ts', ['../../lib/messaging/send', '../../lib/annotate/mount']],
  ['demo path', 'lib/scanner/demo-scan.ts', ['../../simulator/simulator', '../../simulator/tenants/contoso']],
  ['engine test', 'lib/engine/scan/probe.test.ts', ['../../../controls', '../../../simulator/simulator']],
  ['background', 'entrypoints/background/probe.ts', ['../../lib/store/open-store', '../../lib/auth/auth-service']],
  ['background lib', 'lib/background/probe.ts', ['../services/create-service-reader', '../graph/client']],
];

const importing = (specifier: string): string => `import '${specifier}';\n`;

describe('the layer rules', () => {
  test.each(forbidden)('%s is refused (%s imports %s)', async (_, file, specifier, problem) => {
    expect(await lint(file, importing(specifier))).toEqual([problem]);
  });

  test.each(allowed)('%s imports what it may (%s)', async (_, file, specifiers) => {
    expect(await lint(file, specifiers.map(importing).join(''))).toEqual([]);
  });

  test('the pure zone reaches for no browser or network global, nor the clock', async () => {
    const code = 'export const probe = () => [fetch, window, indexedDB, Date.now()];\n';
    const global = (name: string): Problem => ({
      rule: 'no-restricted-globals',
      message: `Unexpected use of '${name}'. The pure zone gets I/O injected; it never reaches for browser or network globals.`,
    });
    expect(await lint('lib/engine/probe.ts', code)).toEqual([
      global('fetch'),
      global('window'),
      global('indexedDB'),
      {
        rule: 'no-restricted-properties',
        message: "'Date.now' is restricted from being used. Time arrives through the scan context.",
      },
    ]);
  });

  test('an import cycle is refused', async () => {
    // define-source.ts imports define-dns-source.ts; importing it back closes a loop.
    const code = "import { sourceKey } from './define-source';\nexport const probe = sourceKey;\n";
    expect(await lint('lib/graph/sources/define-dns-source.ts', code, withCycles)).toEqual([
      { rule: 'import-x/no-cycle', message: 'Dependency cycle detected' },
    ]);
  });
});
