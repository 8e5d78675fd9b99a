import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../simulator';
import { BEARER, getService, TEAMS, tenantWith } from './service-test-requests';

const meeting = [
  {
    Identity: 'Global',
    AllowAnonymousUsersToJoinMeeting: false,
    AutoAdmittedUsers: 'EveryoneInCompanyExcludingGuests',
  },
  { Identity: 'Tag:Executives', AllowAnonymousUsersToJoinMeeting: false, AutoAdmittedUsers: 'InvitedUsers' },
];
const data = { cmdlets: {}, teams: { TeamsMeetingPolicy: meeting } };
const CONFIGS = `${TEAMS}/Skype.Policy/configurations`;

describe('Teams configurations', () => {
  test('GET a configuration: 200 with a JSON array of its instances', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const res = await sim.handle({ method: 'GET', url: `${CONFIGS}/TeamsMeetingPolicy`, headers: BEARER });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual(meeting);
    expect(sim.serviceStats).toMatchObject({ byService: { teams: 1 }, byConfiguration: { TeamsMeetingPolicy: 1 } });
  });

  test('GET one instance: the object, by Identity or by tag name; an unknown one is 404', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const global = await getService(sim, `${CONFIGS}/TeamsMeetingPolicy/configuration/Global`);
    expect(global.json).toEqual(meeting[0]);
    const tagged = await getService(sim, `${CONFIGS}/TeamsMeetingPolicy/configuration/Executives`);
    expect(tagged.json['Identity']).toBe('Tag:Executives');
    expect((await getService(sim, `${CONFIGS}/TeamsMeetingPolicy/configuration/Nobody`)).status).toBe(404);
  });

  test('an allowed configuration without data is an empty array', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    expect((await getService(sim, `${CONFIGS}/TenantFederationSettings`)).json).toEqual([]);
  });

  test('a configuration off the allow-list is 404 and a violation; other paths are 404', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    expect((await getService(sim, `${CONFIGS}/TeamsCallingPolicy`)).status).toBe(404);
    expect((await getService(sim, `${TEAMS}/Teams.Tenant/tenants`)).status).toBe(404);
    expect(sim.serviceStats.violations).toMatchObject([
      { service: 'teams', reason: 'TeamsCallingPolicy is not on the Teams configuration allow-list' },
    ]);
  });

  test('any method but GET is 405 and a violation', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    const put = await sim.handle({
      method: 'PUT',
      url: `${CONFIGS}/TeamsMeetingPolicy/configuration/Global`,
      headers: BEARER,
      body: '{"AllowAnonymousUsersToJoinMeeting":true}',
    });
    expect(put.status).toBe(405);
    expect(put.headers['allow']).toBe('GET');
    expect(sim.serviceStats.violations).toMatchObject([{ service: 'teams', method: 'PUT' }]);
  });

  test('no token: 401; the GCC High host answers too', async () => {
    const sim = createGraphSimulator(tenantWith(data));
    expect((await getService(sim, `${CONFIGS}/TeamsMeetingPolicy`, {})).status).toBe(401);
    const gov = await getService(
      sim,
      'https://api.interfaces.records.gov.teams.microsoft.us/Skype.Policy/configurations/TeamsMeetingPolicy',
    );
    expect(gov.status).toBe(200);
  });
});
