/**
 * The Microsoft Graph simulator: pure, web-standard, usable in a service worker (demo mode), in unit
 * tests, and behind `serve-http.ts` (Node only, not exported here). The large benchmark tenant lives in
 * `tenants/generate-large-tenant.ts` and is deliberately not exported here either.
 */
export { createGraphSimulator } from './simulator';
export type { GraphSimulator, SimRequest, SimulatorOptions, SimulatorStats } from './simulator';
export type { SimResponse } from './graph-response';
export type { Fault } from './faults';
export type { ServiceFault } from './services/service-faults';
export type { ServiceSimulatorStats, ServiceViolation } from './services/service-context';
export { localServiceRoots, SERVICE_URL_GLOBS } from './services/service-hosts';
export { MAX_BATCH_REQUESTS } from './batch';
export { typed } from './tenant-model';
export type { IntuneModel, LegacyPolicy, ODataTyped, PublicDnsEntry, TenantModel, Typed } from './tenant-model';
export { RoleTemplates } from './built-in-roles';
export { Licences, hasLicence } from './licences';
export { permissionTable } from './permission-table';
export type { PermissionRow } from './permission-table';
export { tenants, isTenantName } from './tenants/index';
export type { TenantName } from './tenants/index';
export { contoso, CONTOSO_INJECTION_NAME } from './tenants/contoso';
export { freshDefaults } from './tenants/fresh-defaults';
export { hardenedE5, hardenedE5Ids } from './tenants/hardened-e5';
