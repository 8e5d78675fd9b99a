/**
 * "Scan selected" pushed live (issue 16): every change of the tenant scans' statuses is posted on the
 * TENANT_SCANS_PORT of each open page, as scan progress is on SCAN_PROGRESS_PORT. Only our own pages
 * hear it (content scripts can open ports too).
 */
import { browser, type Browser } from 'wxt/browser';
import { TENANT_SCANS_PORT, type TenantScansView } from '../messaging/partner-protocol';

export interface TenantScansFeed {
  /** Hears every change; a listener joining hears the current view at once. */
  subscribe(listener: (v: TenantScansView) => void): () => void;
}

export function tenantScansPortListener(feed: TenantScansFeed) {
  return (port: Browser.runtime.Port): void => {
    if (port.name !== TENANT_SCANS_PORT || !port.sender?.url?.startsWith(browser.runtime.getURL('/'))) return;
    const stop = feed.subscribe((v) => port.postMessage(v));
    port.onDisconnect.addListener(() => stop());
  };
}

/** Registered at start-up, as MV3 requires. */
export function listenForTenantScans(feed: TenantScansFeed): void {
  browser.runtime.onConnect.addListener(tenantScansPortListener(feed));
}
