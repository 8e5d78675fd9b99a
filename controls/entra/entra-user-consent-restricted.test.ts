import { authorizationPolicyUnknowns, describeControl, failing, malformed } from '../../test/describe-control';
import control from './entra-user-consent-restricted';

const AUTHZ = '/policies/authorizationPolicy';
const LEGACY = 'ManagePermissionGrantsForSelf.microsoft-user-default-legacy';
const LOW = 'ManagePermissionGrantsForSelf.microsoft-user-default-low';
// Team and chat owners' consent, which every tenant lists; it is not user consent to apps.
const OWNED = 'ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team';

describeControl(control, {
  pass: {
    'user consent is off (only owned-resource policies are assigned)': {
      reasonIncludes: 'User consent to apps is turned off.',
      evidence: ['authorizationPolicy'],
    },
    'no permission grant policy assigned at all': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.permissionGrantPoliciesAssigned = [];
      },
      reasonIncludes: 'User consent to apps is turned off.',
    },
    "verified publishers' apps with low-impact permissions only": {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.permissionGrantPoliciesAssigned = [LOW, OWNED];
      },
      reasonIncludes: 'verified publishers',
    },
  },
  fail: {
    'the legacy default lets users consent to any app': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.permissionGrantPoliciesAssigned = [LEGACY, OWNED];
      },
      reasonIncludes: 'the legacy default',
      evidence: ['authorizationPolicy'],
    },
    'the legacy default beside the low-impact policy still fails': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.permissionGrantPoliciesAssigned = [LOW, LEGACY];
      },
      reasonIncludes: 'the legacy default',
    },
    'a custom consent policy is named for review': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.permissionGrantPoliciesAssigned = [
          'ManagePermissionGrantsForSelf.contoso-marketing-apps',
        ];
      },
      reasonIncludes: 'Users can consent under custom policies (contoso-marketing-apps); review what they allow.',
    },
    'a custom policy beside the low-impact one': {
      tenant: (t) => {
        t.authorizationPolicy.defaultUserRolePermissions!.permissionGrantPoliciesAssigned = [
          LOW,
          'ManagePermissionGrantsForSelf.contoso-marketing-apps',
        ];
      },
      reasonIncludes: 'microsoft-user-default-low, contoso-marketing-apps',
    },
  },
  unknown: {
    ...authorizationPolicyUnknowns(),
    'no default user role permissions': {
      faults: [malformed(AUTHZ, { id: 'authorizationPolicy' })],
      reasonIncludes: "'defaultUserRolePermissions' (missing)",
    },
    'assigned policies of null, which Graph does not document': {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy.defaultUserRolePermissions!, { permissionGrantPoliciesAssigned: null });
      },
      reasonIncludes: "'defaultUserRolePermissions.permissionGrantPoliciesAssigned' (expected array, got null)",
    },
    'assigned policies as one string, not a list': {
      tenant: (t) => {
        Object.assign(t.authorizationPolicy.defaultUserRolePermissions!, { permissionGrantPoliciesAssigned: LOW });
      },
      reasonIncludes: "'defaultUserRolePermissions.permissionGrantPoliciesAssigned' (expected array, got string)",
    },
    'assigned policies missing': {
      tenant: (t) => {
        delete t.authorizationPolicy.defaultUserRolePermissions!.permissionGrantPoliciesAssigned;
      },
      reasonIncludes: "'defaultUserRolePermissions.permissionGrantPoliciesAssigned' (missing)",
    },
    '404 on the authorization policy': {
      faults: [failing(AUTHZ, 404)],
      reasonIncludes: 'HTTP 404',
    },
  },
});
