/** Pages of the Teams admin center, for the manual controls: settings Graph can't read, checked and fixed here. */
import { pathPage, type AdminPage } from './define-admin-page';

export const teamsPages = {
  teamsExternalAccess: pathPage(
    'admin.teams.microsoft.com',
    'teamsExternalAccess',
    'Teams admin center › Users › External access',
    '/company-wide-settings/external-communications',
  ),
  teamsMeetingPolicies: pathPage(
    'admin.teams.microsoft.com',
    'teamsMeetingPolicies',
    'Teams admin center › Meetings › Meeting policies',
    '/policies/meetings',
  ),
  teamsSettings: pathPage(
    'admin.teams.microsoft.com',
    'teamsSettings',
    'Teams admin center › Teams › Teams settings',
    '/company-wide-settings/teams-settings',
  ),
  teamsManageApps: pathPage(
    'admin.teams.microsoft.com',
    'teamsManageApps',
    'Teams admin center › Teams apps › Manage apps',
    '/policies/manage-apps',
  ),
} as const satisfies Record<string, AdminPage>;
