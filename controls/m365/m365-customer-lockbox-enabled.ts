import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { licences } from '../../lib/graph/sources/licences';
import { exoCustomerLockbox } from '../../lib/graph/sources/services/exo-organization-config';

// Read live from Exchange Online when the tenant turns that service on (issue 17); otherwise the check
// by hand below stands, decided by Microsoft's verdict (CustomerLockBoxEnabled) as before.
export default defineControl({
  id: 'm365-customer-lockbox-enabled',
  title: 'Customer Lockbox is on',
  category: 'data',
  service: 'm365',
  maxScore: 2,
  refs: {
    secureScore: 'CustomerLockBoxEnabled',
    cis: '1.3.6',
    learn: 'https://learn.microsoft.com/purview/customer-lockbox-requests',
  },
  threats: ['Unapproved access to content by service engineers'],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.customerLockbox,
  rationale:
    'Customer Lockbox makes Microsoft engineers ask your approval before they can access mailbox or file content during a support case. CIS 1.3.6 and Secure Score (CustomerLockBoxEnabled) ask for it on; it needs a Customer Lockbox licence (Microsoft 365 E5 or the add-on). Graph does not expose the switch: Posture Lens reads it from Exchange Online (Get-OrganizationConfig) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft 365 admin center › Settings › Org settings › Security & privacy › Customer Lockbox: turn on "Require approval for all data access requests".',
  ],
  fixAt: adminPages.m365CustomerLockbox,
  setTo: { setting: 'Require approval for all data access requests', value: 'Selected' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-OrganizationConfig: CustomerLockBoxEnabled is True'],
    command: 'Get-OrganizationConfig | Format-List CustomerLockBoxEnabled',
  },
  sources: { org: exoCustomerLockbox },
  evaluate: ({ org }, v) => {
    const ev = [evidence('exoOrganizationConfig', org, ['CustomerLockBoxEnabled'])];
    return org.CustomerLockBoxEnabled
      ? v.pass('Customer Lockbox is on: Microsoft engineers must ask before they reach content.', ev)
      : v.fail('Customer Lockbox is off: support engineers can reach content without your approval.', ev);
  },
});
