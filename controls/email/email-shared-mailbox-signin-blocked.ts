import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
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
    'A shared mailbox has a user account in Entra ID; if sign-in is allowed, anyone who sets or guesses its password gets in with no person accountable. CIS 1.2.2 asks that sign-in is blocked for every shared mailbox. Which mailboxes are shared comes only from Exchange Online (Get-EXOMailbox), which Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft 365 admin center › Users › Active users: for each shared mailbox account, choose "Block sign-in".',
    'Or list them with Exchange Online PowerShell and set accountEnabled to false with Microsoft Graph PowerShell (Update-MgUser -AccountEnabled:$false).',
  ],
  fixAt: adminPages.exchangeMailboxes,
  setTo: { setting: 'Block this user from signing in', value: "Selected, for every shared mailbox's account" },
  check: {
    how: 'powershell',
    what: [
      'Get-EXOMailbox -RecipientTypeDetails SharedMailbox: for each mailbox, its Entra user (ExternalDirectoryObjectId) has accountEnabled false',
    ],
    command:
      'Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Format-Table UserPrincipalName,ExternalDirectoryObjectId',
  },
});
