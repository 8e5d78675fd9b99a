import { describe, expect, test } from 'vitest';
import { RescanError } from '../engine/scan/rescan-controls';
import { contoso } from '../../simulator/tenants/contoso';
import { freshDefaults } from '../../simulator/tenants/fresh-defaults';
import { createGraphSimulator } from '../../simulator/simulator';
import { DEMO_GRAPH_ROOT, rescanDemoTenant, scanDemoTenant } from './demo-scan';
import { rescanSignedInTenant, rescanTenant } from './rescan';

const ID = 'm365-password-expiry-disabled';
let t = Date.parse('2026-11-20T10:00:00Z');
const clock = () => (t += 1000);

describe('rescan this control', () => {
  test('fix a setting, rescan one control: it turns green, the score follows, nothing else changes', async () => {
    const latest = await scanDemoTenant({ clock });
    expect(latest.controls.find((c) => c.id === ID)?.status).toBe('fail');

    const fixed = contoso();
    for (const d of fixed.domains) d.passwordValidityPeriodInDays = 2147483647;
    const after = await rescanDemoTenant(latest, [ID], { tenant: fixed, clock });

    const verdict = after.controls.find((c) => c.id === ID)!;
    expect(verdict.status).toBe('pass');
    expect(after.score.achieved).toBeCloseTo(latest.score.achieved + verdict.maxScore, 5);
    expect(after.controls.filter((c) => c.id !== ID)).toEqual(latest.controls.filter((c) => c.id !== ID));
    expect(after.rescan).toEqual({ controlIds: [ID], basedOn: latest.scannedAt });
    expect(after.scannedAt > latest.scannedAt).toBe(true);
    // Only the control's source plus the tenant's identity and licences were read, not the whole catalogue.
    expect(after.stats.graphRequests).toBe(3);
    expect(latest.stats.graphRequests).toBeGreaterThan(20);
  });

  test('a rescan of a rescan still names the full scan it is based on', async () => {
    const latest = await scanDemoTenant({ clock });
    const once = await rescanDemoTenant(latest, [ID], { clock });
    const twice = await rescanDemoTenant(once, ['entra-user-consent-restricted'], { clock });
    expect(twice.rescan?.basedOn).toBe(latest.scannedAt);
  });

  test('another tenant answering is refused, so its verdicts never land in this history', async () => {
    const latest = await scanDemoTenant({ clock });
    await expect(rescanDemoTenant(latest, [ID], { tenant: freshDefaults(), clock })).rejects.toThrow(RescanError);
  });

  test('the demo scan and its rescan are judged against the declarations passed, and a changed set is refused', async () => {
    const declarations = {
      emergencyAccess: [{ id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user' as const, reason: 'In the safe' }],
      exemptions: [],
      privilegedRoles: null,
    };
    const latest = await scanDemoTenant({ clock, declarations });
    expect(latest.declarations).toEqual(declarations);
    expect((await rescanDemoTenant(latest, [ID], { clock, declarations })).declarations).toEqual(declarations);
    await expect(rescanDemoTenant(latest, [ID], { clock })).rejects.toThrow(/declarations changed/);
  });

  test('an id outside the catalogue is refused', async () => {
    const latest = await scanDemoTenant({ clock });
    await expect(rescanDemoTenant(latest, ['no-such-control'], { clock })).rejects.toThrow(/not in the catalogue/);
  });

  test("a rescan whose organization read fails is refused: a verdict of nobody's tenant never lands in this history", async () => {
    const latest = await scanDemoTenant({ clock });
    const refused = createGraphSimulator(contoso(), { faults: [{ path: '/organization', kind: 'forbidden' }] });
    await expect(
      rescanTenant({
        latest,
        controlIds: [ID],
        graphRoot: DEMO_GRAPH_ROOT,
        cloud: 'global',
        fetch: refused.fetch,
        getToken: () => Promise.resolve('t'),
        clock,
      }),
    ).rejects.toThrow(/could not be identified/);
  });

  test("the signed-in account's tenant rescans only its own history: another tenant's latest scan is refused before any read", async () => {
    const latest = await scanDemoTenant({ clock });
    const sim = createGraphSimulator(contoso());
    const session = {
      connection: { cloud: 'global' as const },
      account: { tenantId: freshDefaults().organization.id! },
      getToken: () => Promise.resolve('t'),
    };
    await expect(rescanSignedInTenant(session, latest, [ID], { fetch: sim.fetch })).rejects.toThrow(
      /not the signed-in tenant/,
    );
    expect(sim.stats.httpCalls).toBe(0);
  });
});
