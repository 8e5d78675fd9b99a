/**
 * Pages of the Microsoft Defender portal (security.microsoft.com). Most serve the manual controls:
 * settings Graph can't read, checked and fixed here.
 */
import { defineAdminPage, pathPage, type AdminPage } from './define-admin-page';

export const defenderPages = {
  defenderAntiSpam: pathPage(
    'security.microsoft.com',
    'defenderAntiSpam',
    'Microsoft Defender › Policies › Anti-spam',
    '/antispam',
  ),
  defenderAntiPhishing: pathPage(
    'security.microsoft.com',
    'defenderAntiPhishing',
    'Microsoft Defender › Policies › Anti-phishing',
    '/antiphishing',
  ),
  defenderAntiMalware: pathPage(
    'security.microsoft.com',
    'defenderAntiMalware',
    'Microsoft Defender › Policies › Anti-malware',
    '/antimalwarev2',
  ),
  defenderSafeLinks: pathPage(
    'security.microsoft.com',
    'defenderSafeLinks',
    'Microsoft Defender › Policies › Safe Links',
    '/safelinksv2',
  ),
  defenderSafeAttachments: pathPage(
    'security.microsoft.com',
    'defenderSafeAttachments',
    'Microsoft Defender › Policies › Safe Attachments',
    '/safeattachmentv2',
  ),
  defenderPresetPolicies: pathPage(
    'security.microsoft.com',
    'defenderPresetPolicies',
    'Microsoft Defender › Policies › Preset security policies',
    '/presetSecurityPolicies',
  ),
  defenderUserReported: pathPage(
    'security.microsoft.com',
    'defenderUserReported',
    'Microsoft Defender › Settings › Email & collaboration › User reported settings',
    '/securitysettings/userSubmission',
  ),
  defenderTeamsProtection: pathPage(
    'security.microsoft.com',
    'defenderTeamsProtection',
    'Microsoft Defender › Settings › Email & collaboration › Microsoft Teams protection',
    '/securitysettings/teamsProtectionPolicy',
  ),
  defenderDkim: defineAdminPage({
    id: 'defenderDkim',
    title: 'Microsoft Defender › Policies › Email authentication settings › DKIM',
    url: 'https://security.microsoft.com/authentication?viewid=DKIM',
    matches: (u) =>
      u.hostname === 'security.microsoft.com' &&
      u.pathname.toLowerCase().replace(/\/+$/, '') === '/authentication' &&
      (u.searchParams.get('viewid') ?? '').toLowerCase() === 'dkim',
    examples: [
      'https://security.microsoft.com/authentication?viewid=DKIM',
      'https://security.microsoft.com/authentication/?viewid=dkim&tid=00000000-0000-0000-0000-000000000000',
    ],
  }),
} as const satisfies Record<string, AdminPage>;
