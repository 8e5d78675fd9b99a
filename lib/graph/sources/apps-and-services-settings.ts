import type { AppsAndServicesSettings } from '@microsoft/microsoft-graph-types-beta';
import { defineSource } from './define-source';
import { bool, entity, type Need } from './shape';

export type AppsAndServices = Need<AppsAndServicesSettings, 'isOfficeStoreEnabled' | 'isAppAndServicesTrialEnabled'>;

/** https://learn.microsoft.com/graph/api/adminappsandservices-get?view=graph-rest-beta (beta, global cloud only) */
export const appsAndServicesSettings = defineSource<AppsAndServices>({
  id: 'appsAndServicesSettings',
  version: 'beta',
  path: '/admin/appsAndServices/settings',
  permission: 'OrgSettings-AppsAndServices.Read.All',
  collection: false,
  // Nullable in the schema with no documented meaning for null: refused, never defaulted.
  parse: entity<AppsAndServices>({ isOfficeStoreEnabled: bool, isAppAndServicesTrialEnabled: bool }),
});
