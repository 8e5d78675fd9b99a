/**
 * Ids Microsoft fixes for every tenant, and the date fixtures are "taken" on. Keeping the date fixed
 * keeps the fixtures byte-identical between runs (secure score history, last-updated stamps, …).
 */
export const SNAPSHOT_DATE = '2026-11-23T06:00:00Z';

export const daysBefore = (days: number, from = SNAPSHOT_DATE): string =>
  new Date(Date.parse(from) - days * 86_400_000).toISOString().replace('.000Z', 'Z');

/** authorizationPolicy.guestUserRoleId values (graph-sources.md §2.5). */
export const GuestRoles = {
  sameAsMembers: 'a0b1b346-4d3e-4e8b-98f8-753987be4970',
  limited: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
  restricted: '2af84b1e-32c8-42b7-82bc-daa82404023b',
} as const;

/** groupSettings template ids (graph-sources.md §0 "GS"). */
export const SettingTemplates = {
  passwordRuleSettings: '5cf42378-d67d-4f36-ba46-e8b86229381d',
  groupUnified: '62375ab9-6b52-47ed-826b-58e47e0e304b',
} as const;

/** Built-in authentication strengths; 0004 is "Phishing-resistant MFA" (graph-sources.md I-07). */
export const AuthStrengths = {
  mfa: '00000000-0000-0000-0000-000000000002',
  passwordlessMfa: '00000000-0000-0000-0000-000000000003',
  phishingResistant: '00000000-0000-0000-0000-000000000004',
} as const;

export const AppIds = {
  /** "Office 365 third-party storage"-style app whose SP is disabled to block third-party storage (CIS 1.3.7). */
  thirdPartyStorage: 'c1f33bc0-bdb4-4248-ba9b-096807ddb43e',
  intuneEnrollment: 'd4ebce55-015a-49b5-a083-c84d1797ae8c',
  azureManagement: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
  microsoftGraph: '00000003-0000-0000-c000-000000000000',
  exchangeOnline: '00000002-0000-0ff1-ce00-000000000000',
  sharePointOnline: '00000003-0000-0ff1-ce00-000000000000',
  office365Portal: '00000006-0000-0ff1-ce00-000000000000',
  microsoftTeams: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe',
} as const;

/** Owner tenant of Microsoft's first-party apps. */
export const MICROSOFT_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

/** The id every tenant's password authentication method has. */
export const PASSWORD_METHOD_ID = '28c10230-6103-485e-b985-444c60001490';
