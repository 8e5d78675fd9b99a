/**
 * "Rescan this control" from an admin page, once the overlay has checked the page governs the control:
 * one at a time (and never during a whole scan), counted against the rescan limits, read with a silent
 * token only, saved as a new scan of the tenant, and shown on the toolbar.
 */
import { withheldReason } from '../engine/pages/tenant-hosts';
import type { Declarations } from '../engine/scan/declarations';
import type { ScanResult } from '../engine/scan/run-scan';
import { rescanDemoTenant } from '../scanner/demo-scan';
import { rescanSignedInTenant } from '../scanner/rescan';
import type { ServiceReaders } from './service-readers';
import { admitRescan, readRescanLog, rescanLimitSentence } from '../scanner/rescan-limit';
import type { SignedInSession } from '../scanner/tenant-scan-service';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';

/**
 * The rescan limits' log (lib/scanner/rescan-limit.ts), in the extension's own settings store: it
 * survives the service worker stopping at the cost of one small record, needs no extra permission, and
 * a content script can't reach it (its IndexedDB is the admin page's origin, not ours).
 */
const RESCAN_LOG = 'rescanLog';

export interface RescanDeps {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<ScanStore>;
  /** The scan the pages show, and whether it is the demo's. */
  currentScan(): Promise<{ scan: ScanResult | null; demo: boolean }>;
  activeSession(): Promise<SignedInSession | null>;
  /** The resolver chosen under Settings › DNS checks, as a scan's `doh` option (absent: DNS checks off). */
  doh?(): Promise<{ doh?: { url: string } }>;
  /** The tenant's declarations (Settings › Exclusions you sanction); a rescan is judged against them. */
  declarations?(tenantId: string): Promise<Declarations>;
  /** A whole scan is running: a rescan waits for it rather than racing it into the history. */
  isScanning(): boolean;
  /** The admin services the signed-in tenant reads (issue 17): a rescan reads them as a scan does. */
  services?: Pick<ServiceReaders, 'forSignedIn' | 'forDemo'>;
  showOnToolbar(scan: ScanResult): Promise<void>;
  /** Milliseconds since the epoch (rescan limits); Date.now unless a test passes its own. */
  clock?: () => number;
}

/** Counts the rescan against its limits, or throws the sentence saying when it can be retried. */
async function admit(
  getDb: () => Promise<StoreDb>,
  clock: () => number,
  controlId: string,
  tabId: number,
): Promise<void> {
  const db = await getDb();
  const log = readRescanLog((await db.get('settings', RESCAN_LOG))?.value);
  const admission = admitRescan(log, { controlId, tabId }, clock());
  if (!admission.ok) throw new Error(rescanLimitSentence(admission, (ms) => new Date(ms).toLocaleTimeString()));
  await db.put('settings', { key: RESCAN_LOG, value: admission.log });
}

/** Reads `controlId` again on top of `latest`: the demo's simulator, or Graph with a silent token only. */
async function readAgain(
  deps: Pick<RescanDeps, 'activeSession' | 'doh' | 'services'>,
  latest: ScanResult,
  demo: boolean,
  controlId: string,
  declared: { declarations?: Declarations },
): Promise<ScanResult> {
  if (demo)
    return rescanDemoTenant(latest, [controlId], {
      ...declared,
      ...(deps.services ? { services: deps.services.forDemo(latest.tenant.id) } : {}),
    });
  // A silent token only: an expired sign-in is reported, never turned into a sign-in window.
  const session = await deps.activeSession();
  if (!session) throw new Error('Sign in again from the Posture Lens toolbar button to rescan.');
  const services = await deps.services?.forSignedIn(session);
  return rescanSignedInTenant(session, latest, [controlId], {
    ...((await deps.doh?.()) ?? {}),
    ...declared,
    ...(services ? { services } : {}),
  });
}

/** The rescan of one control on `page`, asked from tab `tabId`; throws the sentence to show. */
export function createControlRescan(deps: RescanDeps) {
  let rescanning = false;
  const clock = deps.clock ?? (() => Date.now());

  return async function rescan(page: URL, controlId: string, tabId: number): Promise<void> {
    if (rescanning || deps.isScanning()) throw new Error('A scan is already running; try again in a moment.');
    rescanning = true;
    try {
      const { scan: shown, demo } = await deps.currentScan();
      const store = await deps.getStore();
      // The stored scan, not the one shown (which carries the dispositions' scoring): that is what a rescan extends.
      const latest = shown && (await store.latestScan(shown.tenant.id));
      if (!latest) throw new Error('Scan the tenant first: open Posture Lens from the toolbar.');
      // Another tenant's SharePoint admin center: this tenant's controls aren't its settings.
      const withheld = withheldReason(page, latest);
      if (withheld) throw new Error(withheld);
      const declarations = await deps.declarations?.(latest.tenant.id);
      const declared = declarations ? { declarations } : {};
      // Counted only now, when Graph is about to be read (inside the one-at-a-time section, so two asks can't both pass).
      await admit(() => deps.getDb(), clock, controlId, tabId);
      const scan = await readAgain(deps, latest, demo, controlId, declared);
      await store.saveScan(scan, { demo });
      await deps.showOnToolbar(scan);
    } finally {
      rescanning = false;
    }
  };
}
