/**
 * A Graph token for the active account's own tenant with exactly the scopes asked, for reads outside
 * the catalogue (issue 16: the partner's GDAP relationships, DelegatedAdminRelationship.Read.All).
 * Silent only; a permission the app lacks is named in the sentence it rejects with.
 */
import { clouds } from '../graph/clouds';
import type { AuthContext } from './auth-context';
import { authState } from './auth-state';
import { explain } from './msal-requests';

const SHORT_SCOPE = /^[A-Za-z][A-Za-z0-9.]*$/;

const noConsent = (perms: readonly string[]): Error =>
  new Error(
    `Posture Lens has no consent for ${perms.join(', ')} in your tenant: add ${perms.length > 1 ? 'them' : 'it'} to the app registration’s API permissions (Microsoft Graph, delegated) and grant admin consent, then try again.`,
  );

/** `scopes` are Graph's short names ('DelegatedAdminRelationship.Read.All'), qualified here with the cloud's Graph root. */
export async function tokenWithScopes(ctx: AuthContext, scopes: readonly string[]): Promise<string> {
  if (scopes.length === 0 || !scopes.every((s) => SHORT_SCOPE.test(s))) {
    throw new Error(`Not a Graph permission: ${scopes.join(' ') || '(none)'}.`);
  }
  const s = await authState(ctx);
  if (!s.connection || !s.active) throw new Error('Sign in first: nobody is signed in.');
  const root = clouds[s.connection.cloud].graphRoot;
  let granted: readonly string[];
  let token: string;
  try {
    const t = await ctx.msal.ask('acquireToken', {
      ...ctx.msal.setupFor(s.connection),
      scopes: [...scopes.map((p) => `${root}/${p}`), 'openid', 'profile', 'offline_access'],
      accountId: s.active.id,
    });
    ({ granted, accessToken: token } = t);
  } catch (err) {
    const p = explain(err);
    throw p.kind === 'consentRequired' ? noConsent(scopes) : new Error(`${p.sentence} ${p.fix}`);
  }
  const have = new Set(granted.map((g) => g.replace(/^https:\/\/[^/]+\//, '').toLowerCase()));
  const lacking = scopes.filter((p) => !have.has(p.toLowerCase()));
  if (lacking.length > 0) throw noConsent(lacking);
  return token;
}
