import { describe, expect, test } from 'vitest';
import { humanise, readableTitles, serviceName } from './profile-title';

describe('readableTitles', () => {
  test("Microsoft's sentence titles are kept as they are", () => {
    const titles = readableTitles([
      {
        id: 'BlockLegacyAuthentication',
        title: 'Block legacy authentication with Conditional Access',
        service: 'AzureAD',
      },
    ]);
    expect(titles.get('BlockLegacyAuthentication')).toBe('Block legacy authentication with Conditional Access');
  });

  test('an id-like title gets a capital and the service that owns it', () => {
    const titles = readableTitles([
      { id: 'MDA_Zendesk_sessionexpiry', title: 'sessionexpiry', service: 'MDA_Zendesk' },
      { id: 'AATP_Sensor', title: 'Sensor', service: 'Azure ATP' },
    ]);
    expect(titles.get('MDA_Zendesk_sessionexpiry')).toBe('Sessionexpiry — Zendesk');
    expect(titles.get('AATP_Sensor')).toBe('Sensor — Defender for Identity');
  });

  test('three controls titled "MFA" read as three different rows', () => {
    const titles = readableTitles([
      { id: 'MDA_Okta_MFA', title: 'MFA', service: 'MDA_Okta' },
      { id: 'MDA_Zoom_MFA', title: 'MFA', service: 'MDA_Zoom' },
      { id: 'AdminMFAV2', title: 'MFA', service: 'AzureAD' },
      { id: 'MFARegistrationV2', title: 'MFA', service: 'AzureAD' },
    ]);
    expect([...titles.values()]).toEqual([
      'MFA — Okta',
      'MFA — Zoom',
      'MFA — Entra ID (AdminMFAV2)',
      'MFA — Entra ID (MFARegistrationV2)',
    ]);
  });

  test('two sentences alike are told apart by service, then by id', () => {
    const titles = readableTitles([
      { id: 'MDA_Atlassian_MFA', title: 'Enable two factor auth', service: 'MDA_Atlassian' },
      { id: 'MDA_Google_MFA', title: 'Enable two factor auth', service: 'MDA_Google' },
      { id: 'X1', title: 'Review roles', service: null },
      { id: 'X2', title: 'Review roles' },
    ]);
    expect([...titles.values()]).toEqual([
      'Enable two factor auth — Atlassian',
      'Enable two factor auth — Google',
      'Review roles (X1)',
      'Review roles (X2)',
    ]);
  });

  test('an empty title falls back to the humanised id', () => {
    expect(readableTitles([{ id: 'aad_admin_consent_workflow', title: ' ' }]).get('aad_admin_consent_workflow')).toBe(
      'Aad admin consent workflow',
    );
  });
});

test('service names and humanised ids', () => {
  expect(serviceName('MDATP')).toBe('Defender for Endpoint');
  expect(serviceName('MDA_Salesforce')).toBe('Salesforce');
  expect(serviceName('Teams')).toBe('Teams');
  expect(serviceName('')).toBeUndefined();
  expect(humanise('AdminMFAV2')).toBe('Admin MFAV2');
  expect(humanise('passwordExpiry')).toBe('Password expiry');
});
