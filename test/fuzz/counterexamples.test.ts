/**
 * Every class of counterexample the fuzzer found (test/fuzz/FOUND.md), replayed as a plain fixture
 * test that asserts the correct behaviour (each failed before its fix; FOUND.md names the commit).
 */
import { describe, expect, test } from 'vitest';
import { catalogue } from '../../controls';
import type { AnyControl } from '../../lib/engine/verdict/control';
import type { ControlResult } from '../../lib/engine/verdict/result';
import type { TenantName } from '../../simulator/tenants/index';
import { editAt, valueAt, type Json, type JsonPath } from './json-tree';
import { resultOf, scanWith, type AnswerEdit } from './mutated-scan';
import { rankOf } from './status-rank';

const MINUTE = 60_000;
const control = (id: string): AnyControl => {
  const c = catalogue.find((x) => x.id === id);
  if (!c) throw new Error(`no control ${id}`);
  return c;
};

/** Graph answers of requests starting with `request`, with the node at `path` made `to`. */
const setAt = (request: string, path: JsonPath, to: Json): AnswerEdit => ({
  graph: {
    request,
    edit: (body) =>
      path.length === 0
        ? to
        : editAt(body, path, (parent, step) => {
            (parent as Record<string | number, Json>)[step] = to;
          }),
  },
});
const deleteAt = (request: string, path: JsonPath): AnswerEdit => ({
  graph: {
    request,
    edit: (body) =>
      editAt(body, path, (parent, step) => {
        delete (parent as Record<string, Json>)[step as string];
      }),
  },
});
const duplicateAt = (request: string, path: JsonPath): AnswerEdit => ({
  graph: {
    request,
    edit: (body) =>
      editAt(body, path, (parent, step) => {
        (parent as Json[]).splice((step as number) + 1, 0, structuredClone((parent as Json[])[step as number]!));
      }),
  },
});

/** The control's verdict over the tenant's own answers, and with `change` made. */
async function verdicts(
  tenant: TenantName,
  id: string,
  change: AnswerEdit,
  controls: readonly AnyControl[] = [control(id)],
): Promise<{ before: ControlResult; after: ControlResult }> {
  const [b, a] = await Promise.all([scanWith(tenant, {}, controls), scanWith(tenant, change, controls)]);
  return { before: resultOf(b, id), after: resultOf(a, id) };
}

/** Malformed data: unknown, no points, and never above what the real answer gave. */
function expectUnknown(before: ControlResult, after: ControlResult): void {
  expect(rankOf(after.status)).toBeLessThanOrEqual(rankOf(before.status));
  expect(after).toMatchObject({ status: 'unknown', score: 0 });
}

describe('fuzz counterexamples (issue 12 §6)', () => {
  describe('licences that cannot be read', () => {
    test(
      'freshDefaults: a subscribedSkus answer of null never lets a control the tenant is not licensed for pass',
      async () => {
        const { before, after } = await verdicts(
          'freshDefaults',
          'entra-onprem-password-protection-enforced',
          setAt('GET /v1.0/subscribedSkus', [], null),
        );
        expect(before.status).toBe('notLicensed');
        expect(after.status).not.toBe('pass');
        expect(after.score).toBe(0);
      },
      MINUTE,
    );

    test(
      'freshDefaults: a subscription whose capabilityStatus is {} never lets an unlicensed control pass',
      async () => {
        const { after } = await verdicts(
          'freshDefaults',
          'entra-onprem-password-protection-enforced',
          setAt('GET /v1.0/subscribedSkus', ['value', 0, 'capabilityStatus'], {}),
        );
        expect(after.status).not.toBe('pass');
        expect(after.score).toBe(0);
      },
      MINUTE,
    );
  });

  describe('licences read wrong', () => {
    test(
      'contoso: a subscription whose capabilityStatus is no documented value never takes its controls out of the score',
      async () => {
        const [b, a] = await Promise.all([
          scanWith('contoso'),
          scanWith('contoso', setAt('GET /v1.0/subscribedSkus', ['value', 0, 'capabilityStatus'], 'FuzzUnknownValue')),
        ]);
        const id = 'entra-admin-session-limited';
        expect(resultOf(b, id).status).toBe('pass');
        expect(resultOf(a, id)).toMatchObject({ status: 'unknown', score: 0 });
        expect(resultOf(a, id).reason).toContain('capabilityStatus');
        expect(a.score.available).toBeGreaterThanOrEqual(b.score.available);
      },
      MINUTE,
    );
  });

  describe('numbers outside any Graph range', () => {
    test(
      'freshDefaults: a userDeviceQuota of -1e300 is malformed, not a tight quota',
      async () => {
        const { before, after } = await verdicts(
          'freshDefaults',
          'entra-device-quota-limited',
          setAt('GET /v1.0/policies/deviceRegistrationPolicy', ['userDeviceQuota'], -1e300),
        );
        expect(before.status).toBe('fail');
        expectUnknown(before, after);
      },
      MINUTE,
    );

    test(
      'freshDefaults: a userDeviceQuota of -1 is malformed, not a tight quota',
      async () => {
        const { before, after } = await verdicts(
          'freshDefaults',
          'entra-device-quota-limited',
          setAt('GET /v1.0/policies/deviceRegistrationPolicy', ['userDeviceQuota'], -1),
        );
        expectUnknown(before, after);
      },
      MINUTE,
    );

    test(
      'contoso: a registration report counting -1e300 members is malformed, not full MFA registration',
      async () => {
        const { before, after } = await verdicts(
          'contoso',
          'entra-user-mfa-registered',
          setAt('GET /v1.0/reports/authenticationMethods/usersRegisteredByFeature', ['totalUserCount'], -1e300),
        );
        expect(before.status).toBe('partial');
        expectUnknown(before, after);
      },
      MINUTE,
    );

    test(
      'contoso: a registration feature count of 1e300 users is malformed, not full SSPR registration',
      async () => {
        const request = 'GET /v1.0/reports/authenticationMethods/usersRegisteredByFeature';
        const { before, after } = await verdicts('contoso', 'entra-sspr-enabled', {
          graph: {
            request,
            // Every feature's count, so the test doesn't depend on which feature SSPR reads.
            edit: (body) => {
              const counts = valueAt(body, ['userRegistrationFeatureCounts']) as Json[];
              return counts.reduce<Json>(
                (b, _, i) =>
                  editAt(b, ['userRegistrationFeatureCounts', i, 'userCount'], (p, s) => {
                    (p as Record<string, Json>)[s as string] = 1e300;
                  }),
                body,
              );
            },
          },
        });
        expect(before.status).toBe('partial');
        expectUnknown(before, after);
      },
      MINUTE,
    );

    test(
      'contoso: a device overview counting -1e300 macOS devices is malformed, not more coverage',
      async () => {
        const { before, after } = await verdicts(
          'contoso',
          'intune-compliance-policies-assigned',
          setAt(
            'GET /v1.0/deviceManagement/managedDeviceOverview',
            ['deviceOperatingSystemSummary', 'macOSCount'],
            -1e300,
          ),
        );
        expect(before.status).toBe('partial');
        expectUnknown(before, after);
      },
      MINUTE,
    );
  });

  describe("Secure Score's borrowed verdicts", () => {
    /** Every control profile's maxScore made `to`, or only the profile `id`'s. */
    const maxScoreOf = (to: number, id?: string): AnswerEdit => ({
      graph: {
        request: 'GET /v1.0/security/secureScoreControlProfiles',
        edit: (body) => {
          const profiles = valueAt(body, ['value']) as Array<{ id?: Json }>;
          return profiles.reduce<Json>(
            (b, p, i) =>
              id === undefined || p.id === id
                ? editAt(b, ['value', i, 'maxScore'], (parent, step) => {
                    (parent as Record<string, Json>)[step as string] = to;
                  })
                : b,
            body,
          );
        },
      },
    });

    test(
      'freshDefaults: a control profile whose maxScore is -1e300 never turns its Microsoft verdict into a pass',
      async () => {
        const id = 'microsoft-mip_management_API_enabled_four_workloads';
        const [b, a] = await Promise.all([
          scanWith('freshDefaults'),
          scanWith('freshDefaults', maxScoreOf(-1e300, 'mip_management_API_enabled_four_workloads')),
        ]);
        expect(resultOf(b, id).status).toBe('fail');
        expect(resultOf(a, id).status).not.toBe('pass');
        expect(a.score.achieved).toBeLessThanOrEqual(b.score.achieved);
      },
      MINUTE,
    );

    test(
      'freshDefaults: control profiles whose maxScore is 0 never turn mailbox auditing (decided by Microsoft) into a pass',
      async () => {
        const id = 'email-mailbox-audit-enabled';
        const [b, a] = await Promise.all([scanWith('freshDefaults'), scanWith('freshDefaults', maxScoreOf(0))]);
        expect(resultOf(b, id).status).toBe('fail');
        expect(rankOf(resultOf(a, id).status)).toBeLessThanOrEqual(rankOf(resultOf(b, id).status));
        expect(a.score.achieved).toBeLessThanOrEqual(b.score.achieved);
      },
      MINUTE,
    );
  });

  describe('a Secure Score profile without an id', () => {
    test(
      'contoso: a control profile that is null never takes a manual control Microsoft decides out of the available points',
      async () => {
        const [b, a] = await Promise.all([
          scanWith('contoso'),
          scanWith('contoso', setAt('GET /v1.0/security/secureScoreControlProfiles', ['value', 28], null)),
        ]);
        // exo_mailboxaudit, which Microsoft passes on the demo tenant.
        const id = 'email-mailbox-audit-enabled';
        expect(resultOf(b, id).status).toBe('pass');
        expect(resultOf(a, id)).toMatchObject({ status: 'unknown', score: 0 });
        expect(resultOf(a, id).reason).toContain('value[28]');
        expect(a.score.percent).toBeLessThanOrEqual(b.score.percent);
      },
      MINUTE,
    );
  });

  describe('Secure Score that cannot be read', () => {
    test(
      'freshDefaults: a control profiles answer of 7 never raises the percent',
      async () => {
        const [b, a] = await Promise.all([
          scanWith('freshDefaults'),
          scanWith('freshDefaults', setAt('GET /v1.0/security/secureScoreControlProfiles', [], 7)),
        ]);
        expect(a.microsoft?.available).toBe(false);
        expect(a.score.achieved).toBeLessThanOrEqual(b.score.achieved);
        expect(a.score.percent).toBeLessThanOrEqual(b.score.percent);
      },
      MINUTE,
    );
  });

  describe('fields Graph always sends', () => {
    test(
      'contoso: a domain without passwordValidityPeriodInDays is malformed, not a password that never expires',
      async () => {
        const { before, after } = await verdicts(
          'contoso',
          'm365-password-expiry-disabled',
          deleteAt('GET /v1.0/domains?$select=id,authenticationType,isVerified,passwordValidityPeriodInDays', [
            'value',
            2,
            'passwordValidityPeriodInDays',
          ]),
        );
        expect(before.status).toBe('fail');
        expectUnknown(before, after);
      },
      MINUTE,
    );
  });

  describe('nothing to check', () => {
    test(
      'contoso: no Microsoft 365 group at all earns no points for public groups being limited',
      async () => {
        const { before, after } = await verdicts(
          'contoso',
          'm365-public-groups-limited',
          setAt("GET /v1.0/groups?$filter=groupTypes/any(c%3Ac%20eq%20'Unified')", ['value'], []),
        );
        expect(before.status).toBe('fail');
        expect(after.status).not.toBe('pass');
        expect(after.score).toBe(0);
      },
      MINUTE,
    );
  });

  describe('an entry Graph repeats', () => {
    test(
      'contoso: a Secure Score profile listed twice is counted once',
      async () => {
        const request = 'GET /v1.0/security/secureScoreControlProfiles';
        const [b, a] = await Promise.all([
          scanWith('contoso'),
          scanWith('contoso', duplicateAt(request, ['value', 52])),
        ]);
        const ids = a.controls.map((c) => c.id);
        expect(ids.length - new Set(ids).size).toBe(0);
        expect(a.score.achieved).toBeLessThanOrEqual(b.score.achieved);
      },
      MINUTE,
    );

    test(
      'contoso: a mail domain listed twice does not change DKIM coverage',
      async () => {
        const { before, after } = await verdicts(
          'contoso',
          'email-dkim-enabled',
          duplicateAt('GET /v1.0/domains?$select=id,isVerified,supportedServices', ['value', 1]),
        );
        expect(before.status).toBe('partial');
        if (after.status !== 'unknown') expect([after.status, after.score]).toEqual([before.status, before.score]);
      },
      MINUTE,
    );

    test(
      'contoso: a user listed twice in the MFA registration report does not change registration coverage',
      async () => {
        const { before, after } = await verdicts(
          'contoso',
          'entra-user-mfa-registered',
          duplicateAt('GET /v1.0/reports/authenticationMethods/userRegistrationDetails', ['value', 17]),
        );
        expect(before.status).toBe('partial');
        if (after.status !== 'unknown') expect([after.status, after.score]).toEqual([before.status, before.score]);
      },
      MINUTE,
    );

    test(
      'hardenedE5: a PIM eligibility listed twice does not turn least-privileged roles into a failure',
      async () => {
        const { before, after } = await verdicts(
          'hardenedE5',
          'entra-least-privileged-roles-used',
          duplicateAt('GET /v1.0/roleManagement/directory/roleEligibilityScheduleInstances', ['value', 0]),
        );
        expect(before.status).toBe('pass');
        if (after.status !== 'unknown') expect([after.status, after.score]).toEqual([before.status, before.score]);
      },
      MINUTE,
    );

    test(
      'hardenedE5: a PIM assignment listed twice does not turn PIM-managed roles into a failure',
      async () => {
        const { before, after } = await verdicts(
          'hardenedE5',
          'entra-privileged-roles-pim-managed',
          duplicateAt('GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances', ['value', 0]),
        );
        expect(before.status).toBe('pass');
        if (after.status !== 'unknown') expect([after.status, after.score]).toEqual([before.status, before.score]);
      },
      MINUTE,
    );
  });
});
