/**
 * How often the background scans the signed-in tenant on its own (a chrome.alarms alarm), chosen per
 * tenant. Pure: the background reads the saved choice through `scanEveryOf` and asks for `periodMinutes` of it.
 */
export const ScanEvery = { off: 'off', hourly: 'hourly', daily: 'daily', weekly: 'weekly' } as const;
export type ScanEvery = (typeof ScanEvery)[keyof typeof ScanEvery];

/**
 * A new install scans daily: the history chart needs points, a scan costs a few dozen GETs, and the
 * watch's audit read (the window since the previous scan) stays well inside the 7 days a tenant without
 * Entra ID P1 keeps its audit log.
 */
export const defaultScanEvery: ScanEvery = 'daily';

export const SCHEDULED_SCAN_ALARM = 'scheduled-scan';

export function isScanEvery(x: unknown): x is ScanEvery {
  return typeof x === 'string' && Object.hasOwn(ScanEvery, x);
}

/** The saved setting, or the default when nothing (or something unreadable) was saved. */
export function scanEveryOf(saved: unknown): ScanEvery {
  return isScanEvery(saved) ? saved : defaultScanEvery;
}

/** The alarm's period; null means no alarm. */
export function periodMinutes(every: ScanEvery): number | null {
  switch (every) {
    case 'off':
      return null;
    case 'hourly':
      return 60;
    case 'daily':
      return 24 * 60;
    case 'weekly':
      return 7 * 24 * 60;
  }
}

/** Weekly leaves no margin on the 7 days of audit log a tenant without Entra ID P1 keeps. */
export const missesAuditOnFree = (every: ScanEvery): boolean => every === 'weekly';
