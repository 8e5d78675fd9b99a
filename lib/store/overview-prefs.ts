/**
 * The Tenants overview's preferences (issue 16), kept in the settings store: after how many days a
 * tenant's last scan is stale, and the partner's name for exports. A stored value that doesn't read as
 * one falls back to the default for that field alone.
 */
import type { StoreDb } from './open-store';

const KEY = 'overviewPrefs';

export interface OverviewPrefs {
  /** 1–365. */
  readonly staleAfterDays: number;
  /** At most 100 characters; empty until set. */
  readonly partnerName: string;
}

export const defaultOverviewPrefs: OverviewPrefs = { staleAfterDays: 7, partnerName: '' };

const isStaleAfter = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 365;
const isPartnerName = (v: unknown): v is string => typeof v === 'string' && v.length <= 100;

function prefsOf(value: unknown): OverviewPrefs {
  const r = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    staleAfterDays: isStaleAfter(r.staleAfterDays) ? r.staleAfterDays : defaultOverviewPrefs.staleAfterDays,
    partnerName: isPartnerName(r.partnerName) ? r.partnerName : defaultOverviewPrefs.partnerName,
  };
}

export function createOverviewPrefs(getDb: () => Promise<StoreDb>) {
  async function read(): Promise<OverviewPrefs> {
    return prefsOf((await (await getDb()).get('settings', KEY))?.value);
  }
  return {
    read,
    /** Saves the fields given (checked again here), keeping the others; answers what is saved. */
    async update(change: Partial<OverviewPrefs>): Promise<OverviewPrefs> {
      const next = prefsOf({ ...(await read()), ...change });
      if (change.staleAfterDays !== undefined && next.staleAfterDays !== change.staleAfterDays)
        throw new Error('The stale threshold must be a whole number of days from 1 to 365.');
      if (change.partnerName !== undefined && next.partnerName !== change.partnerName)
        throw new Error("Keep the partner's name to 100 characters.");
      await (await getDb()).put('settings', { key: KEY, value: next });
      return next;
    },
  };
}

export type OverviewPrefsStore = ReturnType<typeof createOverviewPrefs>;
