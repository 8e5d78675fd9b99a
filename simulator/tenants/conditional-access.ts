import type * as Graph from '@microsoft/microsoft-graph-types';
import { RoleTemplates } from '../built-in-roles';
import { stableGuid } from '../seeded-random';
import { typed } from '../tenant-model';
import type { Typed } from '../tenant-model';
import { AuthStrengths } from './well-known';

/** CIS's six privileged roles plus the other admin roles admin-MFA policies usually target. */
export const PRIVILEGED_ROLES: readonly string[] = [
  RoleTemplates.globalAdministrator,
  RoleTemplates.privilegedRoleAdministrator,
  RoleTemplates.exchangeAdministrator,
  RoleTemplates.sharePointAdministrator,
  RoleTemplates.teamsAdministrator,
  RoleTemplates.securityAdministrator,
  RoleTemplates.userAdministrator,
  RoleTemplates.applicationAdministrator,
  RoleTemplates.cloudApplicationAdministrator,
  RoleTemplates.privilegedAuthenticationAdministrator,
  RoleTemplates.conditionalAccessAdministrator,
  RoleTemplates.authenticationAdministrator,
  RoleTemplates.helpdeskAdministrator,
  RoleTemplates.billingAdministrator,
  RoleTemplates.hybridIdentityAdministrator,
];

/**
 * Graph serialises authentication-mode combinations and flag enums comma-joined ("password,sms",
 * "deviceCodeFlow,authenticationTransfer"); the typings' single-value unions can't say that.
 */
const combos = (...values: string[]): Graph.AuthenticationMethodModes[] => values as Graph.AuthenticationMethodModes[];
export const transferMethods = (
  ...values: Graph.ConditionalAccessTransferMethods[]
): Graph.ConditionalAccessTransferMethods => values.join(',') as Graph.ConditionalAccessTransferMethods;

function strength(
  id: string,
  displayName: string,
  description: string,
  allowedCombinations: Graph.AuthenticationMethodModes[],
): Graph.AuthenticationStrengthPolicy {
  return {
    id,
    displayName,
    description,
    policyType: 'builtIn',
    requirementsSatisfied: 'mfa',
    allowedCombinations,
    createdDateTime: '2021-12-01T00:00:00Z',
    modifiedDateTime: '2021-12-01T00:00:00Z',
    combinationConfigurations: [],
  };
}

/**
 * The three built-in strengths every tenant has, with the ids, names and combinations of the v1.0
 * reference's example 1 (https://learn.microsoft.com/graph/api/authenticationstrengthroot-list-policies).
 */
export function builtInAuthenticationStrengths(): Graph.AuthenticationStrengthPolicy[] {
  return [
    strength(
      AuthStrengths.mfa,
      'Multifactor authentication',
      'Combinations of methods that satisfy strong authentication, such as a password + SMS',
      combos(
        'windowsHelloForBusiness',
        'fido2',
        'x509CertificateMultiFactor',
        'deviceBasedPush',
        'temporaryAccessPassOneTime',
        'temporaryAccessPassMultiUse',
        'password,microsoftAuthenticatorPush',
        'password,softwareOath',
        'password,hardwareOath',
        'password,x509CertificateSingleFactor',
        'password,x509CertificateMultiFactor',
        'password,sms',
        'password,voice',
        'federatedMultiFactor',
        'microsoftAuthenticatorPush,federatedSingleFactor',
        'softwareOath,federatedSingleFactor',
        'hardwareOath,federatedSingleFactor',
        'sms,federatedSingleFactor',
        'voice,federatedSingleFactor',
      ),
    ),
    strength(
      AuthStrengths.passwordlessMfa,
      'Passwordless MFA',
      'Passwordless methods that satisfy strong authentication, such as Passwordless sign-in with the Microsoft Authenticator',
      combos('windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor', 'deviceBasedPush'),
    ),
    strength(
      AuthStrengths.phishingResistant,
      'Phishing resistant MFA',
      'Phishing resistant, Passwordless methods for the strongest authentication, such as a FIDO2 security key',
      combos('windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'),
    ),
  ];
}

export interface CaSpec {
  readonly displayName: string;
  readonly state: Graph.ConditionalAccessPolicyState;
  readonly createdDaysAgo?: number;
  readonly users: {
    readonly include?: readonly string[];
    readonly exclude?: readonly string[];
    readonly includeGroups?: readonly string[];
    readonly excludeGroups?: readonly string[];
    readonly includeRoles?: readonly string[];
    readonly excludeRoles?: readonly string[];
  };
  readonly apps?: {
    readonly include?: readonly string[];
    readonly exclude?: readonly string[];
    readonly userActions?: readonly string[];
  };
  readonly clientAppTypes?: readonly Graph.ConditionalAccessClientApp[];
  readonly userRiskLevels?: readonly Graph.RiskLevel[];
  readonly signInRiskLevels?: readonly Graph.RiskLevel[];
  readonly locations?: { readonly include: readonly string[]; readonly exclude?: readonly string[] };
  readonly transferMethods?: Graph.ConditionalAccessTransferMethods;
  readonly grant?: {
    readonly builtIn: readonly Graph.ConditionalAccessGrantControl[];
    readonly operator?: 'OR' | 'AND';
    readonly strength?: Graph.AuthenticationStrengthPolicy;
  };
  readonly session?: Graph.ConditionalAccessSessionControls;
}

/** A policy in the full shape `GET /identity/conditionalAccess/policies` returns (empty lists, explicit nulls). */
export function caPolicy(
  tenantKey: string,
  created: (daysAgo: number) => string,
  spec: CaSpec,
): Graph.ConditionalAccessPolicy {
  const createdDateTime = created(spec.createdDaysAgo ?? 200);
  const grant = spec.grant;
  return {
    id: stableGuid(tenantKey, 'ca', spec.displayName),
    templateId: null,
    displayName: spec.displayName,
    createdDateTime,
    modifiedDateTime: created(Math.max(0, (spec.createdDaysAgo ?? 200) - 30)),
    state: spec.state,
    sessionControls: spec.session ?? null,
    conditions: {
      userRiskLevels: [...(spec.userRiskLevels ?? [])],
      signInRiskLevels: [...(spec.signInRiskLevels ?? [])],
      clientAppTypes: [...(spec.clientAppTypes ?? ['all'])],
      servicePrincipalRiskLevels: [],
      platforms: null,
      locations: spec.locations
        ? { includeLocations: [...spec.locations.include], excludeLocations: [...(spec.locations.exclude ?? [])] }
        : null,
      devices: null,
      clientApplications: null,
      authenticationFlows: spec.transferMethods ? { transferMethods: spec.transferMethods } : null,
      applications: {
        includeApplications: [...(spec.apps?.include ?? (spec.apps?.userActions ? [] : ['All']))],
        excludeApplications: [...(spec.apps?.exclude ?? [])],
        includeUserActions: [...(spec.apps?.userActions ?? [])],
        includeAuthenticationContextClassReferences: [],
        applicationFilter: null,
      },
      users: {
        includeUsers: [...(spec.users.include ?? [])],
        excludeUsers: [...(spec.users.exclude ?? [])],
        includeGroups: [...(spec.users.includeGroups ?? [])],
        excludeGroups: [...(spec.users.excludeGroups ?? [])],
        includeRoles: [...(spec.users.includeRoles ?? [])],
        excludeRoles: [...(spec.users.excludeRoles ?? [])],
        includeGuestsOrExternalUsers: null,
        excludeGuestsOrExternalUsers: null,
      },
    },
    grantControls: grant
      ? {
          operator: grant.operator ?? 'OR',
          builtInControls: [...grant.builtIn],
          customAuthenticationFactors: [],
          termsOfUse: [],
          authenticationStrength: grant.strength ?? null,
        }
      : null,
  };
}

export function ipLocation(
  tenantKey: string,
  displayName: string,
  cidrs: readonly string[],
  isTrusted: boolean,
  created: string,
): Typed<Graph.IpNamedLocation> {
  return typed<Graph.IpNamedLocation>('#microsoft.graph.ipNamedLocation', {
    id: stableGuid(tenantKey, 'location', displayName),
    displayName,
    createdDateTime: created,
    modifiedDateTime: created,
    isTrusted,
    ipRanges: cidrs.map((cidr) =>
      typed<Graph.IPv4CidrRange | Graph.IPv6CidrRange>(
        cidr.includes(':') ? '#microsoft.graph.iPv6CidrRange' : '#microsoft.graph.iPv4CidrRange',
        { cidrAddress: cidr },
      ),
    ),
  });
}

export function countryLocation(
  tenantKey: string,
  displayName: string,
  countries: readonly string[],
  created: string,
): Typed<Graph.CountryNamedLocation> {
  return typed<Graph.CountryNamedLocation>('#microsoft.graph.countryNamedLocation', {
    id: stableGuid(tenantKey, 'location', displayName),
    displayName,
    createdDateTime: created,
    modifiedDateTime: created,
    countriesAndRegions: [...countries],
    countryLookupMethod: 'clientIpAddress',
    includeUnknownCountriesAndRegions: false,
  });
}

/** Sign-in frequency "every time", as the risk and Intune-enrolment policies require (CIS 5.2.2.6/7/11). */
export const everyTime = (): Graph.ConditionalAccessSessionControls => ({
  signInFrequency: {
    isEnabled: true,
    type: null,
    value: null,
    frequencyInterval: 'everyTime',
    authenticationType: 'primaryAndSecondaryAuthentication',
  },
});
