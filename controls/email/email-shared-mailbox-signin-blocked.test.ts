import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData, type TenantModel } from '../../test/describe-control';
import control from './email-shared-mailbox-signin-blocked';

const { manual, unknown } = serviceCases('exchange', 'Get-EXOMailbox');
const INFO_ID = '5b1c0d2e-0000-4000-8000-00000000a001';
const SALES_ID = '5b1c0d2e-0000-4000-8000-00000000a002';

/** A shared mailbox's Entra user in the tenant's directory, enabled or blocked. */
const mailboxUser =
  (id: string, alias: string, accountEnabled: boolean | null) =>
  (t: TenantModel): void => {
    t.users.push({
      ...t.users[0]!,
      id,
      userPrincipalName: `${alias}@woodgrovebank.com`,
      displayName: alias,
      accountEnabled,
    });
  };
const sharedMailbox =
  (id: string, alias: string, change: Record<string, unknown> = {}) =>
  (d: ServiceData): void => {
    d.cmdlets['Get-EXOMailbox']!.push({
      Identity: alias,
      Name: alias,
      UserPrincipalName: `${alias}@woodgrovebank.com`,
      ExternalDirectoryObjectId: id,
      RecipientTypeDetails: 'SharedMailbox',
      ...change,
    });
  };
const both =
  (...fs: Array<(d: ServiceData) => void>) =>
  (d: ServiceData): void => {
    for (const f of fs) f(d);
  };

describeControl(control, {
  pass: {
    'no shared mailbox': {
      reasonIncludes: 'The tenant has no shared mailbox',
      check: (r) =>
        expect(r.sources).toContain(
          'Exchange Online: Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited',
        ),
    },
    'every shared mailbox user blocked': {
      tenant: (t) => (mailboxUser(INFO_ID, 'info', false)(t), mailboxUser(SALES_ID, 'sales', false)(t)),
      services: both(sharedMailbox(INFO_ID, 'info'), sharedMailbox(SALES_ID, 'sales')),
      reasonIncludes: 'Sign-in is blocked for all 2 shared mailboxes',
      evidence: ['info', 'sales'],
      check: (r) => expect(r.evidence[0]?.fields).toMatchObject({ accountEnabled: false }),
    },
  },
  fail: {
    "one shared mailbox's user can sign in": {
      tenant: (t) => (mailboxUser(INFO_ID, 'info', true)(t), mailboxUser(SALES_ID, 'sales', false)(t)),
      services: both(sharedMailbox(INFO_ID, 'info'), sharedMailbox(SALES_ID, 'sales')),
      reasonIncludes: '1 of 2 shared mailboxes can be signed in to: info@woodgrovebank.com',
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: ['info@woodgrovebank.com'] }),
    },
    'an enabled one fails even when another is unknown': {
      tenant: mailboxUser(INFO_ID, 'info', true),
      services: both(sharedMailbox(INFO_ID, 'info'), sharedMailbox(SALES_ID, 'sales')),
      reasonIncludes: '1 of 2 shared mailboxes can be signed in to',
    },
  },
  manual,
  unknown: {
    ...unknown,
    "a mailbox whose Entra user Graph doesn't list": {
      services: sharedMailbox(SALES_ID, 'sales'),
      reasonIncludes: ['sales@woodgrovebank.com', 'Graph lists no such user'],
    },
    'a mailbox whose user has no accountEnabled': {
      tenant: mailboxUser(INFO_ID, 'info', null),
      services: sharedMailbox(INFO_ID, 'info'),
      reasonIncludes: 'info@woodgrovebank.com',
    },
    'ExternalDirectoryObjectId missing': {
      services: sharedMailbox(INFO_ID, 'info', { ExternalDirectoryObjectId: undefined }),
      reasonIncludes: "'value[0].ExternalDirectoryObjectId'",
    },
    'UserPrincipalName not text': {
      services: sharedMailbox(INFO_ID, 'info', { UserPrincipalName: 42 }),
      reasonIncludes: "'value[0].UserPrincipalName'",
    },
  },
});
