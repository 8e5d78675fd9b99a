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

export interface OAuth2ClientProfile {
  readonly OAuth2ClientProfileEnabled: boolean;
}

/** Whether Outlook clients use modern authentication (OAuth 2.0) for Exchange Online. */
export const exoModernAuth = organizationConfig<OAuth2ClientProfile>({ OAuth2ClientProfileEnabled: bool });

export interface DirectSend {
  readonly RejectDirectSend: boolean;
}

/** Whether Exchange Online rejects unauthenticated Direct Send as one of the tenant's domains. */
export const exoDirectSend = organizationConfig<DirectSend>({ RejectDirectSend: bool });

export interface MailboxAuditDefault {
  readonly AuditDisabled: boolean;
}

/** Whether mailbox auditing by default is switched off for the whole organisation. */
export const exoAuditDisabled = organizationConfig<MailboxAuditDefault>({ AuditDisabled: bool });

export interface MailTips {
  readonly MailTipsAllTipsEnabled: boolean;
  readonly MailTipsExternalRecipientsTipsEnabled: boolean;
  readonly MailTipsGroupMetricsEnabled: boolean;
}

/** The MailTips CIS 6.5.2 asks for on. */
export const exoMailTips = organizationConfig<MailTips>({
  MailTipsAllTipsEnabled: bool,
  MailTipsExternalRecipientsTipsEnabled: bool,
  MailTipsGroupMetricsEnabled: bool,
});
