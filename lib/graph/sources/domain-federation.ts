import type { FederatedIdpMfaBehavior, InternalDomainFederation } from '@microsoft/microsoft-graph-types';
import { defineDerivedSource } from './define-source';
import { domains, type DomainRow } from './domains';
import { collection, nullable, oneOf, str, type Need, type Shape } from './shape';

export type DomainFederationRow = Need<InternalDomainFederation, 'id' | 'federatedIdpMfaBehavior'> &
  Pick<InternalDomainFederation, 'displayName'>;

const BEHAVIOURS: readonly FederatedIdpMfaBehavior[] = [
  'acceptIfMfaDoneByFederatedIdp',
  'enforceMfaByFederatedIdp',
  'rejectMfaByFederatedIdp',
  'unknownFutureValue',
];

const row: Shape<DomainFederationRow> = {
  id: str,
  displayName: nullable(str),
  federatedIdpMfaBehavior: oneOf(BEHAVIOURS),
};

/**
 * The federation settings of every verified federated domain, keyed by domain id: above all
 * `federatedIdpMfaBehavior`, whether Entra ID accepts MFA that the domain's identity provider performed.
 * Graph returns one object in the collection. No request at all when no domain is federated.
 * https://learn.microsoft.com/graph/api/domain-list-federationconfiguration
 */
export const domainFederation = defineDerivedSource<DomainRow[], DomainFederationRow[]>({
  id: 'domainFederation',
  from: domains,
  version: 'v1.0',
  pathTemplate: '/domains/{id}/federationConfiguration',
  permission: 'Domain.Read.All',
  requests: (rows) =>
    rows
      .filter((d) => d.authenticationType === 'Federated' && d.isVerified)
      .map((d) => d.id)
      .sort()
      .map((id) => ({
        key: id,
        path: `/domains/${encodeURIComponent(id)}/federationConfiguration`,
        collection: true,
      })),
  parse: collection(row),
});
