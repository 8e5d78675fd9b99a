import type * as Graph from '@microsoft/microsoft-graph-types';
import {
  caForbidden,
  caPolicyNamed,
  describeControl,
  excludedGroupOfThree,
  failing,
  forbidden,
  hardenedE5Ids,
  malformed,
  needsEntraP1,
  patchCaPolicy,
  removeCaPolicies,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-trusted-locations-configured';

const LOCATIONS = '/identity/conditionalAccess/namedLocations';
const POLICY = 'CA013 Block sign-in from untrusted countries';
const TRUSTED = "'Woodgrove HQ egress', 'Woodgrove DR site' are trusted IP named locations";

const ca013 = patchCaPolicy('CA013');
const untrustAll = (t: TenantModel): void => {
  for (const l of t.namedLocations) if ('isTrusted' in l) (l as Graph.IpNamedLocation).isTrusted = false;
};

describeControl(control, {
  pass: {
    'trusted office ranges and a block on untrusted countries': {
      reasonIncludes: `${TRUSTED}, and '${POLICY}' blocks sign-ins from untrusted locations for all users and apps.`,
      evidence: [POLICY, 'Woodgrove HQ egress', 'Blocked countries'],
    },
    'excluding a trusted location by id instead of all trusted ones': {
      tenant: ca013((p, t) => {
        p.conditions!.locations!.excludeLocations = [t.namedLocations[0]!.id!];
      }),
      reasonIncludes: `'${POLICY}' blocks sign-ins from untrusted locations`,
    },
  },
  partial: {
    'no location marked trusted': {
      tenant: untrustAll,
      reasonIncludes: `No IP named location is marked trusted with an IP range, but '${POLICY}' blocks`,
      score: 1.5,
    },
    'no block policy': {
      tenant: (t) => removeCaPolicies(t, 'CA013'),
      reasonIncludes: `${TRUSTED}, but no conditional access policy blocks sign-ins from untrusted locations.`,
      score: 1.5,
    },
    'the block is report-only': {
      tenant: ca013((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `but '${POLICY}' would block untrusted locations, but it is report-only.`,
    },
    'the block leaves an app out': {
      tenant: ca013((p) => {
        p.conditions!.applications!.excludeApplications = ['00000003-0000-0ff1-ce00-000000000000'];
      }),
      reasonIncludes: 'but not for every user, app and sign-in.',
    },
    'the block excludes a group of three': {
      ...excludedGroupOfThree(ca013, 'Travellers'),
      reasonIncludes: 'excludes more than the two break-glass accounts',
      check: undefined,
    },
    'a trusted location without ranges does not count': {
      tenant: (t) => {
        untrustAll(t);
        const l = t.namedLocations[0] as Graph.IpNamedLocation;
        l.isTrusted = true;
        l.ipRanges = [];
      },
      reasonIncludes: 'No IP named location is marked trusted',
    },
  },
  fail: {
    'neither trusted locations nor a block': {
      tenant: (t) => {
        untrustAll(t);
        removeCaPolicies(t, 'CA013');
      },
      reasonIncludes:
        'No IP named location is marked trusted with an IP range, and no conditional access policy blocks sign-ins from untrusted locations.',
      evidence: ['conditionalAccessPolicies'],
    },
    'a block that includes trusted locations does not block untrusted ones': {
      tenant: (t) => {
        untrustAll(t);
        caPolicyNamed(t, 'CA013').conditions!.locations!.includeLocations = ['AllTrusted'];
      },
      reasonIncludes: 'no conditional access policy blocks sign-ins from untrusted locations.',
    },
  },
  unknown: {
    '403 on named locations names Policy.Read.All': {
      faults: [forbidden(LOCATIONS)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.All', 'namedLocations'],
    },
    ...caForbidden(),
    'an IP location without ranges': {
      faults: [
        malformed(LOCATIONS, {
          value: [{ id: 'x', displayName: 'X', '@odata.type': '#microsoft.graph.ipNamedLocation', isTrusted: true }],
        }),
      ],
      reasonIncludes: "'value[0].ipRanges' (missing)",
    },
    'a location without a type': {
      faults: [malformed(LOCATIONS, { value: [{ id: 'x', displayName: 'X' }] })],
      reasonIncludes: "'value[0].@odata.type' (missing)",
    },
    'a location condition without excludeLocations': {
      tenant: ca013((p) => {
        p.conditions!.locations = { includeLocations: [hardenedE5Ids.blockedCountries] };
      }),
      reasonIncludes: '.conditions.locations.excludeLocations',
    },
    '500 on named locations': {
      faults: [failing(LOCATIONS, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
  notLicensed: needsEntraP1(),
});
