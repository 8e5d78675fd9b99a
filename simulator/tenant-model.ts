import type * as Graph from '@microsoft/microsoft-graph-types';
import type * as GraphBeta from '@microsoft/microsoft-graph-types-beta';
import type { ServiceData } from './services/service-data';

/**
 * Graph sends `@odata.type` on derived types (`#microsoft.graph.ipNamedLocation`, directory objects
 * in role members, …); the typings leave the annotation out, so we add it here.
 */
export interface ODataTyped {
  '@odata.type'?: string;
}
export type Typed<T> = T & ODataTyped;

/** Checks `value` against `T` (an invented field is a compile error), then adds the annotation. */
export function typed<T extends object>(odataType: string, value: T): Typed<T> {
  return { '@odata.type': odataType, ...value };
}

/**
 * One entry of `GET /beta/legacy/policies`. The API is undocumented (CIS v7 and Prowler read it), so
 * there is no generated type; the shape is the one those tools parse.
 */
export interface LegacyPolicy {
  id: string;
  displayName: string;
  /** e.g. `B2BManagementPolicy`. */
  type: string;
  /** JSON documents as strings, like `stsPolicy.definition`. */
  definition: string[];
  isOrganizationDefault: boolean;
}

/** What public DNS answers for one name. Not served by the Graph simulator; DNS checks' fakes use it. */
export interface PublicDnsEntry {
  TXT?: string[];
  CNAME?: string[];
  MX?: string[];
}

export interface IntuneModel {
  settings: Graph.DeviceManagementSettings;
  /** Derived types (`#microsoft.graph.windows10CompliancePolicy`, …); `assignments` are served only on `$expand`. */
  deviceCompliancePolicies: Typed<Graph.DeviceCompliancePolicy>[];
  managedDevices: Graph.ManagedDevice[];
  /** Beta only, as CIS reads it. */
  deviceEnrollmentConfigurations: Typed<GraphBeta.DeviceEnrollmentConfiguration>[];
}

/**
 * Everything the simulator can answer about one tenant, typed with the Graph typings so fixtures can't
 * invent fields. Collections are plain arrays: tests patch one field of a fresh model and serve it.
 * Values that Graph derives (activated `directoryRoles`, role members, active assignment schedule
 * instances, authentication methods) are computed from the fields below unless given.
 */
export interface TenantModel {
  /** Short name for logs and the CLI. */
  name: string;
  /**
   * Whether the signed-in caller holds Global Administrator. `GET /directory/onPremisesSynchronization`
   * is GA-only per its Graph page; a Global Reader gets 403. A JWT `wids` claim overrides this.
   */
  callerIsGlobalAdmin: boolean;

  organization: Graph.Organization;
  subscribedSkus: Graph.SubscribedSku[];
  domains: Graph.Domain[];
  /** `GET /domains/{id}/serviceConfigurationRecords`, by domain id. Expected records, not what DNS publishes. */
  domainServiceConfigurationRecords: Record<string, Typed<Graph.DomainDnsRecord>[]>;
  /** `GET /domains/{id}/federationConfiguration`, by domain id (federated domains only). */
  domainFederationConfigurations: Record<string, Graph.InternalDomainFederation[]>;
  /** Not Graph: public DNS by full name (`contoso.com`, `_dmarc.contoso.com`, `selector1._domainkey.contoso.com`). */
  publicDns: Record<string, PublicDnsEntry>;

  users: Graph.User[];
  /** Legacy per-user MFA (`GET /beta/users/{id}/authentication/requirements`), by user id; absent = `disabled`. */
  perUserMfaStates: Record<string, GraphBeta.PerUserMfaState>;
  /** `GET /users/{id}/authentication/methods`, by user id; absent = derived from the user's URD row. */
  authenticationMethods?: Record<string, Typed<Graph.AuthenticationMethod>[]>;
  groups: Graph.Group[];
  /** Direct members (user, group, service principal, device or contact ids), by group id. */
  groupMembers: Record<string, string[]>;
  servicePrincipals: Graph.ServicePrincipal[];
  /** Entra device objects, only as group members; absent: none. */
  devices?: Graph.Device[];
  /** Organisational contacts, only as group members; absent: none. */
  orgContacts?: Graph.OrgContact[];

  /**
   * A partner's security groups holding roles here over GDAP: role assignments name them and
   * `$expand=principal` shows them, but they live in the partner's tenant, so `/groups/{id}` and
   * `/groups/{id}/members` answer 404 (maester365/maester#521). Absent: no GDAP relationship.
   */
  partnerGroups?: Graph.Group[];
  /** Active assignments; activated `directoryRoles` and their members derive from the tenant-wide (`/`) ones. */
  roleAssignments: Graph.UnifiedRoleAssignment[];
  /** PIM eligibility (Entra ID P2). */
  roleEligibilityScheduleInstances: Graph.UnifiedRoleEligibilityScheduleInstance[];
  /** PIM active instances; absent = every roleAssignment as a permanent `Assigned` instance. */
  roleAssignmentScheduleInstances?: Graph.UnifiedRoleAssignmentScheduleInstance[];
  /** With `rules` inline; served only on `$expand=rules` or `/rules`. */
  roleManagementPolicies: Graph.UnifiedRoleManagementPolicy[];
  roleManagementPolicyAssignments: Graph.UnifiedRoleManagementPolicyAssignment[];

  conditionalAccessPolicies: Graph.ConditionalAccessPolicy[];
  /** `IpNamedLocation` / `CountryNamedLocation`, with `@odata.type` so `isof()` can tell them apart. */
  namedLocations: Typed<Graph.NamedLocation>[];
  securityDefaults: Graph.IdentitySecurityDefaultsEnforcementPolicy;
  authorizationPolicy: Graph.AuthorizationPolicy;
  adminConsentRequestPolicy: Graph.AdminConsentRequestPolicy;
  /** The beta shape (a superset); v1.0 answers drop `systemCredentialPreferences` and other beta-only fields. */
  authenticationMethodsPolicy: GraphBeta.AuthenticationMethodsPolicy;
  authenticationStrengthPolicies: Graph.AuthenticationStrengthPolicy[];
  /** The beta shape (v1.0 answers drop `azureADJoin.localAdmins`, which only beta has). */
  deviceRegistrationPolicy: GraphBeta.DeviceRegistrationPolicy;
  defaultAppManagementPolicy: Graph.TenantAppManagementPolicy;
  activityBasedTimeoutPolicies: Graph.ActivityBasedTimeoutPolicy[];
  userRegistrationDetails: Graph.UserRegistrationDetails[];
  /** `GET /v1.0/groupSettings`; beta `GET /settings` serves the same entries. */
  groupSettings: Graph.GroupSetting[];
  sharepointSettings: Graph.SharepointSettings;
  accessReviewDefinitions: Graph.AccessReviewScheduleDefinition[];
  onPremisesSynchronization: Graph.OnPremisesDirectorySynchronization[];
  intune: IntuneModel;
  appsAndServicesSettings: GraphBeta.AppsAndServicesSettings;
  formsSettings: GraphBeta.FormsSettings;
  legacyPolicies: LegacyPolicy[];
  directoryRecommendations: GraphBeta.Recommendation[];
  /** The Entra audit log (`GET /auditLogs/directoryAudits`), in any order; absent: nothing logged. */
  directoryAudits?: Graph.DirectoryAudit[];
  /** A partner tenant's GDAP relationships, of any status; absent: none (not a partner). */
  delegatedAdminRelationships?: Graph.DelegatedAdminRelationship[];
  /** Exchange Online, Defender for Office, Purview and Teams settings (issue 17); absent: none served. */
  services?: ServiceData;
  /** Newest first, one per day. */
  secureScores: Graph.SecureScore[];
  secureScoreControlProfiles: Graph.SecureScoreControlProfile[];
}
