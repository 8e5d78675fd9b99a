/**
 * Who changed it (issue 15): whole scans of the simulator through the real Graph client, with the
 * audit log read in the first wave, its events attached to the controls they can affect, and the
 * groups Conditional Access excludes recorded with their members.
 */
import { describe, expect, test } from 'vitest';
import { catalogue } from '../controls';
import { requiredPermissions } from '../lib/engine/scan/permissions';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { actorText, auditEventsFor } from '../lib/engine/watch/audit-event';
import { scanTenant } from '../lib/scanner/scan-tenant';
import { createDnsSimulator } from '../simulator/dns-simulator';
import { createGraphSimulator, type SimulatorOptions } from '../simulator/simulator';
import type { TenantModel } from '../simulator/tenant-model';
import { applyTenantChange } from '../simulator/tenant-changes';
import { contoso } from '../simulator/tenants/contoso';

const FIRST = '2026-11-24T12:00:00Z';

function scan(
  tenant: TenantModel,
  at: string,
  opts: SimulatorOptions & { previous?: ScanResult; readAudit?: boolean } = {},
): Promise<ScanResult> {
  const sim = createGraphSimulator(tenant, opts);
  return scanTenant({
    graphRoot: 'https://graph.microsoft.com',
    cloud: 'global',
    fetch: sim.fetch,
    getToken: () => Promise.resolve('test-token'),
    doh: { url: 'https://dns.test/dns-query', fetch: createDnsSimulator(tenant).fetch },
    sleep: () => Promise.resolve(),
    clock: () => Date.parse(at),
    ...(opts.previous ? { previous: opts.previous } : {}),
    ...(opts.readAudit !== undefined ? { readAudit: opts.readAudit } : {}),
  });
}

const status = (s: ScanResult, id: string) => s.controls.find((c) => c.id === id)?.status;

describe('the audit read of a scan', () => {
  test('a first scan reads the last 7 days and attaches each change to the controls it can affect', async () => {
    const s = await scan(contoso(), FIRST);
    expect(s.audit).toMatchObject({ status: 'read', from: '2026-11-17T12:00:00.000Z', to: '2026-11-24T12:00:00.000Z' });
    const mfa = auditEventsFor(s, 'entra-user-mfa-required');
    const ca = mfa.find((e) => e.activity === 'Update conditional access policy');
    expect(actorText(ca?.actor ?? null)).toBe('alex.wilber@contoso.com');
    expect(ca?.targets).toEqual([expect.objectContaining({ name: 'Require MFA for all users' })]);
    expect(ca?.changed).toEqual([{ field: 'State', before: 'On', after: 'Report-only' }]);
    // The app that rewrote the consent policy is named as an app.
    const consent = auditEventsFor(s, 'entra-user-consent-restricted');
    expect(consent.map((e) => actorText(e.actor))).toEqual(['Microsoft365DSC (app)']);
    expect(auditEventsFor(s, 'entra-sharepoint-external-sharing-limited')).toEqual([]);
    // The reception account added to the group every legacy-auth policy excludes: who, and where.
    const [added] = auditEventsFor(s, 'entra-legacy-auth-blocked').filter((e) => e.activity === 'Add member to group');
    expect(actorText(added?.actor ?? null)).toBe('nestor.wilke@contoso.com');
    expect(added?.changed).toEqual([
      {
        field: expect.stringMatching(/^reception@.* in CA - Legacy Auth Exceptions$/),
        before: 'not a member',
        after: 'member',
      },
    ]);
  });

  test('the groups Conditional Access excludes, with the policies they escape and their members', async () => {
    const s = await scan(contoso(), FIRST);
    const group = s.exclusionGroups?.find((g) => g.name === 'CA - Legacy Auth Exceptions');
    expect(group?.policies.map((p) => p.name).sort()).toEqual([
      'Block legacy authentication',
      'Require MFA for all users',
    ]);
    expect(group?.members?.map((m) => m.name)).toEqual(expect.arrayContaining(['svc-scan2mail', 'Reception']));
  });

  test('the next scan reads from the previous one: the change between them, with who made it', async () => {
    const tenant = contoso();
    const first = await scan(tenant, FIRST);
    const policy = tenant.conditionalAccessPolicies.find((p) => p.displayName === 'Block device code flow');
    applyTenantChange(tenant, {
      kind: 'caPolicyState',
      policyId: policy?.id ?? '',
      state: 'enabledForReportingButNotEnforced',
      actor: { upn: 'alex.wilber@contoso.com' },
      at: '2026-11-24T15:10:00.000Z',
    });
    const second = await scan(tenant, '2026-11-24T18:00:00Z', { previous: first });
    expect(status(first, 'entra-device-code-flow-blocked')).toBe('pass');
    expect(status(second, 'entra-device-code-flow-blocked')).not.toBe('pass');
    expect(second.audit).toMatchObject({ status: 'read', from: '2026-11-24T12:00:00.000Z' });
    const events = auditEventsFor(second, 'entra-device-code-flow-blocked');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      at: '2026-11-24T15:10:00.000Z',
      actor: { kind: 'user', upn: 'alex.wilber@contoso.com' },
      changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
    });
  });

  test('adds no round trip: the log is read in the first wave', async () => {
    const [without, withAudit] = await Promise.all([
      scan(contoso(), FIRST, { readAudit: false }),
      scan(contoso(), FIRST),
    ]);
    expect(without.audit).toBeUndefined();
    expect(withAudit.stats.roundTrips).toBe(without.stats.roundTrips);
    expect(withAudit.stats.graphRequests).toBe(without.stats.graphRequests + 2);
  });

  test('without AuditLog.Read.All the read is unavailable and names it; the scan completes', async () => {
    const granted = requiredPermissions(catalogue)
      .map((n) => n.permission)
      .filter((p) => p !== 'AuditLog.Read.All');
    const s = await scan(contoso(), FIRST, { grantedScopes: granted });
    expect(s.failure).toBeUndefined();
    expect(s.audit).toMatchObject({ status: 'unavailable', permission: 'AuditLog.Read.All' });
    expect(s.audit?.status === 'unavailable' && s.audit.reason).toContain('grant AuditLog.Read.All');
    expect(status(s, 'entra-device-code-flow-blocked')).toBe('pass');
    expect(s.exclusionGroups?.length).toBeGreaterThan(0);
  });

  test('throttled or malformed, the read is unavailable with the reason, never a partial list', async () => {
    const throttled = await scan(contoso(), FIRST, {
      faults: [{ path: '/auditLogs/directoryAudits', kind: 'throttle', times: 100, retryAfterSeconds: 1 }],
    });
    expect(throttled.audit).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('HTTP 429') });
    expect(throttled.audit).not.toHaveProperty('permission');
    const malformed = await scan(contoso(), FIRST, {
      faults: [{ path: '/auditLogs/directoryAudits', kind: 'malformed', body: '{"value":[{"id":1}]}' }],
    });
    expect(malformed.audit).toMatchObject({ status: 'unavailable', reason: expect.stringContaining("'value[0].id'") });
    expect(malformed.failure).toBeUndefined();
  });
});
