import type { TenantModel } from '../tenant-model';
import { groupMemberAdded } from '../audit-log';
import { largeTenantServices } from '../services/large-tenant-services';
import { buildContoso } from './contoso';
import { daysBefore } from './well-known';

export interface LargeTenantOptions {
  /** Total users, named people and guests included. */
  readonly users: number;
  /** Changes the generated names, methods and devices; the same seed gives the same tenant. */
  readonly seed?: number;
}

/** Contoso's named people and guests, who come on top of the generated members. */
const NAMED_PEOPLE = 23;
/** A busy week in a large tenant's audit log: more group additions than one scan reads. */
const GROUP_ADDITIONS = 1200;

/**
 * A large, deterministic tenant for the CLI and benchmarks (never imported by extension code):
 * Contoso's policies and people with enough generated members to reach `users`, a URD row for every
 * one of them and half as many managed devices. Members are generated one at a time from a seeded
 * PRNG and share their `assignedLicenses` arrays, so 100 000 users stay far below a few hundred MB.
 * Its audit log holds a busy week: more group additions than one scan reads. Its admin services hold
 * Contoso's at scale (services/large-tenant-services.ts), so their reads page too.
 */
export function generateLargeTenant(options: LargeTenantOptions): TenantModel {
  const members = Math.max(0, Math.floor(options.users) - NAMED_PEOPLE);
  const tenant = buildContoso({
    name: `large-${options.users}`,
    displayName: `Contoso (${options.users.toLocaleString('en-US')} users)`,
    members,
    devices: Math.round(members / 2),
    seed: options.seed ?? 1,
  });
  tenant.services = largeTenantServices(tenant.users);
  // New starters synced into a team over the week before the snapshot, each one logged (in bulk:
  // applyTenantChange one at a time copies a 20 000-member list per addition).
  const team = tenant.groups.find((g) => g.displayName === 'Sales Team');
  if (!team?.id) return tenant;
  const joiners = tenant.users.slice(0, GROUP_ADDITIONS);
  const inTeam = new Set(tenant.groupMembers[team.id] ?? []);
  const log = joiners.map((u, i) => {
    inTeam.add(u.id ?? '');
    const at = daysBefore((7 * (i + 1)) / (joiners.length + 1));
    return groupMemberAdded(tenant, team.id ?? '', u.id ?? '', { app: 'Microsoft Entra Connect' }, at);
  });
  tenant.groupMembers[team.id] = [...inTeam];
  tenant.directoryAudits = [...(tenant.directoryAudits ?? []), ...log];
  return tenant;
}
