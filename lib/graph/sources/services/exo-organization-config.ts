/**
 * `Get-OrganizationConfig` (Exchange Online), read once per scan whatever number of controls read it
 * (sources are de-duplicated by request), each control through its own narrow shape, so a missing
 * property makes only the controls that read it unknown.
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-organizationconfig
 */
import { defineServiceSource, type ServiceSourceDef } from '../define-service-source';
import { bool, type Shape } from '../shape';
import { cmdletObject } from './cmdlet-output';

function organizationConfig<T>(shape: Shape<T>): ServiceSourceDef<T> {
  return defineServiceSource<T>({
    id: 'exoOrganizationConfig',
    service: 'exchange',
    request: { kind: 'cmdlet', cmdlet: 'Get-OrganizationConfig' },
    collection: false,
    parse: cmdletObject(shape),
  });
}

export interface CustomerLockbox {
  readonly CustomerLockBoxEnabled: boolean;
}

/** Whether Microsoft engineers must ask before reaching content (Customer Lockbox). */
export const exoCustomerLockbox = organizationConfig<CustomerLockbox>({ CustomerLockBoxEnabled: bool });
