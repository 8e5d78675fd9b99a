import type { TenantModel } from '../tenant-model';
import { buildContoso } from './contoso';

export interface LargeTenantOptions {
  /** Total users, named people and guests included. */
  readonly users: number;
  /** Changes the generated names, methods and devices; the same seed gives the same tenant. */
  readonly seed?: number;
}

/** Contoso's named people and guests, who come on top of the generated members. */
const NAMED_PEOPLE = 23;

/**
 * A large, deterministic tenant for the CLI and benchmarks (never imported by extension code):
 * Contoso's policies and people with enough generated members to reach `users`, a URD row for every
 * one of them and half as many managed devices. Members are generated one at a time from a seeded
 * PRNG and share their `assignedLicenses` arrays, so 100 000 users stay far below a few hundred MB.
 */
export function generateLargeTenant(options: LargeTenantOptions): TenantModel {
  const members = Math.max(0, Math.floor(options.users) - NAMED_PEOPLE);
  return buildContoso({
    name: `large-${options.users}`,
    displayName: `Contoso (${options.users.toLocaleString('en-US')} users)`,
    members,
    devices: Math.round(members / 2),
    seed: options.seed ?? 1,
  });
}
