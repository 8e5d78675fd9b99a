/**
 * The simulated tenants' teams data (issue 17): one part per tenant, merged in tenant-services.ts.
 * Owned by the teams controls: add the output of each cmdlet or configuration they read here.
 */
import type { ServiceDataPart } from '../service-data';

/** The hardened E5 tenant: passes every teams control. */
export const hardenedTeams: ServiceDataPart = {};

/** The demo tenant (Contoso): a realistic mix of passes and failures. */
export const contosoTeams: ServiceDataPart = {};

/** A tenant as Microsoft creates it: only the default policies, with their default settings. */
export const freshDefaultsTeams: ServiceDataPart = {};
