/** Pages of the Microsoft Purview portal, for the manual controls: settings Graph can't read, checked and fixed here. */
import { pathPage, type AdminPage } from './define-admin-page';

export const purviewPages = {
  purviewAudit: pathPage('purview.microsoft.com', 'purviewAudit', 'Microsoft Purview › Audit', '/audit/auditsearch'),
  purviewDlpPolicies: pathPage(
    'purview.microsoft.com',
    'purviewDlpPolicies',
    'Microsoft Purview › Data loss prevention › Policies',
    '/datalossprevention/policies',
  ),
  purviewLabelPolicies: pathPage(
    'purview.microsoft.com',
    'purviewLabelPolicies',
    'Microsoft Purview › Information protection › Label publishing policies',
    '/informationprotection/labelpolicies',
  ),
} as const satisfies Record<string, AdminPage>;
