import type {
  AppIdentity,
  DirectoryAudit,
  ModifiedProperty,
  TargetResource,
  UserIdentity,
} from '@microsoft/microsoft-graph-types';
import { defineSource, type ParseResult, type SourceDef } from './define-source';
import { arrayOf, object, optional, present, str, type Need, type Shape } from './shape';

/**
 * The Entra audit log (issue 15, "who changed it"): the changes to the settings the catalogue reads,
 * between two scans. Two GETs in the scan's first wave (setting changes, and additions to groups, which
 * a large tenant logs by the thousand and would crowd the settings out of one capped read), each one
 * page of up to `AUDIT_PAGE` events, newest first, never a follow-up page: the read adds no round trip.
 * https://learn.microsoft.com/graph/api/directoryaudit-list
 * Activity names: https://learn.microsoft.com/entra/identity/monitoring-health/reference-audit-activities
 */

/**
 * The directoryaudit-list page now lists "AuditLog.Read.All and Directory.Read.All"; the catalogue
 * doesn't ask for Directory.Read.All (far broader than reading settings), so a tenant that enforces
 * both answers 403 and the read says so, naming AuditLog.Read.All (which older pages name alone).
 */
export const AUDIT_PERMISSION = 'AuditLog.Read.All';

/** Events one request reads at most: one page, so a busy log is cut (and says so), never paged. */
export const AUDIT_PAGE = 500;

const ROLE_SOURCES: readonly string[] = [
  'globalAdminAssignments',
  'globalAdminEligibilities',
  'privilegedRoleAssignments',
  'privilegedRoleEligibilities',
  'privilegedUsers',
  'roleAssignmentScheduleInstances',
];

/** The changes a scan reads, by the Graph sources they can change (source ids), as the log names them. */
export const WATCHED_ACTIVITIES: Readonly<Record<string, readonly string[]>> = {
  'Add conditional access policy': ['conditionalAccessPolicies'],
  'Update conditional access policy': ['conditionalAccessPolicies'],
  'Delete conditional access policy': ['conditionalAccessPolicies'],
  'Add named location': ['namedLocations'],
  'Update named location': ['namedLocations'],
  'Delete named location': ['namedLocations'],
  'Update security defaults': ['securityDefaults'],
  'Update authorization policy': ['authorizationPolicy'],
  'Add permission grant policy': ['authorizationPolicy'],
  'Update permission grant policy': ['authorizationPolicy'],
  'Delete permission grant policy': ['authorizationPolicy'],
  'Consent to application': ['authorizationPolicy', 'adminConsentRequestPolicy'],
  'Add delegated permission grant': ['authorizationPolicy', 'adminConsentRequestPolicy'],
  'Add member to role': ROLE_SOURCES,
  'Remove member from role': ROLE_SOURCES,
  'Add eligible member to role': ROLE_SOURCES,
  'Remove eligible member from role': ROLE_SOURCES,
  'Authentication Methods Policy Update': [
    'authenticationMethodsPolicy',
    'authenticationMethodsPolicyBeta',
    'microsoftAuthenticatorConfiguration',
  ],
  'Authentication Methods Policy Reset': [
    'authenticationMethodsPolicy',
    'authenticationMethodsPolicyBeta',
    'microsoftAuthenticatorConfiguration',
  ],
  'Authentication Strength Policy Create': ['authenticationStrengthPolicies'],
  'Authentication Strength Policy Update': ['authenticationStrengthPolicies'],
  'Authentication Strength Policy Delete': ['authenticationStrengthPolicies'],
  'Set password policy': ['domains'],
  // Mail DNS (SPF, DKIM, DMARC) lives outside Entra: a domain update can't change it.
  'Update domain': ['domains', 'domainFederation'],
  'Set domain authentication': ['domains', 'domainFederation'],
  'Set federation settings on domain': ['domains', 'domainFederation'],
};

/** Read on its own request; attached only when the group is one a Conditional Access policy excludes. */
export const ADD_GROUP_MEMBER = 'Add member to group';

/** The interval read: `from` the previous scan (or 7 days back) `to` the scan's own time, ISO 8601. */
export interface AuditWindow {
  readonly from: string;
  readonly to: string;
}

export type AuditUser = Pick<UserIdentity, 'id' | 'userPrincipalName' | 'displayName'>;
export type AuditApp = Pick<AppIdentity, 'appId' | 'displayName' | 'servicePrincipalId'>;
/** Old and new values are JSON text (`"\"On\""`, a whole policy), as the log keeps them. */
export type AuditProperty = Pick<ModifiedProperty, 'displayName' | 'oldValue' | 'newValue'>;
export type AuditTargetRow = Pick<TargetResource, 'id' | 'displayName' | 'type' | 'userPrincipalName'> & {
  modifiedProperties?: AuditProperty[] | null;
};
/** One event as read: Graph's own shape, the fields we rely on checked. */
export type AuditRow = Need<DirectoryAudit, 'id' | 'activityDisplayName' | 'activityDateTime'> &
  Pick<DirectoryAudit, 'result'> & {
    initiatedBy: { user?: AuditUser | null; app?: AuditApp | null };
    targetResources: AuditTargetRow[] | null;
  };

/** One request's page: its events, and whether the log held more than one read takes. */
export interface AuditPage {
  readonly rows: readonly AuditRow[];
  readonly more: boolean;
}

const optionalText = optional(str);
const property: Shape<AuditProperty> = {
  displayName: optionalText,
  oldValue: optionalText,
  newValue: optionalText,
};
const target: Shape<AuditTargetRow> = {
  id: optionalText,
  displayName: optionalText,
  type: optionalText,
  userPrincipalName: optionalText,
  modifiedProperties: optional(arrayOf(object(property))),
};
const row: Shape<AuditRow> = {
  id: str,
  activityDisplayName: str,
  activityDateTime: str,
  result: optionalText,
  initiatedBy: object<AuditRow['initiatedBy']>({
    user: optional(object<AuditUser>({ id: optionalText, userPrincipalName: optionalText, displayName: optionalText })),
    app: optional(
      object<AuditApp>({ appId: optionalText, displayName: optionalText, servicePrincipalId: optionalText }),
    ),
  }),
  targetResources: present(arrayOf(object(target))),
};
interface PageBody {
  value: AuditRow[];
  '@odata.nextLink'?: string | null;
}
const page = object<PageBody>({ value: arrayOf(object(row)), '@odata.nextLink': optionalText });

function parsePage(body: unknown): ParseResult<AuditPage> {
  const problem = page(body, '');
  if (problem) return { ok: false, ...problem };
  const b = body as PageBody;
  return { ok: true, value: { rows: b.value, more: typeof b['@odata.nextLink'] === 'string' } };
}

/** `'it''s'`: OData doubles a quote inside a literal. */
const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;

function auditSource(id: string, window: AuditWindow, activities: readonly string[]): SourceDef<AuditPage> {
  const names = activities.map((a) => `activityDisplayName eq ${literal(a)}`).join(' or ');
  return defineSource<AuditPage>({
    id,
    version: 'v1.0',
    path: '/auditLogs/directoryAudits',
    query: {
      $filter: `activityDateTime ge ${window.from} and activityDateTime le ${window.to} and (${names})`,
      $orderby: 'activityDateTime desc',
      $top: String(AUDIT_PAGE),
    },
    permission: AUDIT_PERMISSION,
    // One page only (the client would follow next links): `more` says the log held more.
    collection: false,
    parse: parsePage,
  });
}

/** The two reads of one window: setting changes, and additions to groups. */
export function directoryAuditSources(window: AuditWindow): readonly [SourceDef<AuditPage>, SourceDef<AuditPage>] {
  return [
    auditSource('directoryAudits', window, Object.keys(WATCHED_ACTIVITIES)),
    auditSource('groupMemberAudits', window, [ADD_GROUP_MEMBER]),
  ];
}

/** How the read looks where permissions are listed, its window and activities left open. */
export const directoryAuditsLabel =
  "GET /v1.0/auditLogs/directoryAudits?$filter=activityDateTime ge {previous scan} and (activityDisplayName eq '…' or …)";
