import { describe, expect, test } from 'vitest';
import { requiredPermissions } from '../lib/engine/scan/permissions';
import { azureCliScript, GDAP_LIST_PERMISSION, graphPowerShellScript } from './setup-commands';

const needs = requiredPermissions([]);
const opts = { redirectUri: 'https://abc.chromiumapp.org/', needs, cloud: 'global' as const };
const scripts = (partner?: boolean) => [
  azureCliScript({ ...opts, graphRoot: 'https://graph.microsoft.com', ...(partner === undefined ? {} : { partner }) }),
  graphPowerShellScript({ ...opts, ...(partner === undefined ? {} : { partner }) }),
];

describe('the app registration scripts', () => {
  test('create a single-tenant app with exactly the catalogue reads, unless asked for a partner', () => {
    for (const script of scripts()) {
      expect(script).toContain('AzureADMyOrg');
      expect(script).not.toContain('AzureADMultipleOrgs');
      expect(script).not.toContain(GDAP_LIST_PERMISSION);
      for (const n of needs) expect(script).toContain(n.permission);
    }
  });

  test("a partner's app is multitenant (customers' directories find it) and may list GDAP customers", () => {
    for (const script of scripts(true)) {
      expect(script).toContain('AzureADMultipleOrgs');
      expect(script).not.toContain('AzureADMyOrg');
      expect(script).toContain(GDAP_LIST_PERMISSION);
      // The permissions it asks for (the `for P in …` / `$names = @(…)` line) stay read-only.
      const asked = script.split('\n').find((l) => l.startsWith('for P in') || l.startsWith('$names'));
      expect(asked).toContain(GDAP_LIST_PERMISSION);
      expect(asked).not.toMatch(/Write/);
    }
  });
});
