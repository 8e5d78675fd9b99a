import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  describeControl,
  failing,
  forbidden,
  malformed,
  NEVER_EXPIRES,
  type TenantModel,
} from '../../test/describe-control';
import control from './m365-password-expiry-disabled';

const DOMAINS = '/domains';
const PRIMARY = 'woodgrovebank.com';
const INITIAL = 'woodgrovebank.onmicrosoft.com';

const domainNamed = (t: TenantModel, id: string): Graph.Domain => t.domains.find((d) => d.id === id)!;
const addDomain = (t: TenantModel, d: Graph.Domain): void => {
  t.domains.push({ isDefault: false, isInitial: false, isRoot: true, supportedServices: [], ...d });
};

describeControl(control, {
  pass: {
    'one domain never expires (2147483647), the other is not set': {
      reasonIncludes: 'Passwords never expire on all 2 verified managed domains.',
      evidence: [PRIMARY, INITIAL],
      check: (r) => expect(r.evidence.find((e) => e.id === INITIAL)?.note).toContain('Not set'),
    },
    'not set on every domain (the default since 2021)': {
      tenant: (t) => {
        domainNamed(t, PRIMARY).passwordValidityPeriodInDays = null;
      },
    },
    '2147483647 on every domain': {
      tenant: (t) => {
        domainNamed(t, INITIAL).passwordValidityPeriodInDays = NEVER_EXPIRES;
      },
    },
    'a federated domain with 90 days is left to its identity provider': {
      tenant: (t) =>
        addDomain(t, {
          id: 'corp.woodgrovebank.com',
          authenticationType: 'Federated',
          isVerified: true,
          passwordValidityPeriodInDays: 90,
        }),
      reasonIncludes: 'all 2 verified managed domains',
    },
    'an unverified domain with 90 days is ignored': {
      tenant: (t) =>
        addDomain(t, {
          id: 'woodgrove.bank',
          authenticationType: 'Managed',
          isVerified: false,
          passwordValidityPeriodInDays: 90,
        }),
      reasonIncludes: 'all 2 verified managed domains',
    },
  },
  fail: {
    'a verified managed domain expires passwords every 90 days': {
      tenant: (t) => {
        domainNamed(t, PRIMARY).passwordValidityPeriodInDays = 90;
      },
      reasonIncludes: `Passwords expire every 90 days on ${PRIMARY}.`,
      evidence: [PRIMARY],
      check: (r) =>
        expect(r.affected).toMatchObject({ noun: 'domains with password expiry', count: 1, sample: [PRIMARY] }),
    },
    'the initial onmicrosoft.com domain counts too': {
      tenant: (t) => {
        domainNamed(t, INITIAL).passwordValidityPeriodInDays = 90;
      },
      reasonIncludes: `Passwords expire every 90 days on ${INITIAL}.`,
    },
    'a long period still expires': {
      tenant: (t) => {
        domainNamed(t, PRIMARY).passwordValidityPeriodInDays = 730;
      },
      reasonIncludes: 'every 730 days',
    },
    'every domain expiring is counted': {
      tenant: (t) => {
        for (const d of t.domains) d.passwordValidityPeriodInDays = 90;
      },
      reasonIncludes: 'and 1 other domain(s).',
      check: (r) => expect(r.affected).toMatchObject({ count: 2 }),
    },
  },
  unknown: {
    '403 on domains names Domain.Read.All': {
      faults: [forbidden(DOMAINS)],
      reasonIncludes: ['HTTP 403', 'Domain.Read.All', '/domains'],
    },
    'a domain without its authentication type': {
      faults: [malformed(DOMAINS, { value: [{ id: 'x' }] })],
      reasonIncludes: "'value[0].authenticationType' (missing)",
    },
    'a validity period sent as a string': {
      tenant: (t) => {
        Object.assign(domainNamed(t, PRIMARY), { passwordValidityPeriodInDays: '90' });
      },
      reasonIncludes: ['.passwordValidityPeriodInDays', 'expected a whole number from 0 to 2147483647, got string'],
    },
    'a negative validity period is malformed': {
      tenant: (t) => {
        Object.assign(domainNamed(t, PRIMARY), { passwordValidityPeriodInDays: -90 });
      },
      reasonIncludes: ['.passwordValidityPeriodInDays', 'expected a whole number from 0 to 2147483647, got -90'],
    },
    // Issue 12 §2: Graph sends a $select-ed property as null when unset; absent is a broken answer, not "never expires".
    'a domain answered without passwordValidityPeriodInDays': {
      faults: [malformed(DOMAINS, { value: [{ id: PRIMARY, authenticationType: 'Managed', isVerified: true }] })],
      reasonIncludes: ["'value[0].passwordValidityPeriodInDays' (missing)"],
    },
    'isVerified missing': {
      tenant: (t) => {
        delete domainNamed(t, PRIMARY).isVerified;
      },
      reasonIncludes: ['.isVerified', 'missing'],
    },
    'an authentication type Graph does not document': {
      tenant: (t) => {
        domainNamed(t, PRIMARY).authenticationType = 'Unknown';
      },
      reasonIncludes: ['.authenticationType', 'expected one of Managed | Federated'],
    },
    'only federated domains leave nothing to judge': {
      tenant: (t) => {
        for (const d of t.domains) d.authenticationType = 'Federated';
      },
      reasonIncludes: 'no verified managed domain to judge',
    },
    '500 on domains': {
      faults: [failing(DOMAINS, 500)],
      reasonIncludes: 'HTTP 500',
    },
    '404 on domains': {
      faults: [failing(DOMAINS, 404)],
      reasonIncludes: 'HTTP 404',
    },
  },
});
