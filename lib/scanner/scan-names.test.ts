import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../../simulator/simulator';
import type { Fault } from '../../simulator/faults';
import { contoso } from '../../simulator/tenants/contoso';
import { resolveNames } from '../engine/scan/directory-names';
import type { ControlResult } from '../engine/verdict/result';
import { createGraphClient } from '../graph/client';
import { assertReadOnly } from '../graph/read-only';
import { rescanDemoTenant, scanDemoTenant } from './demo-scan';

const UNKNOWN = '00000000-0000-4000-8000-000000000001';

/** One control whose evidence excludes these users and groups: what a CA policy's evidence looks like. */
function resultExcluding(users: readonly string[], groups: readonly string[]): ControlResult {
  return {
    evidence: [
      {
        source: 'conditionalAccessPolicies',
        id: 'p1',
        displayName: 'Require MFA',
        fields: { 'conditions.users.excludeUsers': users, 'conditions.users.excludeGroups': groups },
      },
    ],
  } as Partial<ControlResult> as ControlResult;
}

/** The real Graph client over the simulator, recording every HTTP call it makes. */
function clientOver(faults: readonly Fault[] = []) {
  const sim = createGraphSimulator(contoso(), { faults });
  const calls: { method: string; url: string; body?: unknown }[] = [];
  const recording: typeof fetch = async (input, init) => {
    const req = new Request(input, init);
    const body = req.method === 'POST' ? ((await req.clone().json()) as unknown) : undefined;
    calls.push({ method: req.method, url: new URL(req.url).pathname.replace(/^\/(v1\.0|beta)/, ''), body });
    return sim.fetch(input, init);
  };
  const client = createGraphClient({
    graphRoot: 'https://graph.microsoft.com',
    fetch: recording,
    getToken: () => Promise.resolve('token'),
    sleep: () => Promise.resolve(),
    maxRetryAfterSeconds: 1,
  });
  return { client, calls };
}

const tenant = contoso();
const users = tenant.users.slice(0, 30).map((u) => u.id!);
const groups = tenant.groups.slice(0, 3).map((g) => g.id!);

describe('names for the ids evidence shows', () => {
  test('every id is read in $batch POSTs of at most 20 GETs, one wave, and nothing but GETs leaves', async () => {
    const { client, calls } = clientOver();
    const { names, namesUnreadable } = await resolveNames([resultExcluding([...users, UNKNOWN], groups)], client);
    expect(namesUnreadable).toBeUndefined();
    expect(Object.keys(names)).toHaveLength(users.length + groups.length);
    expect(names[users[0]!]).toEqual({ name: tenant.users[0]!.displayName, kind: 'user' });
    expect(names[groups[0]!]).toEqual({ name: tenant.groups[0]!.displayName, kind: 'group' });
    // 404: the id stays an id, and that isn't a failure to read.
    expect(names[UNKNOWN]).toBeUndefined();

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['POST /$batch', 'POST /$batch']);
    for (const c of calls) expect(() => assertReadOnly(c)).not.toThrow();
    const sizes = calls.map((c) => (c.body as { requests: unknown[] }).requests.length);
    expect(sizes).toEqual([20, 14]);
    expect(client.stats.roundTrips).toBe(1);
  });

  test('403 and throttling leave the ids as they are and say once why', async () => {
    const { client } = clientOver([
      { path: '/groups/*', kind: 'forbidden' },
      { path: '/users/*', kind: 'throttle', times: 99, retryAfterSeconds: 600 },
    ]);
    const { names, namesUnreadable } = await resolveNames([resultExcluding(users.slice(0, 2), groups)], client);
    expect(names).toEqual({});
    expect(namesUnreadable).toMatch(/^HTTP (403 \(needs GroupMember\.Read\.All\)|429) \(5 lookups failed\)$/);
  });

  test('the demo scan stores names for its policies’ excluded people, groups and roles, and a rescan keeps them', async () => {
    const scan = await scanDemoTenant();
    expect(scan.namesUnreadable).toBeUndefined();
    const named = Object.values(scan.names ?? {});
    expect(named).toContainEqual({ name: 'Global Administrator', kind: 'role' });
    expect(named.some((n) => n.kind === 'group')).toBe(true);

    // "Rescan this control" on a control that shows no ids: the carried-over verdicts keep their names.
    const rescanned = await rescanDemoTenant(scan, ['entra-app-registration-restricted']);
    expect(rescanned.names).toEqual(scan.names);
  });
});
