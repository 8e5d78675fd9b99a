/**
 * What the admin wants to hear about a tenant after a scheduled scan (issue 15 §1): notify or not, and
 * which drops are worth it. How often the tenant is scanned is Settings › Background scans
 * (lib/scanner/scan-schedule.ts), kept per tenant beside these. Pure: parsed from what was stored or
 * sent, never trusted as it arrives.
 */

/**
 * Which score drops notify: any, only those losing at least `points`, or only our own controls (not
 * verdicts borrowed from Microsoft Secure Score, which Microsoft measures on its own days).
 * Review dates, exclusion-group additions and new controls lose no points and always notify.
 */
export type WatchThreshold =
  { readonly kind: 'anyDrop' } | { readonly kind: 'points'; readonly points: number } | { readonly kind: 'ownOnly' };

/** One tenant's watch. */
export interface WatchSettings {
  /** Off: scheduled scans still run and are kept; nothing notifies. */
  readonly notify: boolean;
  readonly threshold: WatchThreshold;
}

/** On, for any drop: the admin asked to be told when someone undoes their work. */
export const defaultWatchSettings: WatchSettings = { notify: true, threshold: { kind: 'anyDrop' } };

/** The most points one control carries is well under this: a larger threshold would silence everything. */
export const MAX_THRESHOLD_POINTS = 100;

export function isWatchThreshold(x: unknown): x is WatchThreshold {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Record<string, unknown>;
  switch (t.kind) {
    case 'anyDrop':
    case 'ownOnly':
      return Object.keys(t).length === 1;
    case 'points':
      return (
        Object.keys(t).length === 2 &&
        typeof t.points === 'number' &&
        Number.isInteger(t.points) &&
        t.points >= 1 &&
        t.points <= MAX_THRESHOLD_POINTS
      );
    default:
      return false;
  }
}

export function isWatchSettings(x: unknown): x is WatchSettings {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return Object.keys(s).length === 2 && typeof s.notify === 'boolean' && isWatchThreshold(s.threshold);
}

/** The saved settings, or the defaults when nothing (or something unreadable) was saved. */
export function watchSettingsOf(saved: unknown): WatchSettings {
  return isWatchSettings(saved) ? { notify: saved.notify, threshold: saved.threshold } : defaultWatchSettings;
}
