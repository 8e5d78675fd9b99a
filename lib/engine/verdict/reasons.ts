/**
 * Why a control could not be decided. A closed set, decided in one place (run-control) before any
 * evaluator runs, and turned into one sentence by `describeReason` (after Maester's skipped reasons).
 */
export type UnknownReason =
  | { kind: 'missingPermission'; permission: string; source: string }
  | { kind: 'notLicensed'; feature: string; source: string }
  | { kind: 'malformedField'; source: string; path: string; problem: string }
  | { kind: 'requestFailed'; source: string; status: number | 'offline'; message: string }
  | { kind: 'throttled'; source: string }
  /** A DNS lookup failed (SERVFAIL, HTTP error, no network, a malformed answer); NXDOMAIN is an answer. */
  | { kind: 'dnsFailed'; name: string; type: string; resolver: string; problem: string }
  /** The scan was given no DNS resolver, so DNS sources can't be read. */
  | { kind: 'noDnsResolver'; source: string }
  /**
   * An admin service (Exchange Online, Teams …, issue 17) answered with an error, throttled, or
   * couldn't be reached; `service` is its label. A refusal (401/403) isn't this: the control goes
   * back to its check by hand, saying why.
   */
  | { kind: 'serviceFailed'; source: string; service: string; status: number | 'offline'; message: string }
  | { kind: 'notEvaluated'; why: string }
  | { kind: 'evaluatorError'; message: string };

export function describeReason(r: UnknownReason): string {
  switch (r.kind) {
    case 'missingPermission':
      return `Couldn't read ${r.source}: Graph refused it (HTTP 403). Grant the ${r.permission} permission, and sign in with a role that may read it (Global Reader does).`;
    case 'notLicensed':
      return `Couldn't read ${r.source}: Graph says the tenant has no ${r.feature} licence for it.`;
    case 'malformedField':
      return `Couldn't decide: ${r.source} returned a missing or malformed '${r.path}' (${r.problem}).`;
    case 'requestFailed':
      return r.status === 'offline'
        ? `Couldn't reach Microsoft Graph for ${r.source} (offline or blocked).`
        : `Couldn't read ${r.source}: Graph answered HTTP ${r.status}${r.message ? ` (${r.message})` : ''}.`;
    case 'throttled':
      return `Couldn't read ${r.source}: Graph kept throttling the request (HTTP 429) after every retry. Rescan later.`;
    case 'dnsFailed':
      return `Couldn't look up ${r.type} ${r.name} through the DNS resolver ${r.resolver}: ${r.problem}.`;
    case 'noDnsResolver':
      return `Couldn't check ${r.source}: DNS checks need a DNS-over-HTTPS resolver and none was set. Turn them on in the extension under Settings › DNS checks, or give the CLI --doh-url.`;
    case 'serviceFailed':
      if (r.status === 'offline') return `Couldn't reach ${r.service} for ${r.source} (offline or blocked).`;
      if (r.status === 429)
        return `Couldn't read ${r.source}: ${r.service} kept throttling the request (HTTP 429) after every retry. Rescan later.`;
      return `Couldn't read ${r.source}: ${r.service} answered HTTP ${r.status}${r.message ? ` (${r.message})` : ''}.`;
    case 'notEvaluated':
      return r.why;
    case 'evaluatorError':
      return `Couldn't decide: the check itself failed (${r.message}). This is a Posture Lens bug; please report it.`;
  }
}
