import type { FormsSettings } from '@microsoft/microsoft-graph-types-beta';
import { defineSource } from './define-source';
import { bool, entity, type Need } from './shape';

export type Forms = Need<FormsSettings, 'isInOrgFormsPhishingScanEnabled'>;

/** https://learn.microsoft.com/graph/api/adminforms-get?view=graph-rest-beta (beta, global cloud only) */
export const formsSettings = defineSource<Forms>({
  id: 'formsSettings',
  version: 'beta',
  path: '/admin/forms/settings',
  permission: 'OrgSettings-Forms.Read.All',
  collection: false,
  // Nullable in the schema with no documented meaning for null: refused, never defaulted.
  parse: entity<Forms>({ isInOrgFormsPhishingScanEnabled: bool }),
});
