/**
 * Where users' reports of suspicious mail and Teams messages go: the report submission policy
 * (Get-ReportSubmissionPolicy, one per tenant, Exchange Online Protection) and Teams' Global messaging
 * policy, which shows the "Report a security concern" option (AllowSecurityEndUserReporting).
 * https://learn.microsoft.com/powershell/module/exchangepowershell/get-reportsubmissionpolicy
 * https://learn.microsoft.com/powershell/module/teams/get-csteamsmessagingpolicy
 */
import { defineServiceSource } from '../define-service-source';
import { bool, entity, present, str, strings, type Shape } from '../shape';
import { cmdletObject } from './cmdlet-output';

export interface ReportSubmissionPolicy {
  readonly Identity: string;
  readonly ReportJunkToCustomizedAddress: boolean;
  readonly ReportNotJunkToCustomizedAddress: boolean;
  readonly ReportPhishToCustomizedAddress: boolean;
  readonly ReportJunkAddresses: readonly string[] | null;
  readonly ReportNotJunkAddresses: readonly string[] | null;
  readonly ReportPhishAddresses: readonly string[] | null;
  readonly ReportChatMessageToCustomizedAddressEnabled: boolean;
}

const shape: Shape<ReportSubmissionPolicy> = {
  Identity: str,
  ReportJunkToCustomizedAddress: bool,
  ReportNotJunkToCustomizedAddress: bool,
  ReportPhishToCustomizedAddress: bool,
  ReportJunkAddresses: present(strings),
  ReportNotJunkAddresses: present(strings),
  ReportPhishAddresses: present(strings),
  ReportChatMessageToCustomizedAddressEnabled: bool,
};

export const reportSubmissionPolicy = defineServiceSource<ReportSubmissionPolicy>({
  id: 'reportSubmissionPolicy',
  service: 'exchange',
  request: { kind: 'cmdlet', cmdlet: 'Get-ReportSubmissionPolicy' },
  collection: false,
  parse: cmdletObject(shape),
});

export interface TeamsSecurityReporting {
  readonly Identity: string;
  readonly AllowSecurityEndUserReporting: boolean;
}

/** Teams' Global messaging policy: whether people can report a message as a security concern. */
export const teamsMessagingGlobal = defineServiceSource<TeamsSecurityReporting>({
  id: 'teamsMessagingPolicyGlobal',
  service: 'teams',
  request: { kind: 'teamsConfiguration', configuration: 'TeamsMessagingPolicy', identity: 'Global' },
  collection: false,
  parse: entity<TeamsSecurityReporting>({ Identity: str, AllowSecurityEndUserReporting: bool }),
});
