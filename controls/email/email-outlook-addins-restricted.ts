import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoRoleAssignmentPolicies } from '../../lib/graph/sources/services/exo-role-assignment-policies';

/** The end-user roles that let people install Outlook add-ins themselves (CIS 6.3.1). */
const ADDIN_ROLES = ['My Custom Apps', 'My Marketplace Apps', 'My ReadWriteMailbox Apps'];

// CIS 6.3.1 and Secure Score (exo_outlookaddins): no role assignment policy gives the three add-in roles.
// CIS checks the policies mailboxes use; Get-EXOMailbox per mailbox isn't read, so every policy is held
// to it (a policy assigned to no one fails too, and the evidence names it). Outlook on the web storage
// (CIS 6.5.3) and MailTips (CIS 6.5.2) are their own controls now that they are read.
export default defineControl({
  id: 'email-outlook-addins-restricted',
  title: 'Users cannot install Outlook add-ins themselves',
  category: 'apps',
  service: 'email',
  maxScore: 3,
  refs: {
    secureScore: 'exo_outlookaddins',
    cis: '6.3.1',
    learn:
      'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/add-ins-for-outlook/specify-who-can-install-and-manage-add-ins',
  },
  threats: ['Malicious add-ins reading mailbox content', 'Consent phishing through add-ins'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Outlook add-ins that users install themselves can read and send mail as them. CIS 6.3.1 and Secure Score (exo_outlookaddins) remove the My Custom Apps, My Marketplace Apps and My ReadWriteMailbox Apps roles from user role assignment policies, so only admins deploy add-ins. Passes when no role assignment policy assigns them. Graph does not expose these: Posture Lens reads them from Exchange Online (Get-RoleAssignmentPolicy) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Exchange admin center › Roles › User roles: in each policy (Default Role Assignment Policy first), clear My Custom Apps, My Marketplace Apps and My ReadWriteMailbox Apps.',
  ],
  fixAt: adminPages.exchangeUserRoles,
  setTo: {
    setting: 'User roles: My Custom Apps, My Marketplace Apps and My ReadWriteMailbox Apps',
    value: 'Not selected',
  },
  onPages: [
    {
      page: adminPages.exchangeUserRoles,
      labels: ['My Custom Apps', 'My Marketplace Apps', 'My ReadWriteMailbox Apps'],
    },
  ],
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-RoleAssignmentPolicy: no policy assigns My Custom Apps, My Marketplace Apps or My ReadWriteMailbox Apps',
    ],
    command: 'Get-RoleAssignmentPolicy | Format-List Name,IsDefault,AssignedRoles',
  },
  sources: { policies: exoRoleAssignmentPolicies },
  evaluate: ({ policies }, v) => {
    const withApps = policies
      .map((p) => ({ p, roles: p.AssignedRoles.filter((r) => ADDIN_ROLES.includes(r)) }))
      .filter((x) => x.roles.length > 0);
    const ev = policies.map((p) =>
      evidence(
        'exoRoleAssignmentPolicies',
        { ...p, AddInRoles: p.AssignedRoles.filter((r) => ADDIN_ROLES.includes(r)) },
        ['IsDefault', 'AddInRoles'],
      ),
    );
    if (policies.length === 0)
      return v.unknown({
        kind: 'malformedField',
        source: 'exoRoleAssignmentPolicies',
        path: 'value',
        problem: 'no role assignment policy, where every tenant has Default Role Assignment Policy',
      });
    if (withApps.length === 0)
      return v.pass(`None of the ${policies.length} role assignment policies lets users install add-ins.`, ev);
    return v.fail(
      `Users can install Outlook add-ins: ${withApps.map((x) => `${x.p.Name} assigns ${x.roles.join(', ')}`).join('; ')}.`,
      ev,
      {
        noun: 'role assignment policies with add-in roles',
        count: withApps.length,
        sample: withApps.map((x) => x.p.Name).slice(0, 5),
      },
    );
  },
});
