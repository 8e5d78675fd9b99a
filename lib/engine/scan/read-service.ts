/**
 * One admin-service source's outcome (issue 17), read the way run-control reads a Graph source's, with
 * one difference: a service the scan doesn't read, or that refuses this app or this account (401/403),
 * sends the control back to its check by hand — as it was before the service could be read, and
 * decided by Microsoft's verdict where Microsoft scores it — saying why. Errors, throttling and
 * malformed answers from a service that *is* read make the control unknown, never a pass.
 */
import { adminServiceInfo } from '../../graph/sources/admin-services';
import { serviceSourceKey, type AnyServiceSource } from '../../graph/sources/define-service-source';
import type { GraphOutcome } from '../../graph/sources/graph-request';
import type { UnknownReason } from '../verdict/reasons';
import { CMDLET_NOT_AVAILABLE, type ServiceAccess } from './service-reader';

/** A service source's data, why it can't be used, or why the control goes back to its check by hand. */
export type ServiceSourceRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: UnknownReason }
  | { readonly ok: 'fallback'; readonly why: string };

/** Why a refusal happened, in the words an admin acts on. */
function refusal(source: AnyServiceSource, outcome: { status: number; message: string }): string {
  const info = adminServiceInfo[source.service];
  const said = outcome.message ? ` (${outcome.message})` : '';
  return outcome.status === 401
    ? `${info.label} refused this app: HTTP 401${said}. Grant ${info.permission} on ${info.api} to the app registration, then sign in again.`
    : `${info.label} refused the signed-in account: HTTP 403${said}. It needs ${info.roles}.`;
}

export function readServiceSource(
  source: AnyServiceSource,
  outcome: GraphOutcome | undefined,
  access: ServiceAccess,
): ServiceSourceRead {
  if (!access.on) return { ok: 'fallback', why: access.why };
  const key = serviceSourceKey(source);
  const service = adminServiceInfo[source.service].label;
  if (!outcome)
    return {
      ok: false,
      reason: { kind: 'serviceFailed', source: key, service, status: 'offline', message: 'no response' },
    };
  if (!outcome.ok) {
    if (outcome.status === 401 || outcome.status === 403)
      return { ok: 'fallback', why: refusal(source, { status: outcome.status, message: outcome.message }) };
    if (outcome.code === CMDLET_NOT_AVAILABLE && source.licence)
      return { ok: false, reason: { kind: 'notLicensed', feature: source.licence.name, source: key } };
    return {
      ok: false,
      reason: { kind: 'serviceFailed', source: key, service, status: outcome.status, message: outcome.message },
    };
  }
  const parsed = source.parse(outcome.body);
  if (!parsed.ok)
    return { ok: false, reason: { kind: 'malformedField', source: key, path: parsed.path, problem: parsed.problem } };
  return { ok: true, value: parsed.value };
}
