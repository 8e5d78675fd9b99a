/**
 * The tenants being scanned now, by "Scan now" or "Scan selected" (issue 16): a tenant is never scanned
 * twice at once, so two scans never race each other into its history.
 */

/** Shown when a tenant asked for is already queued or being scanned. */
export const ALREADY_SCANNING = 'This tenant is already being scanned; its result shows when that scan ends.';

export function createTenantScanLocks() {
  const held = new Set<string>();
  return {
    /** Takes the tenant's lock; false when it is already held (the caller refuses with ALREADY_SCANNING). */
    claim(tenantId: string): boolean {
      const id = tenantId.toLowerCase();
      if (held.has(id)) return false;
      held.add(id);
      return true;
    },
    release(tenantId: string): void {
      held.delete(tenantId.toLowerCase());
    },
    isHeld: (tenantId: string): boolean => held.has(tenantId.toLowerCase()),
  };
}

export type TenantScanLocks = ReturnType<typeof createTenantScanLocks>;
