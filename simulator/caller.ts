import { GraphRequestError } from './graph-response';

/** Who is calling, as far as Graph's authorisation cares. */
export interface Caller {
  /** Granted delegated scopes (and app roles), lower-cased; null when unknown (then nothing is refused for scope). */
  readonly scopes: ReadonlySet<string> | null;
  /** From the token's `wids` claim when present; null means "ask the tenant model". */
  readonly isGlobalAdmin: boolean | null;
}

const GLOBAL_ADMIN_TEMPLATE = '62e90394-69f5-4237-9190-012177145e10';

function unauthorized(message: string): GraphRequestError {
  return new GraphRequestError(401, 'InvalidAuthenticationToken', message);
}

/** The token of an `Authorization: Bearer …` header (header names arrive lower-cased). */
export function bearerToken(headers: Readonly<Record<string, string>>): string {
  const value = headers['authorization'];
  if (value === undefined || value.trim() === '') throw unauthorized('Access token is empty.');
  const m = /^Bearer\s+(\S.*)$/i.exec(value.trim());
  if (!m || m[1] === undefined) throw unauthorized('Access token validation failure. Invalid audience.');
  return m[1].trim();
}

function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const parts = token.split('.');
  const payload = parts[1];
  if (parts.length !== 3 || payload === undefined || !/^[A-Za-z0-9_-]+$/.test(payload)) return null;
  try {
    const b64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);
}

/**
 * Scopes come from `grantedScopes` when the simulator was given them, else from a JWT's `scp` (space
 * separated) and `roles` claims. An opaque token carries no scopes: everything is allowed.
 */
export function callerFromToken(token: string, grantedScopes: readonly string[] | undefined, now: Date): Caller {
  const payload = looksLikeJwt(token) ? decodeJwtPayload(token) : null;
  if (looksLikeJwt(token) && payload === null)
    throw unauthorized('CompactToken parsing failed with error code: 80049217');
  const exp = payload?.['exp'];
  if (typeof exp === 'number' && exp * 1000 <= now.getTime()) {
    throw unauthorized('Lifetime validation failed, the token is expired.');
  }
  const wids = payload?.['wids'];
  const isGlobalAdmin = Array.isArray(wids)
    ? wids.some((w) => typeof w === 'string' && w.toLowerCase() === GLOBAL_ADMIN_TEMPLATE)
    : null;

  let scopes: string[] | null = null;
  if (grantedScopes !== undefined) {
    scopes = [...grantedScopes];
  } else if (payload !== null) {
    const scp = payload['scp'];
    const roles = payload['roles'];
    const fromScp = typeof scp === 'string' ? scp.split(' ').filter((s) => s !== '') : [];
    const fromRoles = Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
    if (typeof scp === 'string' || Array.isArray(roles)) scopes = [...fromScp, ...fromRoles];
  }
  return { scopes: scopes === null ? null : new Set(scopes.map((s) => s.toLowerCase())), isGlobalAdmin };
}

/**
 * True when one of `accepted` (least privileged first, then the higher ones Graph also accepts) is
 * granted. A `ReadWrite` scope covers its `Read` twin, as it does in Graph.
 */
export function isGranted(scopes: ReadonlySet<string> | null, accepted: readonly string[]): boolean {
  if (scopes === null) return true;
  return accepted.some((p) => {
    const lower = p.toLowerCase();
    return scopes.has(lower) || scopes.has(lower.replace('.read.', '.readwrite.'));
  });
}
