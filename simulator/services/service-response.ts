/**
 * The answers the admin services give, in PREAMBLE-17's wire format: JSON bodies, and errors as
 * `{ "error": { "code", "message", "details"?: [{ "message" }] } }` with their HTTP status (Teams'
 * ConfigAPI error body isn't documented anywhere we read; the simulator uses the same shape).
 */
import type { SimResponse } from '../graph-response';

/** What InvokeCommand's answers carry (a collection of generic hash tables). */
export const SERVICE_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;charset=utf-8';

export function serviceJson(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): SimResponse {
  return { status, headers: { 'content-type': SERVICE_JSON, ...headers }, body: JSON.stringify(body) };
}

/** An error's body, `details` repeating the message as Exchange does for cmdlet errors. */
export function serviceErrorBody(code: string, message: string): { error: Record<string, unknown> } {
  return { error: { code, message, details: [{ message }] } };
}

export function serviceError(
  status: number,
  code: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): SimResponse {
  return serviceJson(status, serviceErrorBody(code, message), headers);
}

/** 401 as the services answer a missing or unusable token, with the challenge. */
export function unauthorizedAnswer(message: string): SimResponse {
  return serviceError(401, 'Unauthorized', message, { 'www-authenticate': 'Bearer error="invalid_token"' });
}

/** "The term 'Get-X' is not recognized…": a cmdlet the tenant's plan (or the caller's role) lacks. */
export function notRecognizedAnswer(cmdlet: string): SimResponse {
  return serviceError(
    400,
    'NotRecognized',
    `The term '${cmdlet}' is not recognized as a name of a cmdlet, function, script file, or executable program.`,
  );
}

export const methodNotAllowedAnswer = (allowed: string): SimResponse =>
  serviceError(405, 'MethodNotAllowed', `The HTTP method is not allowed for this resource; use ${allowed}.`, {
    allow: allowed,
  });

export const notFoundAnswer = (message: string): SimResponse => serviceError(404, 'NotFound', message);
