/** What the table says about a control read from an admin service, and what each service cost. */
import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { ControlResult } from '../lib/engine/verdict/result';
import { ADMIN_SERVICES, adminServiceInfo } from '../lib/graph/sources/admin-services';
import { plural } from './terminal-text';

/** " (read from Exchange Online)" after the title of a control its service decided. */
export function serviceTag(c: ControlResult): string {
  const read = c.serviceRead;
  if (!read?.live) return '';
  return ` (read from ${read.services.map((s) => adminServiceInfo[s].label).join(' and ')})`;
}

/** Why a control that reads a service went back to its check by hand (or Microsoft's verdict). */
export function serviceWhy(c: ControlResult): string | undefined {
  return c.serviceRead && !c.serviceRead.live ? c.serviceRead.why : undefined;
}

/**
 * "Exchange Online: 3 requests in 3 HTTP calls, 1 round trip." for each service read, then the whole
 * scan's round trips (Graph's and the services' side by side) when it read any.
 */
export function serviceStatsLines(scan: ScanResult): string[] {
  const stats = scan.stats.services ?? {};
  const whole = scan.stats.scanRoundTrips;
  const lines = ADMIN_SERVICES.flatMap((s) => {
    const st = stats[s];
    if (!st) return [];
    const retries = st.retries ? `, ${plural(st.retries, 'retry', 'retries')}` : '';
    return [
      `${adminServiceInfo[s].label}: ${plural(st.requests, 'request')} in ${plural(st.httpCalls, 'HTTP call')}, ${plural(st.roundTrips, 'round trip')}${retries}.`,
    ];
  });
  if (lines.length === 0 || whole === undefined) return lines;
  return [...lines, `Whole scan: ${plural(whole, 'round trip')}, Graph and the admin services side by side.`];
}
