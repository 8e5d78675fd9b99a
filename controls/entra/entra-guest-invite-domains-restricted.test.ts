import { expect } from 'vitest';
import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import control from './entra-guest-invite-domains-restricted';

const LEGACY = '/legacy/policies';

/** Rewrites the golden tenant's B2BManagementPolicy domain lists. */
const domainsPolicy =
  (lists: Record<string, unknown> | undefined) =>
  (t: TenantModel): void => {
    const p = t.legacyPolicies.find((x) => x.type === 'B2BManagementPolicy')!;
    const doc = JSON.parse(p.definition[0]!) as { B2BManagementPolicy: Record<string, unknown> };
    if (lists === undefined) delete doc.B2BManagementPolicy['InvitationsAllowedAndBlockedDomainsPolicy'];
    else doc.B2BManagementPolicy['InvitationsAllowedAndBlockedDomainsPolicy'] = lists;
    p.definition = [JSON.stringify(doc)];
  };

describeControl(control, {
  pass: {
    'the golden tenant allows two partner domains': {
      reasonIncludes: 'Guest invitations go only to 2 allowed domains: fabrikam.com, contoso.com.',
      evidence: ['B2BManagementPolicy'],
      check: (r) =>
        expect(r.evidence[0]?.fields).toMatchObject({
          AllowedDomains: ['fabrikam.com', 'contoso.com'],
          BlockedDomains: null,
        }),
    },
    'an empty allow-list allows no domain at all': {
      tenant: domainsPolicy({ AllowedDomains: [] }),
      reasonIncludes: 'Guest invitations are allowed to no domain at all.',
    },
  },
  fail: {
    'a block-list lets invitations go everywhere else (the demo tenant)': {
      tenant: domainsPolicy({ BlockedDomains: ['gmail.com', 'outlook.com'] }),
      reasonIncludes:
        'Guest invitations are blocked for gmail.com, outlook.com only, so they can go to any other domain.',
    },
    'no list at all: any domain': {
      tenant: domainsPolicy({}),
      reasonIncludes: 'Guest invitations can go to any domain: no allowed or blocked domain is listed.',
    },
    'no B2BManagementPolicy: the default, any domain': {
      tenant: (t) => {
        t.legacyPolicies = [];
      },
      reasonIncludes: 'There is no B2BManagementPolicy, so guest invitations can go to any domain.',
    },
  },
  unknown: {
    '403 on legacy policies names Policy.Read.All': {
      faults: [forbidden(LEGACY)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.All', 'GET /beta/legacy/policies'],
    },
    'a definition that is not JSON': {
      faults: [
        malformed(LEGACY, {
          value: [
            {
              id: 'p1',
              displayName: 'B2B',
              type: 'B2BManagementPolicy',
              definition: ['{not json'],
              isOrganizationDefault: true,
            },
          ],
        }),
      ],
      reasonIncludes: "'p1.definition[0]' (not JSON)",
    },
    'a policy without its definition': {
      faults: [malformed(LEGACY, { value: [{ id: 'p1', displayName: 'B2B', type: 'B2BManagementPolicy' }] })],
      reasonIncludes: "'value[0].definition' (missing)",
    },
    'a definition without the invitation domains policy': {
      tenant: domainsPolicy(undefined),
      reasonIncludes: 'InvitationsAllowedAndBlockedDomainsPolicy',
    },
    'an allow-list that is not a list of domains': {
      tenant: domainsPolicy({ AllowedDomains: 'fabrikam.com' }),
      reasonIncludes: 'AllowedDomains',
    },
    '500 on legacy policies': {
      faults: [failing(LEGACY, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
