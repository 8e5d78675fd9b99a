import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { userDirectory } from '../../lib/graph/sources/users';
import { exoSharedMailboxes } from '../../lib/graph/sources/services/exo-shared-mailboxes';

// CIS 1.2.2 (as Maester's Test-MtCisSharedMailboxSignIn reads it): every shared mailbox's Entra user
// (ExternalDirectoryObjectId) has accountEnabled false. Which mailboxes are shared comes from Exchange
// Online; whether their users can sign in, from Graph's directory (its first 999 users: a mailbox whose
// user isn't on that page is unknown, never assumed blocked).
export default defineControl({
  id: 'email-shared-mailbox-signin-blocked',
  title: 'Shared mailboxes cannot be signed in to directly',
  category: 'identity',
  service: 'email',
  maxScore: 3,
  refs: { cis: '1.2.2', learn: 'https://learn.microsoft.com/microsoft-365/admin/email/about-shared-mailboxes' },
  threats: ['Password attacks against shared mailbox accounts that no one owns', 'Unattributed access to shared mail'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A shared mailbox has a user account in Entra ID; if sign-in is allowed, anyone who sets or guesses its password gets in with no person accountable. CIS 1.2.2 asks that sign-in is blocked for every shared mailbox. Which mailboxes are shared comes only from Exchange Online (Get-EXOMailbox), which Posture Lens reads when that service is on for the tenant, matching each to its Entra user (accountEnabled, from Graph); otherwise it shows what to check. A mailbox whose user is beyond the first 999 users Graph lists is unknown, never assumed blocked.',
  remediation: [
    'Microsoft 365 admin center › Users › Active users: for each shared mailbox account, choose "Block sign-in".',
    'Or list them with Exchange Online PowerShell and set accountEnabled to false with Microsoft Graph PowerShell (Update-MgUser -AccountEnabled:$false).',
  ],
  fixAt: adminPages.exchangeMailboxes,
  setTo: { setting: 'Block this user from signing in', value: "Selected, for every shared mailbox's account" },
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-EXOMailbox -RecipientTypeDetails SharedMailbox: for each mailbox, its Entra user (ExternalDirectoryObjectId) has accountEnabled false',
    ],
    command:
      'Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Format-Table UserPrincipalName,ExternalDirectoryObjectId',
  },
  sources: { mailboxes: exoSharedMailboxes, directory: userDirectory },
  evaluate: ({ mailboxes, directory }, v) => {
    const byId = new Map(directory.users.map((u) => [u.id, u]));
    const matched = mailboxes.map((m) => ({ m, user: byId.get(m.ExternalDirectoryObjectId) }));
    const ev = matched.map(({ m, user }) =>
      evidence('exoSharedMailboxes', { ...m, accountEnabled: user ? user.accountEnabled : 'not found' }, [
        'UserPrincipalName',
        'ExternalDirectoryObjectId',
        'accountEnabled',
      ]),
    );
    if (mailboxes.length === 0)
      return v.pass('The tenant has no shared mailbox, so none can be signed in to.', [
        evidence('exoSharedMailboxes', { Name: 'Shared mailboxes', count: 0 }, ['count']),
      ]);
    const open = matched.filter((x) => x.user?.accountEnabled === true);
    if (open.length > 0)
      return v.fail(
        `${open.length} of ${mailboxes.length} shared mailboxes can be signed in to: ${open
          .slice(0, 5)
          .map((x) => x.m.UserPrincipalName)
          .join(', ')}.`,
        ev,
        {
          noun: 'shared mailboxes allowing sign-in',
          count: open.length,
          sample: open.map((x) => x.m.UserPrincipalName).slice(0, 5),
        },
      );
    const unseen = matched.filter((x) => x.user?.accountEnabled !== false);
    if (unseen.length > 0)
      return v.unknown(
        {
          kind: 'notEvaluated',
          why: `Whether ${unseen
            .map((x) => x.m.UserPrincipalName)
            .slice(0, 5)
            .join(
              ', ',
            )} can sign in isn't known: ${directory.count > directory.users.length ? `its Entra user is not among the first ${directory.users.length} of ${directory.count} users read` : 'Graph lists no such user, or no accountEnabled for it'}.`,
        },
        ev,
      );
    return v.pass(`Sign-in is blocked for all ${mailboxes.length} shared mailboxes.`, ev);
  },
});
