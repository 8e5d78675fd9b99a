import type {
  OnPremisesDirectorySynchronization,
  OnPremisesDirectorySynchronizationFeature,
} from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { bool, collection, object, str, type Need, type Shape } from './shape';

export type SyncFeatures = Need<OnPremisesDirectorySynchronizationFeature, 'passwordSyncEnabled'>;
export type OnPremisesSync = Need<OnPremisesDirectorySynchronization, 'id'> & { features: SyncFeatures };

const sync: Shape<OnPremisesSync> = {
  id: str,
  features: object<SyncFeatures>({ passwordSyncEnabled: bool }),
};

/**
 * The tenant's on-premises synchronisation features (password hash sync …). Graph documents Global
 * Administrator as the only role supported, so a Global Reader gets 403 (graph-sources.md I-28).
 * https://learn.microsoft.com/graph/api/onpremisesdirectorysynchronization-list
 */
export const onPremisesSynchronization = defineSource<OnPremisesSync[]>({
  id: 'onPremisesSynchronization',
  version: 'v1.0',
  path: '/directory/onPremisesSynchronization',
  permission: 'OnPremDirectorySynchronization.Read.All',
  collection: true,
  parse: collection(sync),
});
