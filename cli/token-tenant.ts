/**
 * The tenant a token was issued for: its `tid` claim. The admin services are read in parallel with
 * Graph's first wave, before Graph's organization read names the tenant, so the CLI takes the id from
 * the tokens it was given. Nothing is verified here (the services check the token themselves).
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `tid` claim of a JWT, or undefined when the token isn't one or carries no tenant id. */
export function tenantIdOfToken(token: string | undefined): string | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    const tid = typeof claims === 'object' && claims !== null ? (claims as { tid?: unknown }).tid : undefined;
    return typeof tid === 'string' && GUID.test(tid) ? tid.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
