import type * as Graph from '@microsoft/microsoft-graph-types';
import { RoleTemplates } from '../built-in-roles';
import {
  builtInAuthenticationStrengths,
  caPolicy,
  everyTime,
  PRIVILEGED_ROLES,
  transferMethods,
} from './conditional-access';
import { hardenedE5Ids, KEY } from './hardened-e5-ids';
import { AppIds, AuthStrengths } from './well-known';

/**
 * The golden tenant's Conditional Access: one enabled policy per pass rule of graph-sources.md
 * (I-01…I-11, D-04…D-06, A-15), each excluding only the two break-glass accounts (I-29).
 */
export function hardenedConditionalAccess(created: (daysAgo: number) => string): Graph.ConditionalAccessPolicy[] {
  const ids = hardenedE5Ids;
  const strengths = builtInAuthenticationStrengths();
  const phishingResistant = strengths.find((s) => s.id === AuthStrengths.phishingResistant);
  const breakGlassOnly = { exclude: [...ids.breakGlass], excludeGroups: [ids.emergencyAccessGroup] };
  const ca = (spec: Parameters<typeof caPolicy>[2]): Graph.ConditionalAccessPolicy => caPolicy(KEY, created, spec);
  const conditionalAccessPolicies = [
    ca({
      displayName: 'CA001 Require phishing-resistant MFA for administrators',
      state: 'enabled',
      users: { includeRoles: PRIVILEGED_ROLES, ...breakGlassOnly },
      grant: { builtIn: [], ...(phishingResistant ? { strength: phishingResistant } : {}) },
    }),
    ca({
      // MFA for everyone, phishing-resistant (CISA MS.AAD.3.1v1), which is MFA too (CIS 5.2.2.2, MS.AAD.3.2v2).
      displayName: 'CA002 Require MFA for all users',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      grant: { builtIn: [], ...(phishingResistant ? { strength: phishingResistant } : {}) },
    }),
    ca({
      displayName: 'CA003 Block legacy authentication',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      clientAppTypes: ['exchangeActiveSync', 'other'],
      grant: { builtIn: ['block'] },
    }),
    ca({
      displayName: 'CA004 High user risk: secure password change',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      userRiskLevels: ['high'],
      grant: { builtIn: ['mfa', 'passwordChange'], operator: 'AND' },
      session: everyTime(),
    }),
    ca({
      displayName: 'CA005 Medium or high sign-in risk: require MFA',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      signInRiskLevels: ['high', 'medium'],
      grant: { builtIn: ['mfa'] },
      session: everyTime(),
    }),
    ca({
      displayName: 'CA006 Block medium or high sign-in risk',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      signInRiskLevels: ['high', 'medium'],
      grant: { builtIn: ['block'] },
    }),
    ca({
      displayName: 'CA007 Block device code flow and authentication transfer',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      transferMethods: transferMethods('deviceCodeFlow', 'authenticationTransfer'),
      grant: { builtIn: ['block'] },
    }),
    ca({
      displayName: 'CA008 Administrators: sign in every 4 hours, no persistent browser',
      state: 'enabled',
      users: { includeRoles: PRIVILEGED_ROLES, ...breakGlassOnly },
      session: {
        signInFrequency: {
          isEnabled: true,
          type: 'hours',
          value: 4,
          frequencyInterval: 'timeBased',
          authenticationType: 'primaryAndSecondaryAuthentication',
        },
        persistentBrowser: { isEnabled: true, mode: 'never' },
      },
    }),
    ca({
      displayName: 'CA009 Block admin portals for non-administrators',
      state: 'enabled',
      users: {
        include: ['All'],
        excludeRoles: [...PRIVILEGED_ROLES, RoleTemplates.globalReader, RoleTemplates.securityReader],
        ...breakGlassOnly,
      },
      apps: { include: ['MicrosoftAdminPortals'] },
      grant: { builtIn: ['block'] },
    }),
    ca({
      displayName: 'CA010 Require a compliant or hybrid-joined device',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      grant: { builtIn: ['compliantDevice', 'domainJoinedDevice'], operator: 'OR' },
    }),
    ca({
      displayName: 'CA011 Register security info only from a compliant device',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      apps: { userActions: ['urn:user:registersecurityinfo'] },
      grant: { builtIn: ['compliantDevice', 'domainJoinedDevice'], operator: 'OR' },
    }),
    ca({
      displayName: 'CA012 Intune enrolment: MFA every time',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      apps: { include: [AppIds.intuneEnrollment] },
      grant: { builtIn: ['mfa'] },
      session: everyTime(),
    }),
    ca({
      displayName: 'CA013 Block sign-in from untrusted countries',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      locations: { include: [ids.blockedCountries], exclude: ['AllTrusted'] },
      grant: { builtIn: ['block'] },
    }),
    ca({
      displayName: 'CA014 Office 365 in browsers: app-enforced restrictions',
      state: 'enabled',
      users: { include: ['All'], ...breakGlassOnly },
      apps: { include: ['Office365'] },
      clientAppTypes: ['browser'],
      session: { applicationEnforcedRestrictions: { isEnabled: true } },
    }),
  ];
  return conditionalAccessPolicies;
}
