/**
 * What a simulated tenant's admin services hold (issue 17): each allow-listed cmdlet's output, as
 * InvokeCommand's `value` carries it (PascalCase properties, as the cmdlet reference documents them;
 * arrays of policies and rules with Microsoft's default ones present), and each Teams configuration's
 * instances (`Identity` `Global` and `Tag:…`), and SharePoint Online's tenant settings (`GET /_api/SPO.Tenant`'s
 * object, named as Get-SPOTenant names them). The simulator serves it over HTTP; control tests read it
 * through an in-memory reader (test/fake-service-reader.ts). A cmdlet absent here is one the tenant's
 * plan lacks (the service answers that it isn't recognized).
 */
import type { AllowedCmdlet, TeamsConfiguration } from '../../lib/graph/sources/cmdlet-allow-list';

/** One object a cmdlet or configuration returns. */
export type ServiceObject = Record<string, unknown>;

export interface ServiceData {
  cmdlets: Partial<Record<AllowedCmdlet, ServiceObject[]>>;
  teams: Partial<Record<TeamsConfiguration, ServiceObject[]>>;
  /** SharePoint's tenant settings; absent: the tenant has no SharePoint Online (its read answers 404). */
  sharepoint?: ServiceObject;
}

/** One area's part of a tenant's service data; the parts are merged per tenant (tenant-services.ts). */
export type ServiceDataPart = {
  readonly cmdlets?: ServiceData['cmdlets'];
  readonly teams?: ServiceData['teams'];
  readonly sharepoint?: ServiceObject;
};

/** The parts merged into one tenant's data, deep-copied so a test's change never leaks into another. */
export function mergeServiceData(...parts: readonly ServiceDataPart[]): ServiceData {
  const data: ServiceData = { cmdlets: {}, teams: {} };
  for (const part of parts) {
    Object.assign(data.cmdlets, structuredClone(part.cmdlets ?? {}));
    Object.assign(data.teams, structuredClone(part.teams ?? {}));
    if (part.sharepoint) data.sharepoint = { ...data.sharepoint, ...structuredClone(part.sharepoint) };
  }
  return data;
}
