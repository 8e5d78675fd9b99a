/**
 * Issue 12 §3: borrowed verdicts are honest. Whole scans of the simulator's tenants with Microsoft
 * Secure Score's answers tampered with, as a user of the CLI or the extension would meet them: a
 * tampered answer may lower what Microsoft decides, never raise it.
 */
import { describe, expect, test } from 'vitest';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { scanTenant } from '../lib/scanner/scan-tenant';
import { createDnsSimulator } from '../simulator/dns-simulator';
import { createGraphSimulator } from '../simulator/simulator';
import type { TenantModel } from '../simulator/tenant-model';
import { contoso } from '../simulator/tenants/contoso';
import { freshDefaults } from '../simulator/tenants/fresh-defaults';

const SCANNED = '2026-11-24T12:00:00Z';

async function scan(tenant: TenantModel, at = SCANNED): Promise<ScanResult> {
  const sim = createGraphSimulator(tenant);
  return scanTenant({
    graphRoot: 'https://graph.microsoft.com',
    cloud: 'global',
    fetch: sim.fetch,
    getToken: () => Promise.resolve('test-token'),
    doh: { url: 'https://dns.test/dns-query', fetch: createDnsSimulator(tenant).fetch },
    sleep: () => Promise.resolve(),
    clock: () => Date.parse(at),
  });
}
const byId = (s: ScanResult, id: string) => {
  const c = s.controls.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};
const FORWARDING = 'email-external-forwarding-blocked';

describe('a maxScore of 0 on every profile', () => {
  const zeroed = (t: TenantModel): TenantModel => {
    t.secureScoreControlProfiles = t.secureScoreControlProfiles.map((p) => ({ ...p, maxScore: 0 }));
    return t;
  };

  test('on the demo tenant, email-external-forwarding-blocked is unknown naming the profile and maxScore, not "0 of 0 points" passing', async () => {
    const before = byId(await scan(contoso()), FORWARDING);
    expect(before).toMatchObject({ status: 'fail', score: 0, maxScore: 6 });
    const after = byId(await scan(zeroed(contoso())), FORWARDING);
    expect(after).toMatchObject({ status: 'unknown', score: 0, maxScore: 6 });
    expect(after.reason).toContain('mdo_autoforwardingmode');
    expect(after.reason).toContain('maxScore');
  });

  test("the fresh tenant's score does not rise", async () => {
    const before = await scan(freshDefaults());
    const after = await scan(zeroed(freshDefaults()));
    expect(after.score.percent).toBeLessThanOrEqual(before.score.percent);
    expect(after.controls.filter((c) => c.source === 'microsoft' && c.status === 'pass')).toEqual([]);
  });
});

describe("a Microsoft-side state on the demo tenant's profiles", () => {
  test('ThirdParty with full points is an attestation by someone on a date, not a measured pass', async () => {
    const t = contoso();
    t.secureScoreControlProfiles = t.secureScoreControlProfiles.map((p) =>
      p.id === 'mdo_autoforwardingmode'
        ? {
            ...p,
            controlStateUpdates: [
              ...(p.controlStateUpdates ?? []),
              {
                state: 'ThirdParty',
                updatedBy: 'megan@contoso.com',
                updatedDateTime: '2026-11-02T09:30:00Z',
                comment: 'Our mail gateway blocks it',
                assignedTo: null,
              },
            ],
          }
        : p,
    );
    t.secureScores = t.secureScores.map((s) => ({
      ...s,
      controlScores: (s.controlScores ?? []).map((c) =>
        c.controlName === 'mdo_autoforwardingmode' ? { ...c, score: 6 } : c,
      ),
    }));
    const c = byId(await scan(t), FORWARDING);
    expect(c.status).not.toBe('pass');
    expect(c.status).toBe('unknown');
    expect(c.reason).toContain('resolved by a third party');
    expect(c.reason).toContain('megan@contoso.com');
    expect(c.reason).toContain('on 2 Nov 2026');
    expect(c.reason).toContain('an attestation, not a measurement');
  });
});
