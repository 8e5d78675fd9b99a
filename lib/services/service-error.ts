/**
 * Reading an admin service's error the way CIPP's New-ExoRequest does: `error.details[].message` first
 * (InvokeCommand puts the cmdlet's own words there), then `error.innererror.internalException.message`,
 * then `error.message`. ScubaGear saw the same `error` (or `@odata.error`) in bodies answered with
 * HTTP 200, so a body is checked whatever its status. A cmdlet the tenant's plan lacks answers
 * "The term 'Get-X' is not recognized…": that becomes CMDLET_NOT_AVAILABLE, so a control whose source
 * needs a licence says so instead of failing. SharePoint's REST API (odata=verbose) nests its message
 * as `{ "lang", "value" }`; its `value` is read the same way.
 */
import { CMDLET_NOT_AVAILABLE } from '../engine/scan/service-reader';
import { isRecord } from '../graph/response-body';

export interface ServiceError {
  readonly code?: string;
  readonly message?: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/** A message as text, or as SharePoint's `{ lang, value }`. */
const messageText = (v: unknown): string | undefined => text(v) ?? (isRecord(v) ? text(v.value) : undefined);

function detailMessages(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.map((d) => (isRecord(d) ? text(d.message) : undefined)).filter((m): m is string => !!m);
}

function innerMessage(inner: unknown): string | undefined {
  if (!isRecord(inner)) return undefined;
  return (isRecord(inner.internalException) ? text(inner.internalException.message) : undefined) ?? text(inner.message);
}

const NOT_RECOGNIZED = /\bis not recognized as (?:the|a) name of a cmdlet\b|\bis not recognized\b/i;

/** The error `body` carries (`error` or `@odata.error`), or null when it carries none. */
export function serviceErrorOf(body: unknown): ServiceError | null {
  if (!isRecord(body)) return null;
  const error = isRecord(body.error) ? body.error : isRecord(body['@odata.error']) ? body['@odata.error'] : null;
  if (!error) return null;
  const details = detailMessages(error.details);
  const message =
    details.length > 0 ? details.join(' ') : (innerMessage(error.innererror) ?? messageText(error.message));
  const said = [message, messageText(error.message)].join(' ');
  const code = NOT_RECOGNIZED.test(said) ? CMDLET_NOT_AVAILABLE : text(error.code);
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}
