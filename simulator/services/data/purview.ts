/**
 * The simulated tenants' purview data (issue 17): one part per tenant, merged in tenant-services.ts.
 * Owned by the purview controls: add the output of each cmdlet or configuration they read here.
 */
import type { ServiceDataPart } from '../service-data';

/** The hardened E5 tenant: passes every purview control. */
export const hardenedPurview: ServiceDataPart = {};

/** The demo tenant (Contoso): a realistic mix of passes and failures. */
export const contosoPurview: ServiceDataPart = {};

/** A tenant as Microsoft creates it: only the default policies, with their default settings. */
export const freshDefaultsPurview: ServiceDataPart = {};
