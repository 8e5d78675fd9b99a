import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  describeControl,
  failing,
  forbidden,
  malformed,
  needsEntraP1,
  staff,
  type TenantModel,
  withoutServicePlans,
} from '../../test/describe-control';
import control from './entra-user-mfa-registered';

// Prefix matches: the summary's path carries its function arguments.
const SUMMARY = '/reports/authenticationMethods/usersRegisteredByFeature*';
const ROWS = '/reports/authenticationMethods/userRegistrationDetails';
const summary = (totalUserCount: unknown, mfaCapable: unknown) => ({
  totalUserCount,
  userRegistrationFeatureCounts: [
    { feature: 'ssprRegistered', userCount: 0 },
    { feature: 'mfaCapable', userCount: mfaCapable },
  ],
});

/** The registration rows of `n` ordinary members. */
const rowsOf = (t: TenantModel, n: number): Graph.UserRegistrationDetails[] => {
  const ids = new Set(staff(t, n).map((u) => u.id));
  return t.userRegistrationDetails.filter((r) => ids.has(r.id));
};
/** Set by a case's tenant change, read by its check. */
let unregistered = '';
const cannotDoMfa = (r: Graph.UserRegistrationDetails): void => {
  r.isMfaCapable = false;
  r.isMfaRegistered = false;
  r.methodsRegistered = [];
};

const FEDERATED = 'partners.woodgrovebank.com';
const FEDERATION = `/domains/${FEDERATED}/federationConfiguration`;
/**
 * A verified federated domain whose identity provider has `behaviour`, and two ordinary members moved
 * onto it with no Entra MFA method (their IdP does MFA, if Entra lets it). Returns their names.
 */
const federate = (t: TenantModel, behaviour: Graph.FederatedIdpMfaBehavior): string[] => {
  t.domains.push({ id: FEDERATED, authenticationType: 'Federated', isVerified: true, supportedServices: [] });
  t.domainFederationConfigurations[FEDERATED] = [
    {
      id: '5b3c4e1a-8f0d-4a51-9a57-2a9f3c6d1e01',
      displayName: 'Woodgrove Partners AD FS',
      issuerUri: 'http://adfs.partners.woodgrovebank.com/adfs/services/trust',
      federatedIdpMfaBehavior: behaviour,
    },
  ];
  return rowsOf(t, 2).map((r) => {
    r.userPrincipalName = `${r.userPrincipalName!.split('@')[0]}@${FEDERATED}`;
    cannotDoMfa(r);
    return r.userDisplayName!;
  });
};
let federated: string[] = [];

describeControl(control, {
  pass: {
    'a federated IdP that MFA is enforced through: its members without Entra methods count, and are named': {
      tenant: (t) => {
        federated = federate(t, 'enforceMfaByFederatedIdp');
      },
      reasonIncludes: 'All 43 member accounts can complete MFA, 2 through a federated identity provider.',
      evidence: [FEDERATED, 'Woodgrove Partners AD FS'],
      check: (r) => {
        const named = r.evidence.filter((e) => e.note?.startsWith('MFA by the federated identity provider'));
        expect(named.map((e) => e.displayName)).toEqual(federated);
        expect(r.sources).toContain('GET /v1.0/domains/{id}/federationConfiguration');
      },
    },
    'a federated IdP whose MFA Entra accepts (acceptIfMfaDoneByFederatedIdp) counts too': {
      tenant: (t) => {
        federate(t, 'acceptIfMfaDoneByFederatedIdp');
      },
      reasonIncludes: '2 through a federated identity provider',
      check: (r) =>
        expect(r.evidence.find((e) => e.id === FEDERATED)?.fields).toEqual({
          federatedIdpMfaBehavior: 'acceptIfMfaDoneByFederatedIdp',
        }),
    },
    'every member account can complete MFA': {
      reasonIncludes: 'All 43 member accounts can complete MFA.',
      evidence: ['memberRegistrationSummary'],
    },
    'guests who cannot complete MFA are not members': {
      tenant: (t) => t.userRegistrationDetails.filter((r) => r.userType === 'guest').forEach(cannotDoMfa),
      reasonIncludes: 'All 43 member accounts',
    },
    'Entra ID P1 without P2 is licence enough': {
      tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM_P2'),
    },
  },
  partial: {
    'one member cannot complete MFA, and is named': {
      tenant: (t) => {
        const row = rowsOf(t, 1)[0]!;
        cannotDoMfa(row);
        unregistered = row.userDisplayName!;
      },
      reasonIncludes: "1 of 43 member accounts can't complete MFA (97% can).",
      score: 8.79,
      check: (r) => {
        expect(r.score).toBeLessThan(r.maxScore);
        expect(r.affected).toMatchObject({ noun: 'members who cannot complete MFA', count: 1, sample: [unregistered] });
        expect(r.evidence.some((e) => e.source === 'membersNotMfaCapable')).toBe(true);
      },
    },
    'ten members cannot: credit is the share who can': {
      tenant: (t) => rowsOf(t, 10).forEach(cannotDoMfa),
      reasonIncludes: "10 of 43 member accounts can't complete MFA (76% can).",
      score: 6.91,
      check: (r) => expect(r.affected).toMatchObject({ count: 10 }),
    },
    'registered but not capable (the method is switched off) still counts as missing': {
      tenant: (t) => {
        rowsOf(t, 1)[0]!.isMfaCapable = false;
      },
      reasonIncludes: "1 of 43 member accounts can't complete MFA",
      score: 8.79,
    },
    'the rows naming them refused (403): the summary still scores it': {
      tenant: (t) => rowsOf(t, 1).forEach(cannotDoMfa),
      faults: [forbidden(ROWS)],
      reasonIncludes: "1 of 43 member accounts can't complete MFA",
      score: 8.79,
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: [] }),
    },
    "Entra rejects the federated IdP's MFA (rejectMfaByFederatedIdp): its members without methods are missing": {
      tenant: (t) => {
        federated = federate(t, 'rejectMfaByFederatedIdp');
      },
      reasonIncludes: "2 of 43 member accounts can't complete MFA (95% can).",
      check: (r) => {
        expect(r.affected).toMatchObject({ count: 2, sample: federated });
        expect(r.evidence.find((e) => e.id === FEDERATED)?.note).toContain('need their own Entra methods');
      },
    },
    'a federated IdP that enforces MFA covers only its own domain': {
      tenant: (t) => {
        federate(t, 'enforceMfaByFederatedIdp');
        cannotDoMfa(rowsOf(t, 3)[2]!);
      },
      reasonIncludes: "1 of 43 member accounts can't complete MFA (97% can, 2 through a federated identity provider).",
    },
  },
  fail: {
    'no member can complete MFA': {
      tenant: (t) => t.userRegistrationDetails.filter((r) => r.userType === 'member').forEach(cannotDoMfa),
      reasonIncludes: "43 of 43 member accounts can't complete MFA (0% can).",
      evidence: ['memberRegistrationSummary'],
    },
  },
  notLicensed: {
    ...needsEntraP1(),
    'Graph refuses the report for want of a premium licence': {
      faults: [
        { path: SUMMARY, kind: 'status', status: 403, code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant' },
      ],
      reasonIncludes: 'Microsoft Entra ID P1',
      score: 0,
    },
  },
  unknown: {
    "403 on a federated domain's federation settings names Domain.Read.All": {
      tenant: (t) => {
        federate(t, 'enforceMfaByFederatedIdp');
      },
      faults: [forbidden(FEDERATION)],
      reasonIncludes: ['HTTP 403', 'Domain.Read.All', FEDERATION],
    },
    'federation settings without federatedIdpMfaBehavior name the field': {
      tenant: (t) => {
        federate(t, 'enforceMfaByFederatedIdp');
      },
      faults: [malformed(FEDERATION, { value: [{ id: 'f1', displayName: 'AD FS' }] })],
      reasonIncludes: "'value[0].federatedIdpMfaBehavior'",
    },
    'an unknown federatedIdpMfaBehavior is not guessed': {
      tenant: (t) => {
        federate(t, 'enforceMfaByFederatedIdp');
      },
      faults: [
        malformed(FEDERATION, { value: [{ id: 'f1', displayName: null, federatedIdpMfaBehavior: 'trustAll' }] }),
      ],
      reasonIncludes: 'federatedIdpMfaBehavior',
    },
    '403 on the domain list names Domain.Read.All': {
      faults: [forbidden('/domains')],
      reasonIncludes: ['HTTP 403', 'Domain.Read.All'],
    },
    '403 on the registration summary names AuditLog.Read.All': {
      faults: [forbidden(SUMMARY)],
      reasonIncludes: ['HTTP 403', 'AuditLog.Read.All', 'usersRegisteredByFeature'],
    },
    'malformed rows naming them are unknown, naming the field: neither trusted nor a silent loss of credit': {
      tenant: (t) => rowsOf(t, 1).forEach(cannotDoMfa),
      faults: [malformed(ROWS, { value: [{ id: 'x' }] })],
      reasonIncludes: "'value[0].userPrincipalName' (missing)",
    },
    'a member listed twice in the rows naming them is refused, not counted twice': {
      tenant: (t) => {
        const [r] = rowsOf(t, 1);
        cannotDoMfa(r!);
        t.userRegistrationDetails.push(structuredClone(r!));
      },
      reasonIncludes: 'is listed twice',
    },
    'a member total of -1 is malformed, not a count': {
      faults: [malformed(SUMMARY, summary(-1, 43))],
      reasonIncludes: "'totalUserCount' (expected a whole number from 0 to 9007199254740991, got -1)",
    },
    'more MFA-capable members than the report counts in all is malformed': {
      faults: [malformed(SUMMARY, summary(43, 44))],
      reasonIncludes:
        "'userRegistrationFeatureCounts[1].userCount' (44 members, more than the report's totalUserCount of 43)",
    },
    'a summary without feature counts': {
      faults: [malformed(SUMMARY, { totalUserCount: 43 })],
      reasonIncludes: "'userRegistrationFeatureCounts' (missing)",
    },
    'a member total sent as a string': {
      faults: [malformed(SUMMARY, summary('43', 43))],
      reasonIncludes: "'totalUserCount' (expected a whole number from 0 to 9007199254740991, got string)",
    },
    'a feature count that is not a number': {
      faults: [malformed(SUMMARY, summary(43, null))],
      reasonIncludes:
        "'userRegistrationFeatureCounts[1].userCount' (expected a whole number from 0 to 9007199254740991, got null)",
    },
    'a summary without the MFA-capable count': {
      faults: [
        malformed(SUMMARY, {
          totalUserCount: 43,
          userRegistrationFeatureCounts: [{ feature: 'ssprRegistered', userCount: 1 }],
        }),
      ],
      reasonIncludes: 'mfaCapable',
    },
    'a summary that counts no member accounts': {
      faults: [malformed(SUMMARY, summary(0, 0))],
      reasonIncludes: "'totalUserCount'",
    },
    '500 on the registration summary': {
      faults: [failing(SUMMARY, 500)],
      reasonIncludes: 'HTTP 500',
    },
    '404 on the registration summary': {
      faults: [failing(SUMMARY, 404)],
      reasonIncludes: 'HTTP 404',
    },
    'throttled on every retry': {
      faults: [{ path: SUMMARY, kind: 'throttle', times: 20, retryAfterSeconds: 1 }],
      reasonIncludes: 'kept throttling',
    },
  },
});
