/**
 * `TeamsClientConfiguration` (Get-CsTeamsClientConfiguration): the Teams client's org-wide settings,
 * one Global instance. https://learn.microsoft.com/powershell/module/teams/get-csteamsclientconfiguration
 */
import { bool } from '../shape';
import { teamsConfiguration } from './teams-configuration';

export interface ClientStorage {
  readonly AllowDropBox: boolean;
  readonly AllowBox: boolean;
  readonly AllowGoogleDrive: boolean;
  readonly AllowShareFile: boolean;
  readonly AllowEgnyte: boolean;
  readonly AllowEmailIntoChannel: boolean;
}

/** Third-party storage providers offered in Teams, and channel email addresses. */
export const teamsClientStorage = teamsConfiguration<ClientStorage>(
  'teamsClientConfiguration',
  'TeamsClientConfiguration',
  {
    AllowDropBox: bool,
    AllowBox: bool,
    AllowGoogleDrive: bool,
    AllowShareFile: bool,
    AllowEgnyte: bool,
    AllowEmailIntoChannel: bool,
  },
);
