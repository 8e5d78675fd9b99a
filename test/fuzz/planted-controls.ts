/**
 * Deliberately broken controls, planted into the fuzz harness to prove it bites: each reads a real
 * Graph answer through a parse that accepts anything, and decides like a careless evaluator would.
 * Never registered in the catalogue.
 */
import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { defineSource } from '../../lib/graph/sources/define-source';

const trusting = <T>(body: unknown) => ({ ok: true as const, value: body as T });

const spoSettings = defineSource<{ sharingCapability?: unknown }>({
  id: 'plantedSharepointSettings',
  version: 'v1.0',
  path: '/admin/sharepoint/settings',
  permission: 'SharePointTenantSettings.Read.All',
  collection: false,
  parse: trusting,
});

const authorization = defineSource<{ defaultUserRolePermissions?: { allowedToCreateApps?: unknown } }>({
  id: 'plantedAuthorizationPolicy',
  version: 'v1.0',
  path: '/policies/authorizationPolicy',
  permission: 'Policy.Read.All',
  collection: false,
  parse: trusting,
});

const meta = {
  category: 'data',
  maxScore: 5,
  refs: { learn: 'https://learn.microsoft.com/graph/' },
  threats: ['Planted bug'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale: 'A broken evaluator for the fuzzer to find.',
  remediation: ['None: it is a test.'],
} as const;

/** Fails only the two sharing levels it knows to be open: a missing, null or unknown level passes. */
export const plantedBlocklist = defineControl({
  ...meta,
  id: 'spo-planted-blocklist',
  title: 'Planted: SharePoint sharing decided by a blocklist',
  service: 'spo',
  fixAt: adminPages.spoSharing,
  setTo: { setting: 'A setting', value: 'Its passing value' },
  sources: { settings: spoSettings },
  evaluate: ({ settings }, v) =>
    settings.sharingCapability === 'externalUserAndGuestSharing' ||
    settings.sharingCapability === 'externalUserSharingOnly'
      ? v.fail('Sharing is open.', [{ source: 'planted', fields: {} }])
      : v.pass('Sharing is limited.', [{ source: 'planted', fields: {} }]),
});

/** Fails only on the boolean `true`: the string "true", 1, null or a missing field pass. */
export const plantedStrictEquals = defineControl({
  ...meta,
  id: 'entra-planted-strict-equals',
  title: 'Planted: app registration decided by === true',
  service: 'entra',
  fixAt: adminPages.entraUserSettings,
  setTo: { setting: 'A setting', value: 'Its passing value' },
  sources: { policy: authorization },
  evaluate: ({ policy }, v) =>
    policy.defaultUserRolePermissions?.allowedToCreateApps === true
      ? v.fail('Users can register apps.', [{ source: 'planted', fields: {} }])
      : v.pass('Users cannot register apps.', [{ source: 'planted', fields: {} }]),
});
