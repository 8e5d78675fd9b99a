/**
 * Entra admin center's reports and logs, where the review controls are reviewed (sign-ins, audit log,
 * Identity Protection's risky users), and the same blades in the Azure portal.
 */
import { defineAdminPage, hashRoute, type AdminPage } from './define-admin-page';

const entraOrPortal = (u: URL): boolean => u.hostname === 'entra.microsoft.com' || u.hostname === 'portal.azure.com';

export const entraReportPages = {
  entraSignInLogs: defineAdminPage({
    id: 'entraSignInLogs',
    title: 'Entra admin center › Monitoring & health › Sign-in logs',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SignInEventsV3Blade',
    matches: (u) =>
      entraOrPortal(u) &&
      (hashRoute(u).startsWith('#view/microsoft_aad_iam/signineventsv3blade') ||
        hashRoute(u).startsWith('#view/microsoft_aad_iam/activedirectorymenublade/~/signins')),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SignInEventsV3Blade',
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SignInEventsV3Blade/timeRangeType/last7days',
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/SignIns',
    ],
  }),
  entraAuditLogs: defineAdminPage({
    id: 'entraAuditLogs',
    title: 'Entra admin center › Monitoring & health › Audit logs',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Audit',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/activedirectorymenublade/~/audit'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Audit',
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/AuditLogs',
    ],
  }),
  entraRiskyUsers: defineAdminPage({
    id: 'entraRiskyUsers',
    title: 'Entra admin center › ID Protection › Risky users',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers',
    matches: (u) =>
      entraOrPortal(u) && hashRoute(u).startsWith('#view/microsoft_aad_iam/identityprotectionmenublade/~/risky'),
    examples: [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers',
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers/fromNav/',
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskySignIns',
    ],
  }),
} as const satisfies Record<string, AdminPage>;
