import type { User } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { arrayOf, bool, count, nullable, object, optional, repeatedId, str, type Need, type Shape } from './shape';

export type UserRow = Need<User, 'id' | 'userPrincipalName'> &
  Pick<User, 'displayName' | 'userType' | 'accountEnabled'>;
export interface UserDirectory {
  /** Every user in the directory, members and guests, enabled or not, as Graph counts them. */
  count: number;
  /** The first page, up to 999: the whole directory when `count` is at most that. */
  users: UserRow[];
}

const USERS_PAGE = 999;
const row: Shape<UserRow> = {
  id: str,
  userPrincipalName: str,
  displayName: nullable(str),
  userType: nullable(str),
  accountEnabled: nullable(bool),
};

/**
 * The directory's users, one page of up to 999 plus the count (an advanced query): a control that
 * must look at every user knows how many there are without paging through a large tenant.
 * https://learn.microsoft.com/graph/api/user-list
 */
export const userDirectory = defineSource<UserDirectory>({
  id: 'userDirectory',
  version: 'v1.0',
  path: '/users',
  query: {
    $select: 'id,userPrincipalName,displayName,userType,accountEnabled',
    $top: String(USERS_PAGE),
    $count: 'true',
  },
  headers: { ConsistencyLevel: 'eventual' },
  permission: 'User.Read.All',
  collection: false,
  parse: (body) => {
    const problem = object<{ '@odata.count': number; value: UserRow[]; '@odata.nextLink'?: string }>({
      '@odata.count': count.int64,
      value: arrayOf(object(row)),
      '@odata.nextLink': optional(str),
    })(body, '');
    if (problem) return { ok: false, ...problem };
    const repeated = repeatedId((body as { value: UserRow[] }).value, 'value');
    if (repeated) return { ok: false, ...repeated };
    const b = body as { '@odata.count': number; value: UserRow[] };
    return { ok: true, value: { count: b['@odata.count'], users: b.value } };
  },
});
