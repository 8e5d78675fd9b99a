/**
 * The simulated tenants' exchange data (issue 17): one part per tenant, merged in tenant-services.ts.
 * Owned by the exchange controls: add the output of each cmdlet or configuration they read here.
 */
import type { ServiceDataPart } from '../service-data';

/** The hardened E5 tenant: passes every exchange control. */
export const hardenedExchange: ServiceDataPart = {
  cmdlets: {
    'Get-OrganizationConfig': [
      {
        Identity: 'woodgrovebank.onmicrosoft.com',
        Name: 'woodgrovebank.onmicrosoft.com',
        CustomerLockBoxEnabled: true,
      },
    ],
  },
};

/** The demo tenant (Contoso): a realistic mix of passes and failures. */
export const contosoExchange: ServiceDataPart = {
  cmdlets: {
    'Get-OrganizationConfig': [
      { Identity: 'contoso.onmicrosoft.com', Name: 'contoso.onmicrosoft.com', CustomerLockBoxEnabled: false },
    ],
  },
};

/** A tenant as Microsoft creates it: only the default policies, with their default settings. */
export const freshDefaultsExchange: ServiceDataPart = {
  cmdlets: {
    'Get-OrganizationConfig': [
      { Identity: 'fabrikam.onmicrosoft.com', Name: 'fabrikam.onmicrosoft.com', CustomerLockBoxEnabled: false },
    ],
  },
};
