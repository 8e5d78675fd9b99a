import { Membership, type MembershipRef } from '../../lib/graph/sources/device-registration-policy';

/** True when a device-registration setting names its users and groups, or nobody, rather than everyone. */
export function isLimitedMembership(m: MembershipRef): boolean {
  return m['@odata.type'] === Membership.enumerated || m['@odata.type'] === Membership.none;
}

/** 'all users', 'no one', or '2 users and 1 group' for a membership. */
export function describeMembership(m: MembershipRef): string {
  if (m['@odata.type'] === Membership.all) return 'all users';
  if (m['@odata.type'] === Membership.none) return 'no one';
  const users = m.users?.length ?? 0;
  const groups = m.groups?.length ?? 0;
  if (users + groups === 0) return 'a selected list that is empty';
  const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return `selected members (${plural(users, 'user')} and ${plural(groups, 'group')})`;
}
