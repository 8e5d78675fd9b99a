/** What the table says about the admin services: which were read, each control's source, what each cost. */
import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { ControlResult } from '../lib/engine/verdict/result';
import { ADMIN_SERVICES, adminServiceInfo, type AdminService } from '../lib/graph/sources/admin-services';
import { plural } from './terminal-text';

/** How a scan went for one service, from the controls that read it. */
type ServiceOutcome = 'read' | 'failed' | 'notRead';

function serviceOutcomes(scan: Pick<ScanResult, 'controls'>): Map<AdminService, ServiceOutcome> {
  const seen = new Map<AdminService, Set<ServiceOutcome>>();
  for (const c of scan.controls) {
    if (!c.serviceRead) continue;
    // Live but unknown: the service answered with errors (or malformed data) for this control.
    const outcome = !c.serviceRead.live ? 'notRead' : c.status === 'unknown' ? 'failed' : 'read';
    for (const s of c.serviceRead.services) seen.set(s, (seen.get(s) ?? new Set()).add(outcome));
  }
  const out = new Map<AdminService, ServiceOutcome>();
  for (const s of ADMIN_SERVICES) {
    const o = seen.get(s);
    if (o) out.set(s, o.has('read') ? 'read' : o.has('failed') ? 'failed' : 'notRead');
  }
  return out;
}

const labels = (services: readonly AdminService[]) => services.map((s) => adminServiceInfo[s].label).join(', ');

/**
 * "Read live: Graph, Exchange Online, Security & Compliance, Microsoft Teams.", then the services
 * that failed or weren't read: which verdicts rest on a live read, said before any verdict. When every
 * service was read and naming them would take a second line, they are counted instead (`--all` names each).
 */
export function servicesReadLine(scan: Pick<ScanResult, 'controls'>, width: number): string | undefined {
  const outcomes = serviceOutcomes(scan);
  const by = (o: ServiceOutcome) => [...outcomes].filter(([, x]) => x === o).map(([s]) => s);
  const [read, failed, notRead] = [by('read'), by('failed'), by('notRead')];
  const named = read.length ? `Read live: Graph, ${labels(read)}.` : '';
  const all = read.length === ADMIN_SERVICES.length;
  const sentences = [
    all && named.length > width ? `Read live: Graph and all ${read.length} admin services.` : named,
    failed.length ? `Couldn't read ${labels(failed)}: see the controls that couldn't tell.` : '',
    notRead.length
      ? `Not read: ${labels(notRead)} (checks by hand or Microsoft's verdict instead; --all says why).`
      : '',
  ].filter(Boolean);
  return sentences.length ? sentences.join(' ') : undefined;
}

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
