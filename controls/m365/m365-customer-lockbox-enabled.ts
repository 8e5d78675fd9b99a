import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';
import { licences } from '../../lib/graph/sources/licences';

export default defineManualControl({
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
    'Customer Lockbox makes Microsoft engineers ask your approval before they can access mailbox or file content during a support case. CIS 1.3.6 and Secure Score (CustomerLockBoxEnabled) ask for it on; it needs a Customer Lockbox licence (Microsoft 365 E5 or the add-on). The switch is read with Exchange Online PowerShell (Get-OrganizationConfig), which Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft 365 admin center › Settings › Org settings › Security & privacy › Customer Lockbox: turn on "Require approval for all data access requests".',
  ],
  fixAt: adminPages.m365CustomerLockbox,
  setTo: { setting: 'Require approval for all data access requests', value: 'Selected' },
  check: {
    how: 'powershell',
    what: ['Get-OrganizationConfig: CustomerLockBoxEnabled is True'],
    command: 'Get-OrganizationConfig | Format-List CustomerLockBoxEnabled',
  },
});
