import type * as Graph from '@microsoft/microsoft-graph-types';
import { stableGuid } from '../seeded-random';
import type { MfaProfile, Person } from './people';

/** Methods per profile, with URD's `methodsRegistered` names. */
const METHODS: Readonly<Record<MfaProfile, readonly string[]>> = {
  none: [],
  emailOnly: ['email'],
  sms: ['mobilePhone'],
  authenticator: ['microsoftAuthenticatorPush'],
  authenticatorAndOath: ['microsoftAuthenticatorPush', 'softwareOneTimePasscode', 'mobilePhone'],
  windowsHello: ['windowsHelloForBusiness', 'microsoftAuthenticatorPush'],
  phishingResistant: ['fido2SecurityKey', 'microsoftAuthenticatorPasswordless', 'microsoftAuthenticatorPush'],
};

const PREFERRED: Readonly<Record<MfaProfile, Graph.UserDefaultAuthenticationMethod | null>> = {
  none: 'none',
  emailOnly: 'none',
  sms: 'sms',
  authenticator: 'push',
  authenticatorAndOath: 'push',
  windowsHello: 'push',
  phishingResistant: 'push',
};

const SYSTEM_PREFERRED: Readonly<Record<MfaProfile, readonly string[]>> = {
  none: [],
  emailOnly: [],
  sms: ['Sms'],
  authenticator: ['Push'],
  authenticatorAndOath: ['Push'],
  windowsHello: ['Push'],
  phishingResistant: ['Fido2'],
};

/**
 * `assignedLicenses` arrays shared between users with the same SKUs: a 100 000-user tenant then holds
 * a handful of arrays instead of 100 000 copies.
 */
export function createLicenceArrays(): (skuIds: readonly string[]) => Graph.AssignedLicense[] {
  const cache = new Map<string, Graph.AssignedLicense[]>();
  return (skuIds) => {
    const key = skuIds.join(',');
    let arr = cache.get(key);
    if (!arr) {
      arr = skuIds.map((skuId) => ({ skuId, disabledPlans: [] }));
      cache.set(key, arr);
    }
    return arr;
  };
}

export function userFromPerson(
  p: Person,
  licences: (skuIds: readonly string[]) => Graph.AssignedLicense[],
): Graph.User {
  const alias = p.userPrincipalName.split('@')[0] ?? p.userPrincipalName;
  const user: Graph.User = {
    id: p.id,
    displayName: p.displayName,
    givenName: p.givenName,
    surname: p.surname,
    userPrincipalName: p.userPrincipalName,
    mail: p.mail,
    mailNickname: alias.replace(/#EXT#$/, ''),
    userType: p.userType,
    accountEnabled: p.accountEnabled,
    jobTitle: p.jobTitle,
    department: p.department,
    officeLocation: p.officeLocation,
    city: p.city,
    country: p.country,
    usageLocation: p.usageLocation,
    businessPhones: [],
    mobilePhone: null,
    preferredLanguage: p.userType === 'Member' ? 'en-US' : null,
    createdDateTime: p.createdDateTime,
    onPremisesSyncEnabled: p.onPremisesSyncEnabled,
    onPremisesImmutableId: p.onPremisesSyncEnabled ? btoa(p.id.slice(0, 16)) : null,
    assignedLicenses: licences(p.skuIds),
    creationType: p.userType === 'Guest' ? 'Invitation' : null,
  };
  if (p.externalUserState) user.externalUserState = p.externalUserState;
  return user;
}

/** Per-profile method lists shared by the rows of one build (never across builds, so fixtures stay independent). */
export type ProfileArrays = (profile: MfaProfile) => { readonly methods: string[]; readonly systemPreferred: string[] };

export function createProfileArrays(): ProfileArrays {
  const cache = new Map<MfaProfile, { methods: string[]; systemPreferred: string[] }>();
  return (profile) => {
    let arrays = cache.get(profile);
    if (!arrays) {
      arrays = { methods: [...METHODS[profile]], systemPreferred: [...SYSTEM_PREFERRED[profile]] };
      cache.set(profile, arrays);
    }
    return arrays;
  };
}

/** The person's `userRegistrationDetails` row (authenticationmethodsroot-list-userregistrationdetails). */
export function registrationRow(
  p: Person,
  isAdmin: boolean,
  lastUpdatedDateTime: string,
  arrays: ProfileArrays = createProfileArrays(),
): Graph.UserRegistrationDetails {
  const { methods, systemPreferred } = arrays(p.mfa);
  const mfaRegistered = methods.some((m) => m !== 'email');
  const ssprRegistered = methods.length > 0;
  return {
    id: p.id,
    userPrincipalName: p.userPrincipalName,
    userDisplayName: p.displayName,
    userType: p.userType === 'Guest' ? 'guest' : 'member',
    isAdmin,
    isMfaRegistered: mfaRegistered,
    isMfaCapable: mfaRegistered,
    isPasswordlessCapable: p.mfa === 'phishingResistant' || p.mfa === 'windowsHello',
    isSsprRegistered: ssprRegistered,
    isSsprEnabled: p.ssprEnabled,
    isSsprCapable: p.ssprEnabled && ssprRegistered,
    isSystemPreferredAuthenticationMethodEnabled: true,
    // Shared per profile within one build: 100 000 users would otherwise hold 100 000 copies of each.
    systemPreferredAuthenticationMethods: systemPreferred,
    userPreferredMethodForSecondaryAuthentication: PREFERRED[p.mfa],
    methodsRegistered: methods,
    lastUpdatedDateTime,
  };
}

/** Role assignment ids look like `lAPpYvVpN0KRkAEhdxReEMmO4KwRqtpKkUWt3wOYIz4-1` in Graph. */
function assignmentId(...parts: string[]): string {
  const hex = (stableGuid(...parts) + stableGuid(...parts, 'b')).replace(/-/g, '').slice(0, 62);
  const bytes = hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
  return `${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}-1`;
}

export function roleAssignment(
  tenantKey: string,
  roleDefinitionId: string,
  principalId: string,
): Graph.UnifiedRoleAssignment {
  return {
    id: assignmentId(tenantKey, 'assignment', roleDefinitionId, principalId),
    principalId,
    roleDefinitionId,
    directoryScopeId: '/',
    appScopeId: null,
  };
}

export function roleEligibility(
  tenantKey: string,
  roleDefinitionId: string,
  principalId: string,
  startDateTime: string,
  endDateTime: string | null,
): Graph.UnifiedRoleEligibilityScheduleInstance {
  const id = assignmentId(tenantKey, 'eligibility', roleDefinitionId, principalId);
  return {
    id,
    principalId,
    roleDefinitionId,
    directoryScopeId: '/',
    appScopeId: null,
    startDateTime,
    endDateTime,
    memberType: 'Direct',
    roleEligibilityScheduleId: id,
  };
}

interface GroupSpec {
  readonly displayName: string;
  readonly description?: string;
  readonly mailNickname?: string;
  readonly kind: 'security' | 'unified' | 'dynamicSecurity' | 'mailEnabledSecurity';
  readonly visibility?: 'Public' | 'Private' | 'HiddenMembership';
  readonly membershipRule?: string;
  readonly isAssignableToRole?: boolean;
  readonly onPremisesSyncEnabled?: boolean | null;
  readonly createdDateTime: string;
}

export function group(tenantKey: string, domain: string, spec: GroupSpec): Graph.Group {
  const nick = spec.mailNickname ?? spec.displayName.replace(/[^A-Za-z0-9]/g, '');
  const unified = spec.kind === 'unified';
  const mailEnabled = unified || spec.kind === 'mailEnabledSecurity';
  const groupTypes: string[] = [];
  if (unified) groupTypes.push('Unified');
  if (spec.kind === 'dynamicSecurity') groupTypes.push('DynamicMembership');
  return {
    id: stableGuid(tenantKey, 'group', spec.displayName),
    displayName: spec.displayName,
    description: spec.description ?? null,
    groupTypes,
    mailEnabled,
    mail: mailEnabled ? `${nick}@${domain}` : null,
    mailNickname: nick,
    securityEnabled: !unified,
    visibility: unified ? (spec.visibility ?? 'Private') : null,
    membershipRule: spec.membershipRule ?? null,
    membershipRuleProcessingState: spec.membershipRule ? 'On' : null,
    isAssignableToRole: spec.isAssignableToRole ?? null,
    onPremisesSyncEnabled: spec.onPremisesSyncEnabled ?? null,
    createdDateTime: spec.createdDateTime,
    classification: null,
    proxyAddresses: mailEnabled ? [`SMTP:${nick}@${domain}`] : [],
    securityIdentifier: `S-1-12-1-${stableGuid(tenantKey, 'sid', spec.displayName).replace(/-/g, '').slice(0, 8)}`,
  };
}

/** The tenant's users with a role right now or through PIM eligibility, for URD's `isAdmin`. */
export function adminIds(
  assignments: readonly Graph.UnifiedRoleAssignment[],
  eligible: readonly Graph.UnifiedRoleEligibilityScheduleInstance[],
): Set<string> {
  const ids = new Set<string>();
  for (const a of assignments) if (a.principalId) ids.add(a.principalId);
  for (const e of eligible) if (e.principalId) ids.add(e.principalId);
  return ids;
}

/** Users and their URD rows, in the same order; `isAdmin` from the role holders. */
export function directoryFor(
  people: Iterable<Person>,
  admins: ReadonlySet<string>,
  lastUpdated: (index: number) => string,
  licences: (skuIds: readonly string[]) => Graph.AssignedLicense[] = createLicenceArrays(),
): { users: Graph.User[]; userRegistrationDetails: Graph.UserRegistrationDetails[] } {
  const users: Graph.User[] = [];
  const userRegistrationDetails: Graph.UserRegistrationDetails[] = [];
  const arrays = createProfileArrays();
  let i = 0;
  for (const p of people) {
    users.push(userFromPerson(p, licences));
    userRegistrationDetails.push(registrationRow(p, admins.has(p.id), lastUpdated(i++), arrays));
  }
  return { users, userRegistrationDetails };
}

export interface ServicePrincipalSpec {
  readonly appId: string;
  readonly displayName: string;
  readonly ownerTenantId: string;
  readonly accountEnabled?: boolean;
  readonly verifiedPublisher?: string;
  readonly created: string;
  readonly tags?: readonly string[];
}

export function servicePrincipal(tenantKey: string, spec: ServicePrincipalSpec): Graph.ServicePrincipal {
  return {
    id: stableGuid(tenantKey, 'servicePrincipal', spec.appId),
    appId: spec.appId,
    displayName: spec.displayName,
    appDisplayName: spec.displayName,
    accountEnabled: spec.accountEnabled ?? true,
    appOwnerOrganizationId: spec.ownerTenantId,
    servicePrincipalType: 'Application',
    servicePrincipalNames: [spec.appId],
    signInAudience: 'AzureADMultipleOrgs',
    verifiedPublisher: spec.verifiedPublisher
      ? {
          displayName: spec.verifiedPublisher,
          verifiedPublisherId: String(1000000 + (parseInt(spec.appId.slice(0, 6), 16) % 8999999)),
          addedDateTime: spec.created,
        }
      : { displayName: null, verifiedPublisherId: null, addedDateTime: null },
    tags: [...(spec.tags ?? ['WindowsAzureActiveDirectoryIntegratedApp'])],
  };
}
