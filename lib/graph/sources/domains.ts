import type { Domain } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { bool, collection, count, oneOf, present, str, type Need, type Shape } from './shape';

export type DomainRow = Need<Domain, 'id' | 'authenticationType' | 'isVerified'> &
  Pick<Domain, 'passwordValidityPeriodInDays'>;

const domain: Shape<DomainRow> = {
  id: str,
  authenticationType: oneOf(['Managed', 'Federated']),
  isVerified: bool,
  // null means "not set": the post-2021 default, which Microsoft treats as never expiring. The query
  // $selects it, so Graph always sends the key; an answer without it is malformed, never "not set".
  passwordValidityPeriodInDays: present(count),
};

/** https://learn.microsoft.com/graph/api/domain-list */
export const domains = defineSource<DomainRow[]>({
  id: 'domains',
  version: 'v1.0',
  path: '/domains',
  query: { $select: 'id,authenticationType,isVerified,passwordValidityPeriodInDays' },
  permission: 'Domain.Read.All',
  collection: true,
  parse: collection(domain),
});
