import { expect, test } from 'vitest';
import { contoso } from './contoso';
import { secureScoreControlProfiles } from './secure-score-profiles';

test('over 200 profiles with unique ids, some deprecated, in all four categories', () => {
  const profiles = secureScoreControlProfiles('t');
  expect(profiles.length).toBeGreaterThanOrEqual(200);
  expect(new Set(profiles.map((p) => p.id)).size).toBe(profiles.length);
  expect(profiles.filter((p) => p.deprecated).map((p) => p.id)).toEqual(
    expect.arrayContaining(['AdminMFA', 'MFARegistration', 'PWAgePolicy']),
  );
  expect(new Set(profiles.map((p) => p.controlCategory))).toEqual(new Set(['Identity', 'Data', 'Device', 'Apps']));
});

test("the demo tenant's admins marked controls ignored, third party and reviewed; the rest stay Default", () => {
  const profiles = contoso().secureScoreControlProfiles;
  const last = (id: string) => profiles.find((p) => p.id === id)?.controlStateUpdates?.at(-1)?.state;
  expect(last('mdo_zapspam')).toBe('ThirdParty');
  expect(last('exo_outlookaddins')).toBe('Ignored');
  expect(last('meeting_designatedpresenter_v1')).toBe('Reviewed');
  expect(profiles.filter((p) => p.controlStateUpdates?.at(-1)?.state !== 'Default')).toHaveLength(3);
});

test("the demo tenant's latest Secure Score agrees with its story: third party earned, ignored not", () => {
  const [latest] = contoso().secureScores;
  const score = (id: string) => latest?.controlScores?.find((c) => c.controlName === id)?.score;
  expect(score('mdo_zapspam')).toBe(3);
  expect(score('exo_outlookaddins')).toBe(0);
  // Microsoft scores the Entra ID P2 risk policies (a trial): the demo's licence difference.
  expect(score('UserRiskPolicy')).toBe(0);
});

test('profiles carry titles and links a person can use, and a few id-like titles Microsoft leaves', () => {
  const profiles = secureScoreControlProfiles('t');
  const title = (id: string) => profiles.find((p) => p.id === id)?.title;
  expect(title('AATP_DormantAccounts')).toBe('Remove dormant accounts from sensitive groups');
  expect(title('MDA_Atlassian_EnableTwoFactorAuth')).toBe('Require multifactor authentication in Atlassian');
  expect(['MDA_Okta_MFA', 'MDA_Zoom_MFA', 'MDA_Zendesk_MFA'].map(title)).toEqual(['MFA', 'MFA', 'MFA']);
  expect(title('MDA_Zendesk_sessionexpiry')).toBe('sessionexpiry');
  expect(profiles.find((p) => p.id === 'scid_94')?.actionUrl).toMatch(
    /^https:\/\/intune\.microsoft\.com\/.+diskencryption$/,
  );
  expect(profiles.find((p) => p.id === 'scid_74')?.remediation).toMatch(/^<p>In the Intune admin center/);
});
