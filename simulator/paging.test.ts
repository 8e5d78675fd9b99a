import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from './simulator';
import { contoso } from './tenants/contoso';
import { hardenedE5 } from './tenants/hardened-e5';
import { allPages, get } from './test-requests';

const EVENTUAL = { ConsistencyLevel: 'eventual' };

describe('paging', () => {
  const sim = createGraphSimulator(contoso());

  test('users page at 100 by default and the pages add up to every user', async () => {
    const pages = await allPages(sim, '/v1.0/users?$select=id');
    expect(pages.map((p) => p.json.value?.length)).toEqual([100, 100, 50]);
    const ids = pages.flatMap((p) => p.json.value?.map((u) => u['id']) ?? []);
    expect(new Set(ids).size).toBe(250);
  });

  test('$top sets the page size, up to 999 for users', async () => {
    expect((await allPages(sim, '/v1.0/users?$top=999&$select=id')).length).toBe(1);
    expect((await allPages(sim, '/v1.0/users?$top=60&$select=id')).length).toBe(5);
    const tooBig = await get(sim, '/v1.0/users?$top=1000');
    expect(tooBig.status).toBe(400);
  });

  test('@odata.nextLink is absolute, on the request root, and carries $skiptoken', async () => {
    const local = await get(sim, 'http://127.0.0.1:4567/v1.0/users?$top=10&$select=id');
    expect(local.json['@odata.nextLink']).toMatch(
      /^http:\/\/127\.0\.0\.1:4567\/v1\.0\/users\?\$top=10&\$select=id&\$skiptoken=[A-Za-z0-9_-]+$/,
    );
    const graph = await get(sim, '/beta/users?$top=10');
    expect(graph.json['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/beta\/users\?/);
  });

  test('@odata.count comes on the first page only', async () => {
    const pages = await allPages(sim, '/v1.0/users?$count=true&$top=100&$select=id', EVENTUAL);
    expect(pages).toHaveLength(3);
    expect(pages[0]?.json['@odata.count']).toBe(250);
    expect(pages[1]?.json).not.toHaveProperty('@odata.count');
    expect(pages[2]?.json).not.toHaveProperty('@odata.count');
  });

  test('a skip token from another query, or made up, is refused', async () => {
    const first = await get(sim, '/v1.0/users?$top=10&$select=id');
    const token = /\$skiptoken=([^&]+)/.exec(String(first.json['@odata.nextLink']))?.[1] ?? '';
    expect((await get(sim, `/v1.0/users?$top=20&$select=id&$skiptoken=${token}`)).status).toBe(400);
    expect((await get(sim, '/v1.0/users?$skiptoken=bogus')).status).toBe(400);
  });

  test('directoryRoles and their members do not page', async () => {
    const roles = await get(sim, '/v1.0/directoryRoles');
    expect(roles.json).not.toHaveProperty('@odata.nextLink');
    const members = await get(sim, '/v1.0/directoryRoles/roleTemplateId=62e90394-69f5-4237-9190-012177145e10/members');
    expect(members.json.value).toHaveLength(6);
    expect(members.json).not.toHaveProperty('@odata.nextLink');
  });

  test('URD pages at 100', async () => {
    const pages = await allPages(sim, '/v1.0/reports/authenticationMethods/userRegistrationDetails');
    expect(pages.map((p) => p.json.value?.length)).toEqual([100, 100, 50]);
  });

  test('secure scores: 90 daily snapshots newest first; $top=1 gives today', async () => {
    const all = await allPages(sim, '/v1.0/security/secureScores');
    const snapshots = all.flatMap((p) => p.json.value ?? []);
    expect(snapshots).toHaveLength(90);
    const dates = snapshots.map((s) => String(s['createdDateTime']));
    expect([...dates].sort().reverse()).toEqual(dates);
    const latest = await get(sim, '/v1.0/security/secureScores?$top=1');
    expect(latest.json.value?.[0]?.['createdDateTime']).toBe(dates[0]);
  });

  test('control profiles page with $skiptoken and hold at least 200 profiles', async () => {
    const pages = await allPages(createGraphSimulator(hardenedE5()), '/v1.0/security/secureScoreControlProfiles');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(String(pages[0]?.json['@odata.nextLink'])).toContain('$skiptoken=');
    expect(pages.flatMap((p) => p.json.value ?? []).length).toBeGreaterThanOrEqual(200);
  });
});

describe('advanced queries need ConsistencyLevel: eventual', () => {
  const sim = createGraphSimulator(contoso());

  test('$count=true without the header is a 400 Request_UnsupportedQuery', async () => {
    const res = await get(sim, '/v1.0/users?$count=true');
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe('Request_UnsupportedQuery');
  });

  test('the /$count segment answers text/plain, and needs the header', async () => {
    const res = await sim.handle({
      method: 'GET',
      url: '/v1.0/users/$count',
      headers: { Authorization: 'Bearer x', ConsistencyLevel: 'eventual' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain');
    expect(res.body).toBe('250');
    const filtered = await sim.handle({
      method: 'GET',
      url: "/v1.0/users/$count?$filter=userType eq 'Guest'",
      headers: { Authorization: 'Bearer x', ConsistencyLevel: 'eventual' },
    });
    expect(filtered.body).toBe('8');
    const without = await get(sim, '/v1.0/users/$count');
    expect(without.status).toBe(400);
    expect(without.json.error?.code).toBe('Request_UnsupportedQuery');
  });

  test.each([
    ['ne', 'accountEnabled ne true'],
    ['not', "not(userType eq 'Member')"],
    ['endsWith', "endswith(mail,'@fabrikam.co.uk')"],
    ['/$count in $filter', 'assignedLicenses/$count eq 0'],
  ])('%s needs the header and $count=true', async (_, filter) => {
    const base = `/v1.0/users?$filter=${encodeURIComponent(filter)}&$select=id`;
    const noHeader = await get(sim, `${base}&$count=true`);
    expect(noHeader.status).toBe(400);
    expect(noHeader.json.error?.code).toBe('Request_UnsupportedQuery');
    expect((await get(sim, base, EVENTUAL)).status).toBe(400);
    const ok = await get(sim, `${base}&$count=true`, EVENTUAL);
    expect(ok.status).toBe(200);
    expect(ok.json['@odata.count']).toBe(ok.json.value?.length);
  });

  test('the answers are right', async () => {
    const disabled = await get(sim, '/v1.0/users?$filter=accountEnabled ne true&$count=true&$select=id', EVENTUAL);
    expect(disabled.json['@odata.count']).toBe(1);
    const unlicensed = await get(
      sim,
      '/v1.0/users?$filter=assignedLicenses/$count eq 0&$count=true&$select=id',
      EVENTUAL,
    );
    expect(unlicensed.json['@odata.count']).toBe(11); // break-glass, MSP, Reception and 8 guests
  });

  test('a next link followed without the header again is a 400 (Graph does not carry it over)', async () => {
    const first = await get(sim, '/v1.0/users?$filter=accountEnabled eq true&$count=true&$top=50&$select=id', EVENTUAL);
    expect(first.status).toBe(200);
    const next = String(first.json['@odata.nextLink']);
    expect((await get(sim, next)).status).toBe(400);
    expect((await get(sim, next, EVENTUAL)).status).toBe(200);
  });

  test('non-directory collections take $count=true without the header', async () => {
    const res = await get(sim, '/v1.0/identity/conditionalAccess/policies?$count=true');
    expect(res.status).toBe(200);
    expect(res.json['@odata.count']).toBe(contoso().conditionalAccessPolicies.length);
  });
});
