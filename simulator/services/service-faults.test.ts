import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../simulator';
import type { ServiceFault } from './service-faults';
import { cmdlet, getService, INVOKE, post, TEAMS, tenantWith } from './service-test-requests';

const data = {
  cmdlets: {
    'Get-OrganizationConfig': [{ Identity: 'contoso.onmicrosoft.com', AuditDisabled: false }],
    'Get-AntiPhishPolicy': [{ Identity: 'Office365 AntiPhish Default', Enabled: true }],
  },
  teams: { TeamsMeetingPolicy: [{ Identity: 'Global', AllowAnonymousUsersToJoinMeeting: false }] },
};
const MEETING = `${TEAMS}/Skype.Policy/configurations/TeamsMeetingPolicy`;

const simWith = (...faults: ServiceFault[]) => createGraphSimulator(tenantWith(data), { serviceFaults: faults });

describe('admin-service faults', () => {
  test.each([401, 403, 500])('%i on one cmdlet, with an error body; the other cmdlets still answer', async (status) => {
    const sim = simWith({ target: 'Get-AntiPhishPolicy', kind: 'status', status });
    const res = await post(sim, INVOKE, cmdlet('Get-AntiPhishPolicy'));
    expect(res.status).toBe(status);
    expect(res.json.error?.message).toContain('Get-AntiPhishPolicy');
    expect((await post(sim, INVOKE, cmdlet('Get-OrganizationConfig'))).status).toBe(200);
  });

  test('throttled N times with Retry-After, then answered', async () => {
    const sim = simWith({ target: 'Get-OrganizationConfig', kind: 'throttle', times: 2, retryAfterSeconds: 4 });
    for (let i = 0; i < 2; i++) {
      const res = await post(sim, INVOKE, cmdlet('Get-OrganizationConfig'));
      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toBe('4');
    }
    expect((await post(sim, INVOKE, cmdlet('Get-OrganizationConfig'))).status).toBe(200);
    expect(sim.serviceStats.byCmdlet['Get-OrganizationConfig']).toBe(3);
  });

  test('a malformed body with a 200', async () => {
    const sim = simWith({ target: 'Get-OrganizationConfig', kind: 'malformed', body: '{"value": [' });
    const res = await sim.handle({
      method: 'POST',
      url: INVOKE,
      headers: { Authorization: 'Bearer x' },
      body: JSON.stringify(cmdlet('Get-OrganizationConfig')),
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('{"value": [');
  });

  test('HTTP 200 with an error in the body, as ScubaGear saw', async () => {
    const sim = simWith({ target: 'Get-OrganizationConfig', kind: 'errorIn200', code: 'Throttled', message: 'Busy.' });
    const res = await post(sim, INVOKE, cmdlet('Get-OrganizationConfig'));
    expect(res.status).toBe(200);
    expect(res.json.error).toMatchObject({ code: 'Throttled', message: 'Busy.' });
    expect(res.json.value).toBeUndefined();
  });

  test('a cmdlet not in the plan: 400 "not recognized" though the data has it', async () => {
    const sim = simWith({ target: 'Get-AntiPhishPolicy', kind: 'notInPlan' });
    const res = await post(sim, INVOKE, cmdlet('Get-AntiPhishPolicy'));
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/^The term 'Get-AntiPhishPolicy' is not recognized/);
  });

  test('Teams configurations take the same faults', async () => {
    const sim = simWith(
      { target: 'TeamsMeetingPolicy', kind: 'status', status: 403, times: 1 },
      { target: 'TeamsMeetingPolicy', kind: 'throttle', times: 1, retryAfterSeconds: 2 },
    );
    expect((await getService(sim, MEETING)).status).toBe(403);
    const throttled = await getService(sim, MEETING);
    expect([throttled.status, throttled.headers['retry-after']]).toEqual([429, '2']);
    expect((await getService(sim, MEETING)).status).toBe(200);
  });

  test('reset() zeroes the service stats and the fault counters', async () => {
    const sim = simWith({ target: 'Get-OrganizationConfig', kind: 'status', status: 500, times: 1 });
    expect((await post(sim, INVOKE, cmdlet('Get-OrganizationConfig'))).status).toBe(500);
    await post(sim, INVOKE, cmdlet('Set-Mailbox'));
    sim.reset();
    expect(sim.serviceStats).toMatchObject({ httpCalls: 0, byCmdlet: {}, violations: [] });
    expect((await post(sim, INVOKE, cmdlet('Get-OrganizationConfig'))).status).toBe(500);
  });
});
