/**
 * Copy-paste scripts that create the app registration Posture Lens signs in with: a single-page-app
 * redirect URI and exactly the catalogue's delegated read permissions. Permission names are resolved
 * to ids when the script runs, from the tenant's own Microsoft Graph service principal, so nothing
 * here can go stale. Pure text; rendered by the Connect page.
 *
 * `partner`: a partner's app reads customer tenants too (issue 16), so it must be multitenant (a
 * single-tenant app isn't found in a customer's directory: AADSTS700016), and it adds the one permission
 * that lists GDAP customers. Everyone else gets a single-tenant app: the narrowest that works.
 */
import type { PermissionNeed } from '../lib/engine/scan/permissions';

export type SetupCloud = 'global' | 'usgov' | 'usgovdod' | 'china';

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const azCloud: Record<SetupCloud, string> = {
  global: 'AzureCloud',
  usgov: 'AzureUSGovernment',
  usgovdod: 'AzureUSGovernment',
  china: 'AzureChinaCloud',
};
/** The delegated permission that lists a partner's GDAP customers (read-only). */
export const GDAP_LIST_PERMISSION = 'DelegatedAdminRelationship.Read.All';

const audience = (partner: boolean): string => (partner ? 'AzureADMultipleOrgs' : 'AzureADMyOrg');
const permissionNames = (needs: readonly PermissionNeed[], partner: boolean): string[] => [
  ...needs.map((n) => n.permission),
  ...(partner ? [GDAP_LIST_PERMISSION] : []),
];

const mgEnvironment: Record<SetupCloud, string> = {
  global: 'Global',
  usgov: 'USGov',
  usgovdod: 'USGovDoD',
  china: 'China',
};

export function azureCliScript(opts: {
  redirectUri: string;
  needs: readonly PermissionNeed[];
  cloud: SetupCloud;
  graphRoot: string;
  partner?: boolean;
}): string {
  const partner = opts.partner ?? false;
  const names = permissionNames(opts.needs, partner).join(' ');
  return [
    '# Azure CLI (bash). Sign in first as an admin who may create app registrations: az login',
    `az cloud set --name ${azCloud[opts.cloud]}`,
    `GRAPH=${GRAPH_APP_ID}`,
    `APP_ID=$(az ad app create --display-name "Posture Lens" --sign-in-audience ${audience(partner)} --query appId -o tsv)`,
    '# The redirect URI goes under the Single-page application platform (cross-origin code redemption with PKCE).',
    `az rest --method PATCH --uri "${opts.graphRoot}/v1.0/applications(appId='$APP_ID')" \\`,
    `  --headers Content-Type=application/json --body '{"spa":{"redirectUris":["${opts.redirectUri}"]}}'`,
    '# Delegated, read-only Microsoft Graph permissions: names resolved to ids from your tenant.',
    `for P in ${names}; do`,
    `  ID=$(az ad sp show --id $GRAPH --query "oauth2PermissionScopes[?value=='$P'].id | [0]" -o tsv)`,
    '  az ad app permission add --id "$APP_ID" --api $GRAPH --api-permissions "$ID=Scope"',
    'done',
    '# Admin consent (Privileged Role Administrator or Global Administrator):',
    'az ad app permission admin-consent --id "$APP_ID"',
    'echo "Application (client) ID: $APP_ID"',
  ].join('\n');
}

export function graphPowerShellScript(opts: {
  redirectUri: string;
  needs: readonly PermissionNeed[];
  cloud: SetupCloud;
  partner?: boolean;
}): string {
  const partner = opts.partner ?? false;
  const names = permissionNames(opts.needs, partner)
    .map((n) => `'${n}'`)
    .join(', ');
  return [
    '# Microsoft Graph PowerShell (Install-Module Microsoft.Graph.Applications)',
    `Connect-MgGraph -Environment ${mgEnvironment[opts.cloud]} -Scopes 'Application.ReadWrite.All'`,
    `$graph = Get-MgServicePrincipal -Filter "appId eq '${GRAPH_APP_ID}'"`,
    `$names = @(${names})`,
    '# Delegated, read-only permissions: names resolved to ids from your tenant.',
    '$access = foreach ($n in $names) {',
    "  @{ Id = ($graph.Oauth2PermissionScopes | Where-Object Value -eq $n).Id; Type = 'Scope' }",
    '}',
    `$app = New-MgApplication -DisplayName 'Posture Lens' -SignInAudience '${audience(partner)}' \``,
    `  -Spa @{ RedirectUris = @('${opts.redirectUri}') } \``,
    '  -RequiredResourceAccess @(@{ ResourceAppId = $graph.AppId; ResourceAccess = @($access) })',
    '"Application (client) ID: $($app.AppId)"',
    '# Then grant admin consent on the app registration’s API permissions page.',
  ].join('\n');
}
