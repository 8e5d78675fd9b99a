/**
 * Each customer tenant's own scan schedule (issue 16): its choice is kept under its own `scanEvery:{tid}`
 * key, as a signed-in tenant's is, but defaults to off, so adding fifty tenants never starts fifty
 * background scans unasked. One hourly alarm, set only while some customer tenant chose a schedule,
 * queues the tenants that are due through "Scan selected" (three at a time), each as a scheduled scan
 * (the watch compares and notifies per tenant). The signed-in tenant's own alarm is lib/background/scheduled-scans.ts.
 */
import { browser } from 'wxt/browser';
import type { ScanScheduleView } from '../messaging/protocol';
import { isScanEvery, periodMinutes, type ScanEvery } from '../scanner/scan-schedule';
import { createCustomerTenants, type CustomerTenants } from '../store/customer-tenants';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';
import { DEFAULT_TENANT_SCAN_CONCURRENCY } from './tenant-scan-queue';
import type { TenantScans } from './tenant-scans';

export const CUSTOMER_SCANS_ALARM = 'customer-scans';
const CHECK_EVERY_MINUTES = 60;
/** An alarm fires a little early or late: a tenant scanned at 10:00:05 is due at the next day's 10:00 alarm. */
const SLACK_MS = 5 * 60_000;

const keyOf = (tenantId: string): string => `scanEvery:${tenantId.toLowerCase()}`;

export interface CustomerSchedulesDeps {
  getDb(): Promise<StoreDb>;
  customers: Pick<CustomerTenants, 'list' | 'get'>;
  getStore(): Promise<Pick<ScanStore, 'latestScan'>>;
  /** The partner's sign-in expired: scheduled scans wait until the user signs in again. */
  paused(): Promise<boolean>;
  /** Queues scheduled scans through "Scan selected". */
  scan(tenantIds: readonly string[], opts: { concurrency: number; background: boolean }): Promise<unknown>;
  /** Milliseconds since the epoch. */
  clock(): number;
}

export function createCustomerSchedules(deps: CustomerSchedulesDeps) {
  /** A customer tenant's choice: off until chosen. */
  async function choiceOf(tenantId: string): Promise<ScanEvery> {
    const saved: unknown = (await (await deps.getDb()).get('settings', keyOf(tenantId)))?.value;
    return isScanEvery(saved) ? saved : 'off';
  }

  /** When the tenant is next due, in ms; null when its choice is off. */
  async function dueAt(tenantId: string): Promise<number | null> {
    const period = periodMinutes(await choiceOf(tenantId));
    if (period === null) return null;
    const last = (await (await deps.getStore()).latestScan(tenantId))?.scannedAt;
    return last ? Date.parse(last) + period * 60_000 - SLACK_MS : 0;
  }

  /** The hourly alarm exists exactly while some customer tenant chose a schedule. */
  async function sync(): Promise<void> {
    const chosen = await Promise.all((await deps.customers.list()).map((t) => choiceOf(t.tenantId)));
    const alarm = await browser.alarms.get(CUSTOMER_SCANS_ALARM);
    if (!chosen.some((c) => c !== 'off')) {
      if (alarm) await browser.alarms.clear(CUSTOMER_SCANS_ALARM);
    } else if (!alarm)
      await browser.alarms.create(CUSTOMER_SCANS_ALARM, {
        delayInMinutes: CHECK_EVERY_MINUTES,
        periodInMinutes: CHECK_EVERY_MINUTES,
      });
  }

  /** The alarm's work: queues every customer tenant that is due; answers which. */
  async function scanDue(): Promise<string[]> {
    if (await deps.paused()) return [];
    const now = deps.clock();
    const due: string[] = [];
    for (const t of await deps.customers.list()) {
      const at = await dueAt(t.tenantId);
      if (at !== null && at <= now) due.push(t.tenantId);
    }
    if (due.length > 0) await deps.scan(due, { concurrency: DEFAULT_TENANT_SCAN_CONCURRENCY, background: true });
    return due;
  }

  /** The tenant's choice and when its next scan is due (at the first hourly check after that). */
  async function view(tenantId: string): Promise<ScanScheduleView> {
    const [every, at, alarm, paused] = await Promise.all([
      choiceOf(tenantId),
      dueAt(tenantId),
      browser.alarms.get(CUSTOMER_SCANS_ALARM),
      deps.paused(),
    ]);
    if (at === null || !alarm) return { every, nextAt: null, paused };
    const hour = CHECK_EVERY_MINUTES * 60_000;
    const waits = Math.max(0, Math.ceil((at - alarm.scheduledTime) / hour));
    return { every, nextAt: alarm.scheduledTime + waits * hour, paused };
  }

  return {
    scanDue,
    view,
    async set(tenantId: string, every: ScanEvery): Promise<ScanScheduleView> {
      await (await deps.getDb()).put('settings', { key: keyOf(tenantId), value: every });
      await sync();
      return view(tenantId);
    },
    /** At worker start-up: listens for the alarm (before any await, as MV3 requires), then sets it right. */
    start(): Promise<void> {
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === CUSTOMER_SCANS_ALARM) void scanDue().catch(() => undefined);
      });
      return sync().catch(() => undefined);
    },
    /** A customer tenant was added or removed: the alarm follows. */
    sync,
  };
}

export type CustomerSchedules = ReturnType<typeof createCustomerSchedules>;

/**
 * The Connect page's schedule control edits the shown tenant's choice: a customer tenant's own here,
 * else the signed-in tenant's (lib/background/scheduled-scans.ts).
 */
export function scheduleOfShownTenant(deps: {
  signedIn: { view(): Promise<ScanScheduleView>; set(every: ScanEvery): Promise<ScanScheduleView> };
  customers: CustomerSchedules;
  /** The shown tenant when it is a customer tenant, else null. */
  shownCustomer(): Promise<string | null>;
}) {
  return {
    view: async (): Promise<ScanScheduleView> => {
      const tenantId = await deps.shownCustomer();
      return tenantId ? deps.customers.view(tenantId) : deps.signedIn.view();
    },
    set: async (every: ScanEvery): Promise<ScanScheduleView> => {
      const tenantId = await deps.shownCustomer();
      return tenantId ? deps.customers.set(tenantId, every) : deps.signedIn.set(every);
    },
  };
}

/** The customer tenants' schedules as the background wires them, and the schedule control of the shown tenant. */
export function wireCustomerSchedules(deps: {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<Pick<ScanStore, 'latestScan' | 'activeTenantId'>>;
  paused(): Promise<boolean>;
  clock(): number;
  tenantScans: Pick<TenantScans, 'scan' | 'isCustomer'>;
  signedIn: { view(): Promise<ScanScheduleView>; set(every: ScanEvery): Promise<ScanScheduleView> };
}): { schedule: ReturnType<typeof scheduleOfShownTenant>; start(): Promise<void> } {
  const customers = createCustomerSchedules({
    ...deps,
    customers: createCustomerTenants(() => deps.getDb()),
    scan: (tenantIds, opts) => deps.tenantScans.scan(tenantIds, opts),
  });
  const schedule = scheduleOfShownTenant({
    signedIn: deps.signedIn,
    customers,
    shownCustomer: async () => {
      const shown = await (await deps.getStore()).activeTenantId();
      return shown && (await deps.tenantScans.isCustomer(shown)) ? shown : null;
    },
  });
  return { schedule, start: () => customers.start() };
}
