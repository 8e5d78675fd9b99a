import { expect } from 'vitest';
import {
  caUnknowns,
  type ControlCase,
  describeControl,
  excludedGroupOfThree,
  malformed,
  narrowings,
  needsEntraP1,
  patchCaPolicy,
  removeCaPolicies,
} from '../../test/describe-control';
import control from './entra-device-code-flow-blocked';

const CA = '/identity/conditionalAccess/policies';
const POLICY = 'CA007 Block device code flow and authentication transfer';
const NARROW = `'${POLICY}' blocks the device code flow, but not for every user, app and sign-in.`;

const ca007 = patchCaPolicy('CA007');

// Every narrowing but the authentication flow itself, which is this policy's condition.
const narrowed: Record<string, ControlCase> = Object.fromEntries(
  Object.entries(narrowings)
    .filter(([name]) => name !== 'only to the device code flow')
    .map(([name, narrow]) => [`a policy that applies ${name}`, { tenant: ca007(narrow), reasonIncludes: NARROW }]),
);

describeControl(control, {
  pass: {
    'device code flow and authentication transfer blocked for everyone': {
      reasonIncludes: [`'${POLICY}' blocks the device code flow for all users and apps`, 'excludes 2 accounts'],
      evidence: [POLICY],
    },
    'the device code flow alone': {
      tenant: ca007((p) => {
        p.conditions!.authenticationFlows = { transferMethods: 'deviceCodeFlow' };
      }),
    },
  },
  fail: {
    'no such policy': {
      tenant: (t) => removeCaPolicies(t, 'CA007'),
      reasonIncludes: 'No conditional access policy blocks the device code flow.',
      evidence: ['13 conditional access policies'],
    },
    'authentication transfer blocked, but not the device code flow': {
      tenant: ca007((p) => {
        p.conditions!.authenticationFlows = { transferMethods: 'authenticationTransfer' };
      }),
      reasonIncludes: 'No conditional access policy blocks the device code flow.',
    },
    'report-only': {
      tenant: ca007((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${POLICY}' would block the device code flow, but it is report-only.`,
      check: (r) => expect(r.evidence.find((e) => e.displayName === POLICY)?.note).toMatch(/^Report-only/),
    },
    'requiring MFA instead of blocking': {
      tenant: ca007((p) => {
        p.grantControls!.builtInControls = ['mfa'];
      }),
    },
    'only for Office 365': {
      tenant: ca007((p) => {
        p.conditions!.applications!.includeApplications = ['Office365'];
      }),
      reasonIncludes: NARROW,
    },
    ...narrowed,
    'an excluded group of three people can still use the flow': excludedGroupOfThree(ca007, 'Conference room devices', [
      'only two break-glass accounts should be left out',
    ]),
  },
  notLicensed: needsEntraP1(),
  unknown: {
    ...caUnknowns(),
    'a policy without a state': {
      tenant: ca007((p) => {
        delete p.state;
      }),
      reasonIncludes: ['.state', 'missing'],
    },
    'a policy without users': {
      faults: [
        malformed(CA, {
          value: [{ id: 'x', displayName: 'x', state: 'enabled', conditions: { clientAppTypes: ['all'] } }],
        }),
      ],
      reasonIncludes: "'value[0].conditions.users' (missing)",
    },
  },
});
