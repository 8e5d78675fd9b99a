/**
 * What Secure Score's profiles say besides their ids: titles for the Defender for Identity and Defender
 * for Cloud Apps rows, Intune links for Defender for Endpoint's, and the remediation text, written with
 * the HTML markup Microsoft uses. A few Cloud Apps rows keep the id-like titles Microsoft gives some
 * (three "MFA", one "sessionexpiry"), so the readable-title fallback stays exercised
 * (lib/engine/secure-score/profile-title.ts).
 */

/** Defender for Identity assessments, by the id after `AATP_`. Unlisted ones keep a title made from the id. */
export const MDI_TITLES: Readonly<Record<string, string>> = {
  AdminSDHolder: 'Remove non-admin accounts with DCSync permissions from AdminSDHolder',
  ClearText: 'Stop clear text credentials exposure',
  DefenderForIdentityIsNotInstalled: 'Install Defender for Identity sensors on every domain controller',
  DormantAccounts: 'Remove dormant accounts from sensitive groups',
  HoneyToken: 'Configure honeytoken accounts to detect attackers',
  KerberosDelegations: 'Modify unsecure Kerberos delegations to prevent impersonation',
  PrintSpooler: 'Disable the Print Spooler service on domain controllers',
  PwdLAPS: 'Manage local administrator passwords with Windows LAPS',
  Sensor: 'Sensor',
  SIDHistory: 'Remove unsecure SID history attributes from entities',
  StaleAccounts: 'Manage accounts with passwords older than 180 days',
  UnsecureAccount: 'Resolve unsecure account attributes',
  UnsecureDomain: 'Resolve unsecure domain configurations',
  Vpn: 'Configure VPN integration',
  WeakCipher: 'Stop weak cipher usage',
};

/** A Defender for Cloud Apps posture setting, by the part of its id after the app, as a sentence for that app. */
const MDA_SETTINGS: ReadonlyArray<readonly [RegExp, (app: string) => string]> = [
  [/^(EnableTwoFactorAuth|authenticateMultifactor)$/, (app) => `Require multifactor authentication in ${app}`],
  [/^(ForceSSO|SSO|SAML)$/, (app) => `Require single sign-on for ${app}`],
  [/(Timeout|TimeoutMins|TimeoutWeb)$/i, (app) => `Sign idle ${app} sessions out`],
  [/(password|Password|MinimumLength|PasswordReq)/, (app) => `Require strong passwords in ${app}`],
  [/(LoginFailMaxAttempts|maxLoginAttempts)$/, (app) => `Lock ${app} accounts after failed sign-ins`],
  [
    /^(enableCSRFOnGet|useCsrfToken|enableClickjackSetup|requireHttpOnly|highSecurity)$/,
    (app) => `Turn on ${app}'s web protections`,
  ],
];

/** Microsoft titles these Cloud Apps rows with the setting's id alone. */
const ID_LIKE_TITLES: Readonly<Record<string, string>> = {
  Okta_MFA: 'MFA',
  Zendesk_MFA: 'MFA',
  Zoom_MFA: 'MFA',
  Zendesk_sessionexpiry: 'sessionexpiry',
};

/** The title of a Cloud Apps row (`Okta_SessionTimeout`), or undefined to make one from the id. */
export function mdaTitle(id: string): string | undefined {
  const idLike = ID_LIKE_TITLES[id];
  if (idLike) return idLike;
  const [app = '', ...rest] = id.split('_');
  const setting = rest.join('_');
  return MDA_SETTINGS.find(([pattern]) => pattern.test(setting))?.[1](app);
}

const INTUNE = 'https://intune.microsoft.com/#view/Microsoft_Intune_Workflows/SecurityManagementMenu/~';

/** Where Intune sets a Defender for Endpoint control, by the words its title starts with. */
export function mdeActionUrl(title: string): string {
  if (/^Block /.test(title) || /ransomware|network protection/i.test(title)) return `${INTUNE}/asr`;
  if (/BitLocker/.test(title)) return `${INTUNE}/diskencryption`;
  if (/Firewall/.test(title)) return `${INTUNE}/firewall`;
  if (/Credential Guard|SMBv1|LAN Manager|anonymous|AutoRun|password when/i.test(title))
    return `${INTUNE}/accountprotection`;
  return `${INTUNE}/antivirus`;
}

/** Microsoft's remediation for a profile, with its markup: where, then what to do. */
export function remediationOf(service: string, title: string): string {
  const where =
    service === 'MDATP'
      ? 'In the Intune admin center, open <b>Endpoint security</b> and set it in the policy for your devices.'
      : service === 'Azure ATP'
        ? 'In the Defender portal, open <b>Identities &gt; Health issues and assessments</b> for the affected entities.'
        : service.startsWith('MDA_')
          ? 'In the Defender portal, open <b>Cloud apps &gt; SaaS security posture</b> for the connected app.'
          : 'Change the setting on the linked admin page, then save.';
  const what = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<p>${where}</p><p>${what}. Secure Score updates within 48 hours.</p>`;
}
