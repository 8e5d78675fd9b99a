/**
 * The simulated tenants' purview data (issue 17): one part per tenant, merged in tenant-services.ts.
 * Owned by the purview controls: add the output of each cmdlet or configuration they read here.
 * Shaped like Get-DlpCompliancePolicy and Get-LabelPolicy output: locations as names (`All`), Mode as
 * its enum name, Workload as the comma-separated list the cmdlet prints.
 */
import type { ServiceDataPart, ServiceObject } from '../service-data';

const dlpPolicy = (name: string, guid: string, o: ServiceObject): ServiceObject => ({
  Identity: guid,
  Name: name,
  Guid: guid,
  Comment: '',
  Mode: 'Enable',
  Enabled: true,
  Type: 'Dlp',
  Workload: 'Exchange, SharePoint, OneDriveForBusiness, Teams',
  ExchangeLocation: ['All'],
  SharePointLocation: ['All'],
  OneDriveLocation: ['All'],
  TeamsLocation: ['All'],
  EndpointDlpLocation: [],
  Priority: 0,
  DistributionStatus: 'Success',
  ...o,
});

const labelPolicy = (name: string, guid: string, o: ServiceObject): ServiceObject => ({
  Identity: guid,
  Name: name,
  Guid: guid,
  Comment: '',
  Enabled: true,
  Mode: 'Enforce',
  Type: 'PublishedSensitivityLabel',
  Workload: 'Exchange, SharePoint, OneDriveForBusiness',
  Labels: [],
  ExchangeLocation: ['All'],
  DistributionStatus: 'Success',
  ...o,
});

/** The hardened E5 tenant: passes every purview control. */
export const hardenedPurview: ServiceDataPart = {
  cmdlets: {
    'Get-DlpCompliancePolicy': [
      dlpPolicy('Financial data (PCI DSS)', '5f0d6a1e-3d7c-4a58-9a4e-0c9f4b1a7e21', {}),
      dlpPolicy('Default policy for Teams', '9a2b7c44-1e3f-4b2a-8d6e-6f1c2a3b4d5e', {
        Workload: 'Teams',
        ExchangeLocation: [],
        SharePointLocation: [],
        OneDriveLocation: [],
      }),
    ],
    'Get-LabelPolicy': [
      labelPolicy('Global sensitivity label policy', '3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f', {
        Labels: ['Public', 'General', 'Confidential'],
      }),
    ],
  },
};

/** The demo tenant (Contoso): a realistic mix of passes and failures. */
export const contosoPurview: ServiceDataPart = {
  cmdlets: {
    // A PCI policy still in simulation, and Teams' default policy enforced: mail and files unprotected.
    'Get-DlpCompliancePolicy': [
      dlpPolicy('U.S. Financial Data', 'e1c0a7f2-8b3d-4c6e-9f1a-2b3c4d5e6f70', {
        Mode: 'TestWithNotifications',
        Workload: 'Exchange, SharePoint, OneDriveForBusiness',
        TeamsLocation: [],
      }),
      dlpPolicy('Default policy for Teams', 'a4b5c6d7-e8f9-4a0b-9c1d-2e3f4a5b6c7d', {
        Workload: 'Teams',
        ExchangeLocation: [],
        SharePointLocation: [],
        OneDriveLocation: [],
      }),
    ],
    'Get-LabelPolicy': [
      labelPolicy('Contoso labels', 'f0e1d2c3-b4a5-4968-8776-655443322110', {
        Labels: ['General', 'Confidential'],
      }),
    ],
  },
};

/**
 * A tenant as Microsoft creates it: no DLP or label policy. Business Basic has neither feature, so
 * Security & Compliance doesn't offer their cmdlets (the controls are not licensed there).
 */
export const freshDefaultsPurview: ServiceDataPart = {};
