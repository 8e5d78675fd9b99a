/**
 * Admin hosts that belong to one tenant. A SharePoint admin center is per tenant
 * (`contoso-admin.sharepoint.com`), and anyone can open another tenant's (their own, say): badges from
 * this tenant's scan there would describe settings they aren't beside. Its host comes from the tenant's
 * initial `*.onmicrosoft.com` domain, as CISA's ScubaGear derives it (ExportSharePointProvider.psm1:
 * `VerifiedDomains | Where-Object {$_.isInitial}`, the part before the first dot, `-admin.sharepoint.com`).
 */
import type { ScanResult } from '../scan/run-scan';

const SPO_ADMIN = /^[a-z0-9-]+-admin\.sharepoint\.com$/;
const INITIAL_DOMAIN = /^([a-z0-9-]+)\.onmicrosoft\.com$/;

/** `contoso.onmicrosoft.com` → `contoso-admin.sharepoint.com`; null when that isn't an initial domain. */
export function sharePointAdminHostOf(initialDomain: string | undefined): string | null {
  const m = initialDomain ? INITIAL_DOMAIN.exec(initialDomain.toLowerCase()) : null;
  return m ? `${m[1]}-admin.sharepoint.com` : null;
}

/**
 * Why this page gets no badges from this scan (one sentence for the panel), or null when it may have
 * them: only a SharePoint admin host that isn't the scanned tenant's own, or one the scan can't place.
 */
export function withheldReason(url: URL, scan: ScanResult | null): string | null {
  if (!scan || !SPO_ADMIN.test(url.hostname)) return null;
  const name = scan.tenant.displayName;
  const own = sharePointAdminHostOf(scan.tenant.initialDomain);
  if (!own) {
    return `Posture Lens can't tell which SharePoint admin center is ${name}'s: its scan doesn't name the tenant's initial onmicrosoft.com domain. Scan ${name} again to see badges here.`;
  }
  return url.hostname === own
    ? null
    : `This SharePoint admin center (${url.hostname}) isn't ${name}'s (${own}): its settings get no badges from ${name}'s scan.`;
}
