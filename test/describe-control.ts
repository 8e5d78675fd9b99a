/**
 * Control tests in the house style (after ScubaGear's base config): start from the hardened E5 tenant,
 * which passes everything, change one thing per case, scan it through the real Graph client and the
 * simulator, and check the verdict a user would see.
 */
import type * as Graph from '@microsoft/microsoft-graph-types';
import { describe, expect, test } from 'vitest';
import type { AnyControl } from '../lib/engine/verdict/control';
import type { Declarations } from '../lib/engine/scan/declarations';
import { runScan, type ScanResult } from '../lib/engine/scan/run-scan';
import type { ControlResult } from '../lib/engine/verdict/result';
import type { Status } from '../lib/engine/verdict/status';
import { createDohClient } from '../lib/dns/doh-client';
import { createGraphClient } from '../lib/graph/client';
import { createDnsSimulator, type DnsFault } from '../simulator/dns-simulator';
import type { Fault } from '../simulator/faults';
import { createGraphSimulator } from '../simulator/simulator';
import type { TenantModel } from '../simulator/tenant-model';
import { group } from '../simulator/tenants/directory-builder';
import { hardenedE5, hardenedE5Ids } from '../simulator/tenants/hardened-e5';
import { AppIds } from '../simulator/tenants/well-known';
import type { AdminService } from '../lib/graph/sources/admin-services';
import type { ServiceData } from '../simulator/services/service-data';
import { fakeServiceReader, type ServiceFault, type ServiceFaultTarget } from './fake-service-reader';

export type { ServiceData, ServiceFault };

/**
 * The cases every control read from an admin service shares (issue 17), for the cmdlet or Teams
 * configuration it reads (or SharePoint's `SPO.Tenant`): off or refused, it goes back to its check by hand saying why; an error, a
 * throttled or malformed answer, or a cmdlet the tenant lacks leaves it unknown, never passed.
 */
export function serviceCases(
  service: AdminService,
  target: ServiceFaultTarget,
): { manual: Record<string, ControlCase>; unknown: Record<string, ControlCase> } {
  return {
    manual: {
      [`${service} reading off for the tenant`]: { servicesOff: [service], reasonIncludes: 'reading is off' },
      [`${target} refused to the app (401)`]: {
        serviceFaults: [{ target, status: 401, message: 'Unauthorized' }],
        reasonIncludes: 'refused this app: HTTP 401',
      },
      [`${target} refused to the account (403)`]: {
        serviceFaults: [{ target, status: 403, message: 'Access denied' }],
        reasonIncludes: 'refused the signed-in account: HTTP 403',
      },
    },
    unknown: {
      [`${target} fails (500)`]: {
        serviceFaults: [{ target, status: 500, message: 'Internal error' }],
        reasonIncludes: 'HTTP 500',
      },
      [`${target} throttled`]: { serviceFaults: [{ target, status: 429 }], reasonIncludes: 'HTTP 429' },
      [`${target} answers something else`]: {
        serviceFaults: [{ target, status: 200, body: { unexpected: true } }],
        reasonIncludes: 'malformed',
      },
    },
  };
}

export interface ControlCase {
  /** Change one thing in a fresh copy of the golden tenant. */
  tenant?: (t: TenantModel) => void;
  /** Or make Graph misbehave for a source. */
  faults?: readonly Fault[];
  /** Scopes the caller was granted (403 for the rest). */
  grantedScopes?: readonly string[];
  /** Make the DNS resolver misbehave for a name (DNS answers come from the tenant's `publicDns`). */
  dnsFaults?: readonly DnsFault[];
  /** Scan with no DNS resolver at all, as a scan not given one. */
  noDnsResolver?: boolean;
  /** What the admin declared (emergency accounts, exemptions, privileged roles). */
  declarations?: Declarations;
  /** Change the tenant's Exchange / Defender / Purview / Teams settings (issue 17). */
  services?: (d: ServiceData) => void;
  /** Make an admin service misbehave for one cmdlet or Teams configuration. */
  serviceFaults?: readonly ServiceFault[];
  /** Scan without reading these admin services (off for the tenant). */
  servicesOff?: readonly AdminService[];
  /** Expected status when the group doesn't decide it (e.g. `partial` inside `fail`). */
  status?: Status;
  reasonIncludes?: string | readonly string[];
  /** Ids or display names that must appear in the evidence. */
  evidence?: readonly string[];
  score?: number;
  check?: (r: ControlResult) => void;
}

export interface ControlCases {
  pass: Record<string, ControlCase>;
  fail: Record<string, ControlCase>;
  unknown: Record<string, ControlCase>;
  partial?: Record<string, ControlCase>;
  notLicensed?: Record<string, ControlCase>;
  /** Nothing to judge: no points either way; the control must declare `notApplicableWhen`. */
  notApplicable?: Record<string, ControlCase>;
  /** Back to the check by hand: the admin service it reads is off or refused (issue 17). */
  manual?: Record<string, ControlCase>;
}

/** Scan one control against a tenant, exactly as a full scan would. */
export async function evaluateAgainst(control: AnyControl, c: ControlCase = {}): Promise<ControlResult> {
  const tenant = hardenedE5();
  c.tenant?.(tenant);
  if (tenant.services) c.services?.(tenant.services);
  const sim = createGraphSimulator(tenant, {
    ...(c.faults ? { faults: c.faults } : {}),
    ...(c.grantedScopes ? { grantedScopes: c.grantedScopes } : {}),
  });
  const services = fakeServiceReader(tenant.services, {
    ...(c.serviceFaults ? { faults: c.serviceFaults } : {}),
    ...(c.servicesOff ? { off: c.servicesOff } : {}),
  });
  const client = createGraphClient({
    graphRoot: 'https://graph.microsoft.com',
    fetch: sim.fetch,
    getToken: () => Promise.resolve('test'),
    sleep: () => Promise.resolve(),
  });
  const dnsSim = createDnsSimulator(tenant, { faults: c.dnsFaults ?? [] });
  const scan = await runScan({
    controls: [control],
    reader: client,
    services,
    ...(c.noDnsResolver ? {} : { dns: createDohClient({ url: TEST_DOH_URL, fetch: dnsSim.fetch }) }),
    tool: { name: 'test', version: '0', catalogVersion: '0' },
    cloud: 'global',
    clock: () => Date.parse('2026-11-24T12:00:00Z'),
    ...(c.declarations ? { declarations: c.declarations } : {}),
  });
  return scan.controls[0]!;
}

/**
 * A scan of `controls` against `tenant` as a full scan makes it, with every admin service read from the
 * tenant's service data (in memory): for the tests that pin each simulated tenant's live verdicts.
 */
export async function scanWithServices(tenant: TenantModel, controls: readonly AnyControl[]): Promise<ScanResult> {
  const sim = createGraphSimulator(tenant);
  return runScan({
    controls,
    reader: createGraphClient({
      graphRoot: 'https://graph.microsoft.com',
      fetch: sim.fetch,
      getToken: () => Promise.resolve('test'),
      sleep: () => Promise.resolve(),
    }),
    services: fakeServiceReader(tenant.services),
    tool: { name: 'test', version: '0', catalogVersion: '0' },
    cloud: 'global',
    clock: () => Date.parse('2026-11-24T12:00:00Z'),
  });
}

/** How many waves of Graph reads a scan of one control makes (each `getAll` is one wave, batched). */
export async function wavesFor(control: AnyControl, c: ControlCase = {}): Promise<number> {
  const tenant = hardenedE5();
  c.tenant?.(tenant);
  const sim = createGraphSimulator(tenant, c.faults ? { faults: c.faults } : {});
  const client = createGraphClient({
    graphRoot: 'https://graph.microsoft.com',
    fetch: sim.fetch,
    getToken: () => Promise.resolve('test'),
    sleep: () => Promise.resolve(),
  });
  let waves = 0;
  await runScan({
    controls: [control],
    // The control's own waves: the names wave after the verdicts (directory-names.ts) isn't one.
    reader: {
      stats: client.stats,
      getAll: (r, p) => ((waves += r.some((g) => !g.key.startsWith('name:')) ? 1 : 0), client.getAll(r, p)),
      // Secure Score's later profile pages are read beside the waves, on a fork: not one of them.
      fork: () => client.fork(),
    },
    tool: { name: 'test', version: '0', catalogVersion: '0' },
    cloud: 'global',
    clock: () => Date.parse('2026-11-24T12:00:00Z'),
  });
  return waves;
}

/** The ids and names an evidence list mentions, for `evidence` expectations. */
const mentioned = (r: ControlResult): string[] =>
  r.evidence.flatMap((e) => [e.id, e.displayName, e.source].filter((x): x is string => !!x));

/**
 * A control whose admin service wasn't read (off or refused) is what it was before the service could
 * be read: a check by hand, decided by Microsoft's verdict where Microsoft scores it. Why the service
 * wasn't read stays on the result (`serviceRead.why`), whoever decided it.
 */
function expectCheckByHand(control: AnyControl, r: ControlResult, c: ControlCase): void {
  expect(r.serviceRead?.live).toBe(false);
  for (const s of typeof c.reasonIncludes === 'string' ? [c.reasonIncludes] : (c.reasonIncludes ?? []))
    expect(r.serviceRead?.why).toContain(s);
  expect(r.manualCheck).toBeDefined();
  if (control.refs.secureScore) expect(r.source).toBe('microsoft');
  else expect({ status: r.status, score: r.score }).toEqual({ status: 'manual', score: 0 });
  expect(r.evidence.every((e) => !e.source?.startsWith('Exchange') && !e.source?.startsWith('Microsoft Teams'))).toBe(
    true,
  );
  c.check?.(r);
}

export function describeControl(control: AnyControl, cases: ControlCases): void {
  for (const group of ['pass', 'fail', 'unknown'] as const) {
    if (Object.keys(cases[group]).length === 0) throw new Error(`${control.id}: every control needs ${group} cases`);
  }
  describe(control.id, () => {
    for (const [group, groupCases] of Object.entries(cases) as Array<[Status, Record<string, ControlCase>]>) {
      for (const [name, c] of Object.entries(groupCases)) {
        test(`${group}: ${name}`, async () => {
          const r = await evaluateAgainst(control, c);
          if (group === 'manual') return expectCheckByHand(control, r, c);
          const expected = c.status ?? group;
          expect({ status: r.status, reason: r.reason }).toMatchObject({ status: expected });
          expect(r.reason).toMatch(/\.$/);
          for (const s of typeof c.reasonIncludes === 'string' ? [c.reasonIncludes] : (c.reasonIncludes ?? []))
            expect(r.reason).toContain(s);
          if (expected === 'pass') expect(r.score).toBe(control.maxScore);
          if (
            expected === 'fail' ||
            expected === 'unknown' ||
            expected === 'notLicensed' ||
            expected === 'notApplicable'
          )
            expect(r.score).toBe(0);
          if (expected === 'notApplicable') expect(control.notApplicableWhen).toBeTruthy();
          if (expected === 'partial') expect(r.score).toBeGreaterThan(0);
          if (expected === 'unknown') expect(r.unknownReason).toBeDefined();
          if (r.serviceRead) expect(r.serviceRead.live).toBe(true);
          // Every decided verdict traces back to Graph data.
          if (expected === 'pass' || expected === 'fail' || expected === 'partial' || expected === 'notApplicable')
            expect(r.evidence.length).toBeGreaterThan(0);
          for (const e of c.evidence ?? []) expect(mentioned(r)).toContain(e);
          if (c.score !== undefined) expect(r.score).toBe(c.score);
          c.check?.(r);
        });
      }
    }
  });
}

/** A fault answering 403 for a source path. */
export const forbidden = (path: string): Fault => ({ path, kind: 'forbidden' });
/** A fault answering 200 with a body that isn't what Graph documents. */
export const malformed = (path: string, body: unknown): Fault => ({
  path,
  kind: 'malformed',
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
export const failing = (path: string, status: number): Fault => ({ path, kind: 'status', status });

/** The DNS-over-HTTPS resolver control tests read DNS through (the DNS simulator, in-process). */
export const TEST_DOH_URL = 'https://dns.test/dns-query';
/** The resolver answers SERVFAIL for a name (`*`: every name). */
export const servfail = (name: string): DnsFault => ({ name, kind: 'rcode', rcode: 2 });
/** The resolver's usual answer for a name, marked truncated (TC). */
export const dnsTruncated = (name: string): DnsFault => ({ name, kind: 'truncated' });
/** The resolver can't be reached at all (the fetch rejects). */
export const resolverDown = (name = '*'): DnsFault => ({ name, kind: 'offline' });
/** The resolver answers HTTP `status` for a name. */
export const resolverStatus = (name: string, status: number): DnsFault => ({ name, kind: 'http', status });
/** The resolver answers 200 with a body that isn't the DoH JSON it documents. */
export const dnsMalformed = (name: string, body: unknown): DnsFault => ({
  name,
  kind: 'malformed',
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
export type { DnsFault };

// ---- One-thing patches for control tests. Controls' tests sit in the pure zone, which may not import
// the simulator, so the few tenant helpers and ids they need are exported from here.
export { RoleTemplates } from '../simulator/built-in-roles';
export { hardenedE5Ids } from '../simulator/tenants/hardened-e5';
export { NEVER_EXPIRES } from '../simulator/tenants/domains';
export type { TenantModel };

/** The tenant's conditional access policy whose name starts with `prefix` (e.g. 'CA003'). */
export function caPolicyNamed(t: TenantModel, prefix: string): Graph.ConditionalAccessPolicy {
  const p = t.conditionalAccessPolicies.find((x) => x.displayName?.startsWith(prefix));
  if (!p) throw new Error(`no conditional access policy named ${prefix}…`);
  return p;
}

/** Members without a role and not break-glass: people no policy should leave out. */
export function staff(t: TenantModel, n: number): Graph.User[] {
  const roleHolders = new Set([...t.roleAssignments, ...t.roleEligibilityScheduleInstances].map((a) => a.principalId));
  const people = t.users.filter((u) => u.userType === 'Member' && !roleHolders.has(u.id) && u.id !== undefined);
  if (people.length < n) throw new Error(`only ${people.length} staff members`);
  return people.slice(0, n);
}

/** Adds a security group holding these directory objects; returns its id. */
export function addGroup(
  t: TenantModel,
  displayName: string,
  memberIds: readonly string[],
  isAssignableToRole = false,
): string {
  const g = group('tests', 'woodgrovebank.com', {
    displayName,
    kind: 'security',
    isAssignableToRole,
    createdDateTime: '2026-01-01T00:00:00Z',
  });
  t.groups.push(g);
  t.groupMembers[g.id!] = [...memberIds];
  return g.id!;
}

/** Removes service plans (e.g. 'AAD_PREMIUM_P2') from every subscription, as a tenant without that licence. */
export function withoutServicePlans(t: TenantModel, ...plans: readonly string[]): void {
  for (const sku of t.subscribedSkus)
    sku.servicePlans = (sku.servicePlans ?? []).filter((p) => !plans.includes(p.servicePlanName ?? ''));
}

/** Takes out the conditional access policies whose names start with any of these prefixes. */
export function removeCaPolicies(t: TenantModel, ...prefixes: readonly string[]): void {
  t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter(
    (p) => !prefixes.some((x) => p.displayName?.startsWith(x)),
  );
}

export { AppIds };

/**
 * One-thing patches that leave a conditional access policy for all users and all apps but make it
 * apply only to some sign-ins: a location, an excluded app, a device filter, a platform, an
 * authentication flow. A policy narrowed by any of them protects only those sign-ins, so it must not
 * count as covering everyone. Keys complete "a policy that applies …".
 */
export const narrowings: Readonly<Record<string, (p: Graph.ConditionalAccessPolicy) => void>> = {
  'everywhere but trusted locations (the office network is let through)': (p) => {
    p.conditions!.locations = { includeLocations: ['All'], excludeLocations: ['AllTrusted'] };
  },
  'only in trusted locations': (p) => {
    p.conditions!.locations = { includeLocations: ['AllTrusted'], excludeLocations: [] };
  },
  'only in some named locations (the blocked countries)': (p) => {
    p.conditions!.locations = { includeLocations: [hardenedE5Ids.blockedCountries], excludeLocations: [] };
  },
  'to all cloud apps but Exchange Online': (p) => {
    p.conditions!.applications!.excludeApplications = [AppIds.exchangeOnline];
  },
  'to every device but those a device filter exempts': (p) => {
    p.conditions!.devices = { deviceFilter: { mode: 'exclude', rule: 'device.trustType -eq "ServerAD"' } };
  },
  'only on iOS and Android': (p) => {
    p.conditions!.platforms = { includePlatforms: ['iOS', 'android'], excludePlatforms: [] };
  },
  'on every platform but Windows': (p) => {
    p.conditions!.platforms = { includePlatforms: ['all'], excludePlatforms: ['windows'] };
  },
  'only to the device code flow': (p) => {
    p.conditions!.authenticationFlows = { transferMethods: 'deviceCodeFlow' };
  },
};

/**
 * One case per narrowing, named "a policy that applies <narrowing><suffix>": `patch(narrow)` builds the
 * tenant change, `rest` holds the expectations.
 */
export function narrowedCases(
  patch: (narrow: (p: Graph.ConditionalAccessPolicy) => void) => (t: TenantModel) => void,
  rest: Omit<ControlCase, 'tenant'>,
  suffix = '',
): Record<string, ControlCase> {
  return Object.fromEntries(
    Object.entries(narrowings).map(([name, narrow]) => [
      `a policy that applies ${name}${suffix}`,
      { ...rest, tenant: patch(narrow) },
    ]),
  );
}

type PolicyPatch = (change: (p: Graph.ConditionalAccessPolicy, t: TenantModel) => void) => (t: TenantModel) => void;

/**
 * A policy whose only exclusion is a group of three ordinary people: those three are unprotected, and
 * the verdict must say so and name them (display names, not object ids).
 */
export function excludedGroupOfThree(
  patch: PolicyPatch,
  groupName: string,
  reasonIncludes: readonly string[] = [],
): ControlCase {
  return {
    tenant: patch((p, t) => {
      p.conditions!.users!.excludeUsers = [];
      p.conditions!.users!.excludeGroups = [
        addGroup(
          t,
          groupName,
          staff(t, 3).map((u) => u.id!),
        ),
      ];
    }),
    reasonIncludes: ['excludes 3 accounts', ...reasonIncludes],
    check: (r) => {
      expect(r.affected).toMatchObject({ noun: 'accounts excluded', count: 3 });
      expect(r.affected?.sample).toHaveLength(3);
      for (const name of r.affected?.sample ?? []) expect(name).not.toMatch(/^[0-9a-f-]{36}$/);
    },
  };
}

// ---- Cases many controls share. Each builder returns named cases to spread into a group, so a test file
// keeps only what is particular to its control and the shared expectations can't drift apart.

const CA_POLICIES = '/identity/conditionalAccess/policies';
const AUTHORIZATION_POLICY = '/policies/authorizationPolicy';
const ACCESS_REVIEWS = '/identityGovernance/accessReviews/definitions';

/** notLicensed: a tenant with neither Entra ID P1 nor P2 is told what it needs. */
export const needsEntraP1 = (name = 'without Entra ID P1 or P2'): Record<string, ControlCase> => ({
  [name]: {
    tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM', 'AAD_PREMIUM_P2'),
    reasonIncludes: 'Needs Microsoft Entra ID P1',
  },
});

/** notLicensed: a tenant with Entra ID P1 but not P2 is told it needs P2. */
export const needsEntraP2 = (name = 'Entra ID P1 without P2'): Record<string, ControlCase> => ({
  [name]: { tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM_P2'), reasonIncludes: 'Needs Microsoft Entra ID P2' },
});

/** notLicensed: a tenant without any Intune plan. */
export const needsIntune = (): Record<string, ControlCase> => ({
  'no Intune': { tenant: (t) => withoutServicePlans(t, 'INTUNE_A', 'INTUNE_EDU', 'INTUNE_SMBIZ') },
});

/** unknown: 403 on the conditional access policies names the permission and the path. */
export const caForbidden = (
  name = '403 on conditional access policies names Policy.Read.All',
): Record<string, ControlCase> => ({
  [name]: { faults: [forbidden(CA_POLICIES)], reasonIncludes: ['HTTP 403', 'Policy.Read.All', CA_POLICIES] },
});

/** unknown: 500 on the conditional access policies. */
export const caFailing = (): Record<string, ControlCase> => ({
  '500 on conditional access policies': { faults: [failing(CA_POLICIES, 500)], reasonIncludes: 'HTTP 500' },
});

/** unknown: 403 reading the members of a group a policy excludes names GroupMember.Read.All. */
export const excludedGroupForbidden = (): Record<string, ControlCase> => ({
  '403 on the members of an excluded group names GroupMember.Read.All': {
    faults: [forbidden('/groups/*')],
    reasonIncludes: 'GroupMember.Read.All',
  },
});

/** unknown: the three Graph failures every conditional access control that expands exclusions must survive. */
export const caUnknowns = (): Record<string, ControlCase> => ({
  ...caForbidden(),
  ...excludedGroupForbidden(),
  ...caFailing(),
});

/** unknown: 403 and 500 on the authorization policy. */
export const authorizationPolicyUnknowns = (): Record<string, ControlCase> => ({
  '403 on the authorization policy names Policy.Read.All': {
    faults: [forbidden(AUTHORIZATION_POLICY)],
    reasonIncludes: ['HTTP 403', 'Policy.Read.All', 'authorizationPolicy'],
  },
  '500 on the authorization policy': { faults: [failing(AUTHORIZATION_POLICY, 500)], reasonIncludes: 'HTTP 500' },
});

/** unknown: 403 and 500 on the access review definitions. */
export const accessReviewUnknowns = (): Record<string, ControlCase> => ({
  '403 names AccessReview.Read.All': {
    faults: [forbidden(ACCESS_REVIEWS)],
    reasonIncludes: ['HTTP 403', 'AccessReview.Read.All'],
  },
  '500 on the definitions': { faults: [failing(ACCESS_REVIEWS, 500)], reasonIncludes: 'HTTP 500' },
});

/** The golden tenant's access review with this display name. */
export function accessReviewNamed(t: TenantModel, displayName: string): Graph.AccessReviewScheduleDefinition {
  const d = t.accessReviewDefinitions.find((x) => x.displayName === displayName);
  if (!d) throw new Error(`no access review named ${displayName}`);
  return d;
}

/** partial: a review held every three months is less often than monthly and earns half marks. */
export const quarterlyReview = (displayName: string, name = 'a quarterly review'): Record<string, ControlCase> => ({
  [name]: {
    tenant: (t) => {
      accessReviewNamed(t, displayName).settings!.recurrence!.pattern!.interval = 3;
    },
    reasonIncludes: 'absoluteMonthly every 3 is less often than monthly.',
    score: 1.5,
  },
});

/** Adds a verified, root, Email-enabled custom domain (patched by `d`). */
export function addDomain(t: TenantModel, id: string, d: Partial<Graph.Domain> = {}): void {
  t.domains.push({
    id,
    authenticationType: 'Managed',
    isDefault: false,
    isInitial: false,
    isRoot: true,
    isVerified: true,
    supportedServices: ['Email'],
    passwordValidityPeriodInDays: null,
    ...d,
  });
}

/**
 * unknown: the failures every DNS-reading email control must survive: 403 on domains, SERVFAIL (on
 * `servfailName`, by default `name`), the resolver down, no resolver at all. `name` is the first name the
 * control looks up, `type` its record type; `lookup` is how the control's sources name the lookup
 * ('DNS TXT _dmarc.{domain}').
 */
export function emailDnsUnknowns(o: {
  name: string;
  type: string;
  lookup: string;
  servfailName?: string;
}): Record<string, ControlCase> {
  const failed = o.servfailName ?? o.name;
  const typeCode = o.type === 'CNAME' ? 5 : 16;
  return {
    '403 on domains names Domain.Read.All': {
      faults: [forbidden('/domains')],
      reasonIncludes: ['HTTP 403', 'Domain.Read.All', '/domains'],
    },
    'SERVFAIL names the name, the type and the resolver': {
      dnsFaults: [servfail(failed)],
      reasonIncludes: [`${o.type} ${failed}`, TEST_DOH_URL, 'SERVFAIL'],
      check: (r) => expect(r.unknownReason).toMatchObject({ kind: 'dnsFailed', name: failed, type: o.type }),
    },
    // An answer that may be incomplete or about another name can't be judged: unknown, naming the name
    // and the problem, never a verdict from the records that happened to come back.
    'a truncated answer (TC flag) is not read': {
      dnsFaults: [dnsTruncated(failed)],
      reasonIncludes: [`${o.type} ${failed}`, 'truncated (TC flag set)'],
      check: (r) => expect(r.unknownReason).toMatchObject({ kind: 'dnsFailed', name: failed }),
    },
    'an answer to a question about another name is not read': {
      dnsFaults: [
        dnsMalformed(failed, { Status: 0, Question: [{ name: 'elsewhere.example.', type: typeCode }], Answer: [] }),
      ],
      reasonIncludes: [failed, `a question about ${o.type} elsewhere.example`],
    },
    'a record for a name off the CNAME chain is not read': {
      dnsFaults: [
        dnsMalformed(failed, {
          Status: 0,
          Answer: [
            { name: 'elsewhere.example.', type: typeCode, TTL: 1, data: typeCode === 16 ? '"x"' : 'y.example.' },
          ],
        }),
      ],
      reasonIncludes: [failed, 'a record for elsewhere.example'],
    },
    'the resolver is down': {
      dnsFaults: [resolverDown()],
      reasonIncludes: [o.name, TEST_DOH_URL, 'could not be reached'],
    },
    'no DNS resolver configured': {
      noDnsResolver: true,
      reasonIncludes: [o.lookup, 'DNS-over-HTTPS resolver', 'Settings › DNS checks', '--doh-url'],
    },
  };
}

/** A tenant patch that changes the conditional access policy whose name starts with `prefix` ('CA002'). */
export const patchCaPolicy =
  (prefix: string): PolicyPatch =>
  (change) =>
  (t) =>
    change(caPolicyNamed(t, prefix), t);

const SHAREPOINT_SETTINGS = '/admin/sharepoint/settings';

/** unknown: 403 and 500 on the SharePoint tenant settings. */
export const sharepointSettingsUnknowns = (): Record<string, ControlCase> => ({
  '403 names SharePointTenantSettings.Read.All': {
    faults: [forbidden(SHAREPOINT_SETTINGS)],
    reasonIncludes: ['HTTP 403', 'SharePointTenantSettings.Read.All', SHAREPOINT_SETTINGS],
  },
  '500 on the settings': { faults: [failing(SHAREPOINT_SETTINGS, 500)], reasonIncludes: 'HTTP 500' },
});

/**
 * A policy that covers only part of the tenant: one group of three people instead of all users, or
 * Office 365 instead of all cloud apps. Either leaves the rest unprotected; `rest` holds the expectations.
 */
export function partialScopeCases(patch: PolicyPatch, rest: Omit<ControlCase, 'tenant'>): Record<string, ControlCase> {
  return {
    'a policy for one group rather than all users': {
      ...rest,
      tenant: patch((p, t) => {
        p.conditions!.users!.includeUsers = [];
        p.conditions!.users!.includeGroups = [
          addGroup(
            t,
            'Pilot users',
            staff(t, 3).map((u) => u.id!),
          ),
        ];
      }),
    },
    'a policy for Office 365 rather than all cloud apps': {
      ...rest,
      tenant: patch((p) => {
        p.conditions!.applications!.includeApplications = ['Office365'];
      }),
    },
  };
}

/** unknown: a conditional access policy Graph returns without its display name. */
export const caPolicyWithoutDisplayName = (): Record<string, ControlCase> => ({
  'a policy without a display name': {
    faults: [malformed(CA_POLICIES, { value: [{ id: 'x' }] })],
    reasonIncludes: "'value[0].displayName' (missing)",
  },
});

const SECURITY_DEFAULTS = '/policies/identitySecurityDefaultsEnforcementPolicy';

/** unknown: 403 and 404 on the security defaults policy, for controls security defaults can satisfy. */
export const securityDefaultsUnknowns = (): Record<string, ControlCase> => ({
  '403 on security defaults names Policy.Read.All': {
    faults: [forbidden(SECURITY_DEFAULTS)],
    reasonIncludes: ['identitySecurityDefaultsEnforcementPolicy', 'Policy.Read.All'],
  },
  '404 on security defaults': { faults: [failing(SECURITY_DEFAULTS, 404)], reasonIncludes: 'HTTP 404' },
});

/**
 * Issue 12 §1: every policy excludes break-glass 1 directly plus an "Emergency Access" group whose only
 * member is a nested group holding break-glass 2 and 40 ordinary people. Those 41 are unprotected just as
 * if they were direct members, so no policy may count.
 */
export function nestedEmergencyAccess(t: TenantModel): { nested: string; outer: string } {
  const [bg1, bg2] = hardenedE5Ids.breakGlass;
  // Forty ordinary people, copied from one staff member so they carry nothing special.
  const model = staff(t, 1)[0]!;
  const people = Array.from({ length: 40 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const id = `00000000-0000-4000-8000-0000000000${n}`;
    t.users.push({ ...model, id, displayName: `Nested user ${n}`, userPrincipalName: `nested${n}@woodgrovebank.com` });
    return id;
  });
  const nested = addGroup(t, 'Break-glass (nested)', [bg2, ...people]);
  const outer = hardenedE5Ids.emergencyAccessGroup;
  t.groupMembers[outer] = [nested];
  for (const p of t.conditionalAccessPolicies) {
    p.conditions!.users!.excludeUsers = [bg1];
    p.conditions!.users!.excludeGroups = [outer];
  }
  return { nested, outer };
}

/** fail: the nested-group bypass of issue 12 §1, named with the path that excluded the people. */
export const nestedGroupBypass = (): Record<string, ControlCase> => ({
  'a nested group inside the excluded emergency group leaves 41 people out (issue 12 §1)': {
    tenant: (t) => {
      nestedEmergencyAccess(t);
    },
    reasonIncludes: ['excludes 42 accounts'],
    check: (r) =>
      expect(r.evidence.map((e) => e.note ?? '').join('\n')).toContain(
        'via Emergency Access Accounts › Break-glass (nested)',
      ),
  },
});
