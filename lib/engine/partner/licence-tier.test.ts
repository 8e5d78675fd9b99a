import { describe, expect, test } from 'vitest';
import { licenceText, licenceTier } from './licence-tier';

describe('licenceTier', () => {
  test.each([
    [['SPE_E5'], 'Microsoft 365 E5'],
    [['SPE_E3'], 'Microsoft 365 E3'],
    [['SPB'], 'Microsoft 365 Business Premium'],
    [['ENTERPRISEPREMIUM'], 'Office 365 E5'],
    [['ENTERPRISEPACK'], 'Office 365 E3'],
    [['O365_BUSINESS_PREMIUM'], 'Microsoft 365 Business Standard'],
    [['STANDARDPACK'], 'Office 365 E1'],
    [['O365_BUSINESS_ESSENTIALS'], 'Microsoft 365 Business Basic'],
    [['SPE_F1'], 'Microsoft 365 F3'],
    [['Microsoft_365_E5_(no_Teams)'], 'Microsoft 365 E5'],
    [['microsoft_365_e3_(no_teams)'], 'Microsoft 365 E3'],
  ])('%j is %s', (skus, name) => {
    expect(licenceTier(skus)).toBe(name);
  });

  test('several suites: the best one names the tenant, whatever the order', () => {
    expect(licenceTier(['ENTERPRISEPACK', 'FLOW_FREE', 'SPE_E5'])).toBe('Microsoft 365 E5');
    expect(licenceTier(['SPE_E3', 'SPB'])).toBe('Microsoft 365 E3');
    expect(licenceTier(['ENTERPRISEPREMIUM', 'SPB'])).toBe('Microsoft 365 Business Premium');
  });

  test('standalone SKUs are no suite', () => {
    expect(licenceTier(['AAD_PREMIUM_P2', 'EXCHANGESTANDARD'])).toBeNull();
    expect(licenceTier([])).toBeNull();
  });
});

describe('licenceText', () => {
  test('unreadable licences are unknown, never "No licences"', () => {
    expect(licenceText({ known: false, skus: [] })).toBeNull();
  });
  test('read: the suite, else what was found', () => {
    expect(licenceText({ known: true, skus: ['SPB', 'FLOW_FREE'] })).toBe('Microsoft 365 Business Premium');
    expect(licenceText({ known: true, skus: ['EXCHANGESTANDARD'] })).toBe('Other licences');
    expect(licenceText({ known: true, skus: [] })).toBe('No licences');
  });
});
