import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import control from './m365-public-groups-limited';

const GROUPS = '/groups';
const unified = (t: TenantModel): Graph.Group[] => t.groups.filter((g) => (g.groupTypes ?? []).includes('Unified'));
const named = (t: TenantModel, name: string): Graph.Group => t.groups.find((g) => g.displayName === name)!;

describeControl(control, {
  pass: {
    'every Microsoft 365 group is private': {
      reasonIncludes: 'None of the 5 Microsoft 365 groups is public.',
      evidence: ['Treasury'],
    },
    'a group with hidden membership': {
      tenant: (t) => {
        named(t, 'Treasury').visibility = 'HiddenMembership';
      },
    },
    'a public security group is not a Microsoft 365 group': {
      tenant: (t) => {
        const g = t.groups.find((x) => !(x.groupTypes ?? []).includes('Unified'))!;
        g.visibility = 'Public';
      },
    },
  },
  notApplicable: {
    'no Microsoft 365 groups at all': {
      tenant: (t) => {
        t.groups = t.groups.filter((g) => !(g.groupTypes ?? []).includes('Unified'));
      },
      reasonIncludes: 'The tenant has no Microsoft 365 group to judge.',
      evidence: ['unifiedGroups'],
    },
  },
  fail: {
    'one group is public': {
      tenant: (t) => {
        named(t, 'Treasury').visibility = 'Public';
      },
      reasonIncludes: '1 of 5 Microsoft 365 groups is public, including Treasury.',
      evidence: ['Treasury'],
      check: (r) => expect(r.affected).toMatchObject({ noun: 'public groups', count: 1, sample: ['Treasury'] }),
    },
    'every group is public': {
      tenant: (t) => {
        for (const g of unified(t)) g.visibility = 'Public';
      },
      reasonIncludes: '5 of 5 Microsoft 365 groups are public',
      check: (r) => expect(r.affected).toMatchObject({ count: 5 }),
    },
  },
  unknown: {
    '403 names GroupMember.Read.All': {
      faults: [forbidden(GROUPS)],
      reasonIncludes: ['HTTP 403', 'GroupMember.Read.All'],
    },
    'a Microsoft 365 group without a visibility': {
      tenant: (t) => {
        named(t, 'Treasury').visibility = null;
      },
      reasonIncludes: ['.visibility', 'missing on Treasury'],
    },
    'an undocumented visibility': {
      tenant: (t) => {
        named(t, 'Treasury').visibility = 'Secret';
      },
      reasonIncludes: 'not a documented visibility (Secret)',
    },
    'a group without an id': {
      faults: [malformed(GROUPS, { value: [{ displayName: 'x', visibility: 'Public' }] })],
      reasonIncludes: "'value[0].id' (missing)",
    },
    '500': { faults: [failing(GROUPS, 500)], reasonIncludes: 'HTTP 500' },
  },
});
