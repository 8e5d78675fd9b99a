import { defineSource } from './define-source';
import { num, object } from './shape';

export interface MemberCount {
  count: number;
}

/**
 * The number of member accounts, from `$count` on one item (an advanced query, so ConsistencyLevel
 * is required): a count without downloading the directory.
 * https://learn.microsoft.com/graph/aad-advanced-queries
 */
export const memberCount = defineSource<MemberCount>({
  id: 'memberCount',
  version: 'v1.0',
  path: '/users',
  query: { $filter: "userType eq 'Member'", $count: 'true', $top: '1', $select: 'id' },
  headers: { ConsistencyLevel: 'eventual' },
  permission: 'User.Read.All',
  collection: false,
  parse: (body) => {
    const problem = object<{ '@odata.count': number }>({ '@odata.count': num })(body, '');
    if (problem) return { ok: false, ...problem };
    return { ok: true, value: { count: (body as { '@odata.count': number })['@odata.count'] } };
  },
});
