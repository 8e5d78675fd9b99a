/**
 * A small stand-in for the Microsoft identity platform (Entra ID, v2 endpoints) over HTTPS on
 * 127.0.0.1, for Chromium started with `--host-resolver-rules=MAP login.microsoftonline.com …`.
 *
 * It enforces what a real tenant enforces on a public client, so a flow that passes here has a fair
 * chance against Entra: registered client id and redirect URI, PKCE (S256 only), single-use codes,
 * and the SPA rule that codes and refresh tokens are redeemed cross-origin (an `Origin` header), else
 * AADSTS9002327; a redirect URI registered under another platform refuses cross-origin redemption
 * (AADSTS9002326). Tokens are RS256 JWTs signed with a key published at the jwks_uri.
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow
 */
import { execFile } from 'node:child_process';
import { createHash, createSign, generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request as httpsRequest, type Server } from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  adminConsentPage,
  createTenantDirectory,
  issuerTenant,
  unknownTenantError,
  type FakeTenant,
} from './fake-idp-tenants';

export type { FakeTenant } from './fake-idp-tenants';

export const loginHost = 'login.microsoftonline.com';
export const defaultRedirectUri = 'https://gfepcgmpollnpccgdgikckebikbnflfc.chromiumapp.org/';

/** Directory role template ids, as they appear in the access token's `wids` claim. */
export const roleTemplateIds = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  /** Every member user carries this one. */
  user: 'b79fbf4d-3ef9-4689-8143-76b194e85509',
} as const;

export interface FakeUser {
  oid: string;
  tid: string;
  preferredUsername: string;
  name: string;
  /** Directory roles (template ids) for the access token's `wids`. */
  wids: string[];
}

export type RedirectPlatform = 'spa' | 'web' | 'native';

export interface FakeIdpOptions {
  /** The app registration's client id; any other is refused with AADSTS700016. Default: any GUID. */
  clientId?: string;
  /** Registered redirect URIs; default the extension's chromiumapp.org URI as a SPA redirect. */
  redirectUris?: { uri: string; platform: RedirectPlatform }[];
  user?: Partial<FakeUser>;
  accessTokenLifetimeSeconds?: number;
  /**
   * Customer tenants (issue 16) a signed-in user reaches with the same sign-in (GDAP or guest style):
   * their OpenID configurations answer by id and domain; a refresh-token request to
   * `/{tid}/oauth2/v2.0/token` gets that tenant's tokens when `consented`, else AADSTS65001.
   */
  tenants?: FakeTenant[];
}

export interface IssuedTokens {
  grantType: 'authorization_code' | 'refresh_token';
  clientId: string;
  /** Origin header of the token request (absent for same-origin/server requests). */
  origin: string | undefined;
  /** Granted scopes, as in the response's `scope` (resource-qualified). */
  scopes: string[];
  accessToken: string;
  idToken: string;
  refreshToken: string;
  user: FakeUser;
}

export interface FakeIdp {
  port: number;
  /** https://127.0.0.1:PORT, for Node-side requests (the browser uses https://login.microsoftonline.com). */
  origin: string;
  /** `MAP login.microsoftonline.com 127.0.0.1:PORT`, for `--host-resolver-rules`. */
  hostResolverRule: string;
  /**
   * The rule above plus `MAP *.chromiumapp.org 127.0.0.1:PORT`: this server also answers the redirect
   * URI with a "Redirect captured" page. Playwright never routes redirect hops (by design, see
   * microsoft/playwright#2617), so `context.route` can't catch the 302 to chromiumapp.org in a plain
   * tab. `chrome.identity.launchWebAuthFlow` catches it before any request, so this doesn't change
   * extension flows. launchExtension's `idp` option uses these when present.
   */
  hostResolverRules: string[];
  /** Redirect-URI requests this server answered (no fragment: browsers keep it; read `page.url()`). */
  capturedRedirects: string[];
  /** Who signs in from the next authorization on. */
  setUser(user: Partial<FakeUser>): void;
  /** The next authorize request redirects back with this error instead of showing the sign-in page. */
  nextAuthorizeError(code: string, description: string): void;
  /** Scopes to leave out of every grant from now on (as if consent for them was never given). */
  withholdScopes(scopes: string[]): void;
  /**
   * Resources (`https://outlook.office365.com`, `48ac35b8-…`) the app has no consent for yet: a silent
   * (refresh-token) request for one fails with AADSTS65001 `consent_required`, until an interactive
   * authorization that lists one of its scopes is accepted.
   */
  requireConsent(resources: string[]): void;
  /** Every refresh token issued so far now fails with invalid_grant AADSTS700084 (SPA 24 h limit). */
  expireRefreshTokens(): void;
  /** An administrator of customer tenant `tid` consented to the app (as the admin-consent page's Accept does). */
  grantConsent(tid: string): void;
  /** Forget sign-in sessions, so `prompt=none` gets `login_required`. */
  clearSessions(): void;
  issuedTokens: IssuedTokens[];
  /** Every request seen: method and path with query. */
  requests: { method: string; path: string; origin: string | undefined }[];
  close(): Promise<void>;
}

interface PendingAuthorization {
  clientId: string;
  redirectUri: string;
  state: string | undefined;
  nonce: string | undefined;
  scopes: string[];
  codeChallenge: string;
  responseMode: 'query' | 'fragment';
}

interface IssuedCode {
  auth: PendingAuthorization;
  user: FakeUser;
  expiresAt: number;
  redeemed: boolean;
}

interface RefreshGrant {
  clientId: string;
  user: FakeUser;
  scopes: string[];
  platform: RedirectPlatform;
  expired: boolean;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oidcScopes = new Set(['openid', 'profile', 'email', 'offline_access']);
const graphResource = 'https://graph.microsoft.com';

const defaultUser: FakeUser = {
  oid: '6e3c1b2a-3f5d-4c1e-9a7b-2d4f6a8c0e11',
  tid: 'c0de0000-7e57-4000-8000-000000000001',
  preferredUsername: 'adele@contoso.onmicrosoft.com',
  name: 'Adele Vance',
  wids: [roleTemplateIds.globalReader, roleTemplateIds.user],
};

/** A throwaway certificate for a local HTTPS server (openssl; valid two days, 127.0.0.1 included). */
export async function selfSignedCertificate(
  commonName: string,
  altNames: readonly string[],
): Promise<{ key: Buffer; cert: Buffer }> {
  const certDir = await mkdtemp(join(tmpdir(), 'posture-lens-cert-'));
  try {
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      join(certDir, 'key.pem'),
      '-out',
      join(certDir, 'cert.pem'),
      '-subj',
      `/CN=${commonName}`,
      '-addext',
      `subjectAltName=${[...altNames, 'IP:127.0.0.1'].join(',')}`,
    ]);
    const [key, cert] = await Promise.all([readFile(join(certDir, 'key.pem')), readFile(join(certDir, 'cert.pem'))]);
    return { key, cert };
  } finally {
    await rm(certDir, { recursive: true, force: true });
  }
}

export async function startFakeIdp(options: FakeIdpOptions = {}): Promise<FakeIdp> {
  const { key, cert } = await selfSignedCertificate(loginHost, [`DNS:${loginHost}`, 'DNS:*.chromiumapp.org']);

  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'fake-idp-key-1';
  const registered = options.redirectUris ?? [{ uri: defaultRedirectUri, platform: 'spa' as const }];
  const accessTokenLifetime = options.accessTokenLifetimeSeconds ?? 3600;

  let user: FakeUser = { ...defaultUser, ...options.user };
  const directory = createTenantDirectory(options.tenants ?? []);
  directory.addHome(user.tid, user.preferredUsername);
  let pendingError: { code: string; description: string } | undefined;
  let withheld = new Set<string>();
  const needsConsent = new Set<string>();
  const pending = new Map<string, PendingAuthorization>();
  const codes = new Map<string, IssuedCode>();
  const refreshTokens = new Map<string, RefreshGrant>();
  const sessions = new Map<string, FakeUser>();
  const issuedTokens: IssuedTokens[] = [];
  const requests: FakeIdp['requests'] = [];
  const capturedRedirects: string[] = [];

  const issueTokens = (
    grantType: IssuedTokens['grantType'],
    clientId: string,
    who: FakeUser,
    requested: string[],
    nonce: string | undefined,
    platform: RedirectPlatform,
    origin: string | undefined,
    // The signed-in account: who a customer tenant's tokens are for (client_info) and whose refresh token it is.
    home: FakeUser = who,
  ): Record<string, unknown> => {
    const now = Math.floor(Date.now() / 1000);
    const resourceScopes = requested
      .filter((s) => !oidcScopes.has(s))
      .map(qualifyScope)
      .filter((s) => !withheld.has(shortScope(s).toLowerCase()));
    const granted = resourceScopes.length > 0 ? resourceScopes : [`${graphResource}/User.Read`];
    // One resource per token, as Entra issues them (a request mixing resources is refused before this).
    const audience = resourceOf(granted[0] ?? graphResource);
    const clientInfo = base64url(JSON.stringify({ uid: home.oid, utid: home.tid }));
    const idToken = signJwt(signingKey.privateKey, kid, {
      ver: '2.0',
      aud: clientId,
      iss: `https://${loginHost}/${who.tid}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      tid: who.tid,
      oid: who.oid,
      sub: base64url(createHash('sha256').update(`${who.oid}:${clientId}`).digest()),
      preferred_username: who.preferredUsername,
      name: who.name,
      ...(nonce ? { nonce } : {}),
    });
    const accessToken = signJwt(signingKey.privateKey, kid, {
      ver: '1.0',
      aud: audience,
      iss: `https://sts.windows.net/${who.tid}/`,
      iat: now,
      nbf: now,
      exp: now + accessTokenLifetime,
      appid: clientId,
      tid: who.tid,
      oid: who.oid,
      upn: who.preferredUsername,
      name: who.name,
      scp: granted.map(scpOf).join(' '),
      wids: who.wids,
    });
    const refreshToken = `fake-rt.${randomBytes(24).toString('base64url')}`;
    refreshTokens.set(refreshToken, { clientId, user: home, scopes: requested, platform, expired: false });
    issuedTokens.push({ grantType, clientId, origin, scopes: granted, accessToken, idToken, refreshToken, user: who });
    return {
      token_type: 'Bearer',
      scope: granted.join(' '),
      expires_in: accessTokenLifetime,
      ext_expires_in: accessTokenLifetime,
      access_token: accessToken,
      refresh_token: refreshToken,
      ...(platform === 'spa' ? { refresh_token_expires_in: 86399 } : {}),
      id_token: idToken,
      client_info: clientInfo,
    };
  };

  /** Entra's refusals that depend on which resource the scopes are for: mixed resources, no consent. */
  const refusedResource = (scopes: string[]): { error: string; description: string; suberror?: string } | undefined => {
    const resources = [...new Set(scopes.filter((s) => !oidcScopes.has(s)).map((s) => resourceOf(qualifyScope(s))))];
    if (resources.length > 1)
      return {
        error: 'invalid_request',
        description: `AADSTS28000: Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${scopes.join(' ')} is not valid.`,
      };
    const resource = resources[0];
    if (resource && needsConsent.has(resource))
      return {
        error: 'invalid_grant',
        description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${options.clientId ?? 'the app'}' for ${resource}. Send an interactive authorization request for this user and resource.`,
        suberror: 'consent_required',
      };
    return undefined;
  };

  /**
   * Entra shows its own error page (no redirect) when it can't trust the client or the redirect URI:
   * true when it did so here (authorize and admin consent alike).
   */
  const refusedClient = (res: ServerResponse, clientId: string, redirectUri: string): boolean => {
    if (!isKnownClient(clientId, options.clientId)) {
      errorPage(res, `AADSTS700016: Application with identifier '${clientId}' was not found in the directory.`);
      return true;
    }
    if (!registered.some((r) => r.uri === redirectUri)) {
      errorPage(
        res,
        `AADSTS50011: The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'.`,
      );
      return true;
    }
    return false;
  };

  const authorize = (req: IncomingMessage, res: ServerResponse, url: URL, tenant: string): void => {
    const q = url.searchParams;
    const clientId = q.get('client_id') ?? '';
    const redirectUri = q.get('redirect_uri') ?? '';
    if (refusedClient(res, clientId, redirectUri)) return;
    const responseMode = q.get('response_mode') === 'fragment' ? 'fragment' : 'query';
    const state = q.get('state') ?? undefined;
    const back = (params: Record<string, string>): void =>
      redirect(res, withParams(redirectUri, { ...params, ...(state ? { state } : {}) }, responseMode));
    const fail = (error: string, description: string): void => back({ error, error_description: description });

    if (pendingError) {
      const { code, description } = pendingError;
      pendingError = undefined;
      return fail(code, description);
    }
    if (q.get('response_type') !== 'code') {
      return fail(
        'unsupported_response_type',
        "AADSTS70005: The app returned an unsupported response type; only 'code' is enabled.",
      );
    }
    const platform = registered.find((r) => r.uri === redirectUri)?.platform;
    const codeChallenge = q.get('code_challenge');
    if (!codeChallenge) {
      if (platform === 'spa') {
        return fail(
          'invalid_request',
          'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
        );
      }
      return fail('invalid_request', 'This fake identity provider requires PKCE: code_challenge is missing.');
    }
    if (q.get('code_challenge_method') !== 'S256') {
      return fail(
        'invalid_request',
        "code_challenge_method must be 'S256' (this fake identity provider refuses 'plain').",
      );
    }
    const scopes = (q.get('scope') ?? '').split(' ').filter(Boolean);
    if (scopes.length === 0) {
      return fail('invalid_request', "AADSTS900144: The request body must contain the following parameter: 'scope'.");
    }
    const auth: PendingAuthorization = {
      clientId,
      redirectUri,
      state,
      nonce: q.get('nonce') ?? undefined,
      scopes,
      codeChallenge,
      responseMode,
    };
    const sessionUser = sessions.get(cookie(req, 'fake_idp_session') ?? '');
    if (q.get('prompt') === 'none') {
      if (!sessionUser)
        return fail('login_required', 'AADSTS50058: A silent sign-in request was sent but no user is signed in.');
      return back(issueCode(auth, sessionUser));
    }
    const txn = randomUUID();
    pending.set(txn, auth);
    return consentPage(res, tenant, txn, user, scopes);
  };

  const issueCode = (auth: PendingAuthorization, who: FakeUser): Record<string, string> => {
    const code = `fake-code.${randomBytes(24).toString('base64url')}`;
    codes.set(code, { auth, user: who, expiresAt: Date.now() + 10 * 60_000, redeemed: false });
    return {
      code,
      client_info: base64url(JSON.stringify({ uid: who.oid, utid: who.tid })),
      session_state: randomUUID(),
    };
  };

  const decide = (res: ServerResponse, form: URLSearchParams): void => {
    const txn = form.get('txn') ?? '';
    const auth = pending.get(txn);
    if (!auth)
      return errorPage(res, 'This sign-in request is unknown or was already answered (fake identity provider).');
    pending.delete(txn);
    const back = (params: Record<string, string>, headers: Record<string, string> = {}): void =>
      redirect(
        res,
        withParams(auth.redirectUri, { ...params, ...(auth.state ? { state: auth.state } : {}) }, auth.responseMode),
        headers,
      );
    if (form.get('decision') !== 'accept') {
      return back({
        error: 'access_denied',
        error_description: 'AADSTS65004: User declined to consent to access the app.',
      });
    }
    for (const scope of auth.scopes) if (!oidcScopes.has(scope)) needsConsent.delete(resourceOf(qualifyScope(scope)));
    const sessionId = randomUUID();
    sessions.set(sessionId, user);
    return back(issueCode(auth, user), {
      'Set-Cookie': `fake_idp_session=${sessionId}; Path=/; Secure; HttpOnly; SameSite=None`,
    });
  };

  const token = (req: IncomingMessage, res: ServerResponse, form: URLSearchParams, tenant: string): void => {
    const origin = header(req, 'origin');
    const json = (status: number, body: Record<string, unknown>): void =>
      sendJson(res, status, body, corsHeaders(origin));
    const oauthError = (status: number, error: string, description: string, suberror?: string): void =>
      json(status, {
        error,
        error_description: description,
        ...(suberror ? { suberror } : {}),
        error_codes: [Number(/AADSTS(\d+)/.exec(description)?.[1] ?? 0)],
        timestamp: new Date().toISOString(),
        trace_id: randomUUID(),
        correlation_id: randomUUID(),
      });
    // Entra's rule for how a grant tied to this platform may be redeemed.
    const crossOriginRule = (platform: RedirectPlatform): boolean => {
      if (platform === 'spa' && !origin) {
        oauthError(
          400,
          'invalid_request',
          "AADSTS9002327: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
        );
        return false;
      }
      if (platform !== 'spa' && origin) {
        oauthError(
          400,
          'invalid_request',
          "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
        );
        return false;
      }
      if (platform === 'web' && !form.get('client_secret') && !form.get('client_assertion')) {
        oauthError(
          401,
          'invalid_client',
          "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
        );
        return false;
      }
      return true;
    };
    const clientId = form.get('client_id') ?? '';
    if (!isKnownClient(clientId, options.clientId)) {
      return oauthError(
        400,
        'unauthorized_client',
        `AADSTS700016: Application with identifier '${clientId}' was not found in the directory.`,
      );
    }
    switch (form.get('grant_type') ?? '') {
      case 'authorization_code': {
        const issued = codes.get(form.get('code') ?? '');
        if (!issued)
          return oauthError(
            400,
            'invalid_grant',
            'AADSTS9002313: Invalid request. Request is malformed or invalid: the code is unknown.',
          );
        const platform = registered.find((r) => r.uri === issued.auth.redirectUri)?.platform ?? 'spa';
        if (!crossOriginRule(platform)) return;
        if (issued.redeemed)
          return oauthError(
            400,
            'invalid_grant',
            'AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
          );
        if (Date.now() > issued.expiresAt)
          return oauthError(
            400,
            'invalid_grant',
            'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.',
          );
        if (issued.auth.clientId !== clientId)
          return oauthError(
            400,
            'invalid_grant',
            'AADSTS70000: The provided authorization code was issued to a different client.',
          );
        if (form.get('redirect_uri') !== issued.auth.redirectUri) {
          return oauthError(
            400,
            'invalid_grant',
            'AADSTS70000: The redirect_uri does not match the one used to obtain the authorization code.',
          );
        }
        const verifier = form.get('code_verifier') ?? '';
        if (base64url(createHash('sha256').update(verifier).digest()) !== issued.auth.codeChallenge) {
          return oauthError(
            400,
            'invalid_grant',
            'AADSTS50148: The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.',
          );
        }
        issued.redeemed = true;
        const requested = (form.get('scope') ?? '').split(' ').filter(Boolean);
        const refused = refusedResource(requested.length ? requested : issued.auth.scopes);
        if (refused) return oauthError(400, refused.error, refused.description, refused.suberror);
        return json(
          200,
          issueTokens(
            'authorization_code',
            clientId,
            issued.user,
            requested.length ? requested : issued.auth.scopes,
            issued.auth.nonce,
            platform,
            origin,
          ),
        );
      }
      case 'refresh_token': {
        const grant = refreshTokens.get(form.get('refresh_token') ?? '');
        if (!grant || grant.clientId !== clientId)
          return oauthError(
            400,
            'invalid_grant',
            'AADSTS9002313: Invalid request. Request is malformed or invalid: the refresh token is unknown.',
          );
        if (!crossOriginRule(grant.platform)) return;
        if (grant.expired) {
          return oauthError(
            400,
            'invalid_grant',
            'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page.',
          );
        }
        const requested = (form.get('scope') ?? '').split(' ').filter(Boolean);
        const refused = refusedResource(requested.length ? requested : grant.scopes);
        if (refused) return oauthError(400, refused.error, refused.description, refused.suberror);
        // A customer tenant's authority: the same user's tokens issued by that tenant, if the app is consented there.
        const found = directory.lookup(tenant);
        if (found.kind === 'unknown') {
          return oauthError(400, 'invalid_request', String(unknownTenantError(tenant).error_description));
        }
        if (found.kind === 'customer' && !found.tenant.consented) {
          return oauthError(
            400,
            'invalid_grant',
            `AADSTS65001: The user or administrator has not consented to use the application with ID '${clientId}' named 'Posture Lens'. Send an interactive authorization request for this user and resource.`,
            'consent_required',
          );
        }
        const who = found.kind === 'customer' ? { ...grant.user, tid: found.tenant.tid } : grant.user;
        return json(
          200,
          issueTokens(
            'refresh_token',
            clientId,
            who,
            requested.length ? requested : grant.scopes,
            undefined,
            grant.platform,
            origin,
            grant.user,
          ),
        );
      }
      default:
        return oauthError(
          400,
          'unsupported_grant_type',
          `AADSTS70003: The app requested an unsupported grant type '${form.get('grant_type') ?? ''}'.`,
        );
    }
  };

  const openidConfiguration = (segment: string): Record<string, unknown> | null => {
    const found = directory.lookup(segment);
    if (found.kind === 'unknown') return null;
    // A tenant named by domain answers with its id throughout, as Entra does.
    const tenant = found.kind === 'multiTenant' ? segment : issuerTenant(found, segment);
    const base = `https://${loginHost}/${tenant}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `https://${loginHost}/${issuerTenant(found, segment)}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'oid'],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
    };
  };

  /** Entra's v2 admin-consent endpoint for one tenant: a page an administrator of it accepts or declines. */
  const adminConsent = (res: ServerResponse, url: URL, segment: string): void => {
    const q = url.searchParams;
    const clientId = q.get('client_id') ?? '';
    const redirectUri = q.get('redirect_uri') ?? '';
    if (refusedClient(res, clientId, redirectUri)) return;
    const found = directory.lookup(segment);
    if (found.kind === 'unknown' || found.kind === 'multiTenant') {
      return errorPage(res, String(unknownTenantError(segment).error_description));
    }
    const name = found.kind === 'customer' ? found.tenant.displayName : found.tid;
    sendHtml(
      res,
      200,
      adminConsentPage({
        segment,
        tenantName: name,
        scope: q.get('scope') ?? '',
        redirectUri,
        state: q.get('state') ?? '',
      }),
    );
  };

  const adminConsentDecide = (res: ServerResponse, form: URLSearchParams, segment: string): void => {
    const redirectUri = form.get('redirect_uri') ?? '';
    if (!registered.some((r) => r.uri === redirectUri)) return errorPage(res, 'AADSTS50011: Unknown redirect URI.');
    const found = directory.lookup(segment);
    if (found.kind !== 'customer' && found.kind !== 'home') return errorPage(res, 'AADSTS90002: Unknown tenant.');
    const tid = found.kind === 'customer' ? found.tenant.tid : found.tid;
    const stateValue = form.get('state') ?? '';
    const state: Record<string, string> = stateValue ? { state: stateValue } : {};
    if (form.get('decision') !== 'accept') {
      return redirect(
        res,
        withParams(
          redirectUri,
          {
            error: 'access_denied',
            error_description: 'AADSTS65004: User declined to consent to access the app.',
            ...state,
          },
          'query',
        ),
      );
    }
    if (found.kind === 'customer') directory.grantConsent(tid);
    redirect(
      res,
      withParams(
        redirectUri,
        { admin_consent: 'True', tenant: tid, scope: form.get('scope') ?? '', ...state },
        'query',
      ),
    );
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = (header(req, 'host') ?? loginHost).replace(/:\d+$/, '');
    if (host.endsWith('.chromiumapp.org')) {
      capturedRedirects.push(`https://${host}${req.url ?? '/'}`);
      return sendHtml(
        res,
        200,
        page(
          'Redirect captured',
          `<main><h1>Redirect captured</h1><p>The sign-in redirect reached ${escapeHtml(host)}.</p></main>`,
        ),
      );
    }
    const url = new URL(req.url ?? '/', `https://${loginHost}`);
    const origin = header(req, 'origin');
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, origin });
    const [tenant = '', ...rest] = url.pathname.split('/').filter(Boolean);
    const path = rest.join('/');

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...corsHeaders(origin),
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': header(req, 'access-control-request-headers') ?? 'content-type',
        'Access-Control-Max-Age': '600',
      });
      return void res.end();
    }
    if (req.method === 'GET' && tenant === 'common' && path === 'discovery/instance') {
      const authority = new URL(
        url.searchParams.get('authorization_endpoint') ?? `https://${loginHost}/common/oauth2/v2.0/authorize`,
      );
      const authorityTenant = authority.pathname.split('/').filter(Boolean)[0] ?? 'common';
      return sendJson(
        res,
        200,
        {
          tenant_discovery_endpoint: `https://${loginHost}/${authorityTenant}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [
            {
              preferred_network: 'login.microsoftonline.com',
              preferred_cache: 'login.windows.net',
              aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
            },
            {
              preferred_network: 'login.partner.microsoftonline.cn',
              preferred_cache: 'login.partner.microsoftonline.cn',
              aliases: ['login.partner.microsoftonline.cn', 'login.chinacloudapi.cn'],
            },
            {
              preferred_network: 'login.microsoftonline.us',
              preferred_cache: 'login.microsoftonline.us',
              aliases: ['login.microsoftonline.us', 'login.usgovcloudapi.net'],
            },
          ],
        },
        { 'Access-Control-Allow-Origin': '*' },
      );
    }
    if (req.method === 'GET' && path === 'v2.0/.well-known/openid-configuration') {
      const config = openidConfiguration(tenant);
      const cors = { 'Access-Control-Allow-Origin': '*' };
      return config ? sendJson(res, 200, config, cors) : sendJson(res, 400, unknownTenantError(tenant), cors);
    }
    if (req.method === 'GET' && path === 'v2.0/adminconsent') return adminConsent(res, url, tenant);
    if (req.method === 'POST' && path === 'v2.0/adminconsent/decide')
      return adminConsentDecide(res, new URLSearchParams(await body(req)), tenant);
    if (req.method === 'GET' && path === 'discovery/v2.0/keys') {
      const jwk = signingKey.publicKey.export({ format: 'jwk' });
      return sendJson(
        res,
        200,
        { keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e }] },
        { 'Access-Control-Allow-Origin': '*' },
      );
    }
    if (req.method === 'GET' && path === 'oauth2/v2.0/authorize') return authorize(req, res, url, tenant);
    if (req.method === 'POST' && path === 'oauth2/v2.0/authorize/decide')
      return decide(res, new URLSearchParams(await body(req)));
    if (req.method === 'POST' && path === 'oauth2/v2.0/token')
      return token(req, res, new URLSearchParams(await body(req)), tenant);
    if (req.method === 'GET' && path === 'oauth2/v2.0/logout') {
      const sessionId = cookie(req, 'fake_idp_session');
      if (sessionId) sessions.delete(sessionId);
      const next = url.searchParams.get('post_logout_redirect_uri');
      const clear = { 'Set-Cookie': 'fake_idp_session=; Path=/; Secure; HttpOnly; SameSite=None; Max-Age=0' };
      if (next) return redirect(res, next, clear);
      return sendHtml(res, 200, page('Signed out', '<h1>You signed out of your account</h1>'), clear);
    }
    // Everything else, /favicon.ico included.
    return sendJson(res, 404, {
      error: 'not_found',
      error_description: `The fake identity provider has no ${req.method} ${url.pathname}`,
    });
  };

  const server: Server = createServer({ key, cert }, (req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: String(error) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const closeServer = (): Promise<void> =>
    (closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }));

  const idp: FakeIdp = {
    port,
    origin: `https://127.0.0.1:${port}`,
    hostResolverRule: `MAP ${loginHost} 127.0.0.1:${port}`,
    hostResolverRules: [`MAP ${loginHost} 127.0.0.1:${port}`, `MAP *.chromiumapp.org 127.0.0.1:${port}`],
    capturedRedirects,
    setUser: (next) => {
      user = { ...user, ...next };
      directory.addHome(user.tid, user.preferredUsername);
    },
    nextAuthorizeError: (code, description) => {
      pendingError = { code, description };
    },
    withholdScopes: (scopes) => {
      withheld = new Set(scopes.map((s) => shortScope(s).toLowerCase()));
    },
    requireConsent: (resources) => {
      for (const r of resources) needsConsent.add(r);
    },
    expireRefreshTokens: () => {
      for (const grant of refreshTokens.values()) grant.expired = true;
    },
    grantConsent: (tid) => directory.grantConsent(tid),
    clearSessions: () => sessions.clear(),
    issuedTokens,
    requests,
    close: () => {
      running.delete(idp);
      return closeServer();
    },
  };
  running.add(idp);
  return idp;
}

const running = new Set<FakeIdp>();

/** Closes every fake IdP still running (test/e2e/setup.ts calls it after each file). */
export async function closeAllFakeIdps(): Promise<void> {
  await Promise.all([...running].map((idp) => idp.close()));
}

/**
 * 'User.Read' → 'https://graph.microsoft.com/User.Read' (a scope without a resource is Graph's);
 * 'https://outlook.office365.com/.default' and '48ac35b8-…/.default' name their resource already.
 */
function qualifyScope(scope: string): string {
  return scope.includes('/') ? scope : `${graphResource}/${scope}`;
}

/** The resource a qualified scope is for: its URL's origin, or the app id before the slash. */
function resourceOf(scope: string): string {
  return scope.includes('://') ? new URL(scope).origin : (scope.split('/')[0] ?? scope);
}

/** The access token's `scp` entry: Graph's short names; a `.default` grants the app's configured permission. */
function scpOf(scope: string): string {
  if (!scope.endsWith('/.default')) return shortScope(scope);
  const resource = resourceOf(scope);
  if (resource === graphResource) return 'User.Read';
  // SharePoint's admin API has no read scope: the app's configured permission is AllSites.FullControl.
  if (/^https:\/\/[a-z0-9-]+-admin\.sharepoint/.test(resource)) return 'AllSites.FullControl';
  return /outlook|compliance/.test(resource) ? 'Exchange.Manage' : 'user_impersonation';
}

/** 'https://graph.microsoft.com/User.Read' → 'User.Read', as the access token's `scp` lists it. */
function shortScope(scope: string): string {
  return scope.replace(/^https:\/\/graph\.microsoft\.com\//i, '');
}

function isKnownClient(clientId: string, registeredId: string | undefined): boolean {
  return registeredId === undefined ? guid.test(clientId) : clientId === registeredId;
}

function consentPage(res: ServerResponse, tenant: string, txn: string, user: FakeUser, scopes: string[]): void {
  const items = scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  sendHtml(
    res,
    200,
    page(
      'Sign in to your account',
      `
    <main>
      <h1>Sign in to your account</h1>
      <p>Fake Microsoft identity platform (tests only). Signing in as
        <strong>${escapeHtml(user.name)}</strong> (${escapeHtml(user.preferredUsername)}).</p>
      <h2>This app would like to:</h2>
      <ul>${items}</ul>
      <form method="post" action="/${encodeURIComponent(tenant)}/oauth2/v2.0/authorize/decide">
        <input type="hidden" name="txn" value="${escapeHtml(txn)}">
        <button type="submit" name="decision" value="accept">Sign in</button>
        <button type="submit" name="decision" value="cancel">Cancel</button>
      </form>
    </main>`,
    ),
  );
}

function errorPage(res: ServerResponse, message: string): void {
  sendHtml(
    res,
    400,
    page(
      'Sign in error',
      `<main><h1>Sorry, but we’re having trouble signing you in.</h1><p>${escapeHtml(message)}</p></main>`,
    ),
  );
}

function page(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${bodyHtml}</body></html>`;
}

function withParams(uri: string, params: Record<string, string>, mode: 'query' | 'fragment'): string {
  const url = new URL(uri);
  const encoded = new URLSearchParams(params).toString();
  if (mode === 'fragment') url.hash = encoded;
  else for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...headers });
  res.end();
}

function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(html);
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(value));
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  return origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (header(req, 'cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function signJwt(key: KeyObject, kid: string, payload: Record<string, unknown>): string {
  const signingInput = `${base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid }))}.${base64url(JSON.stringify(payload))}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
  return `${signingInput}.${base64url(signature)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Decodes a JWT's payload without verifying it (for assertions in tests). */
export function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1];
  if (!payload) throw new Error('Not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A PKCE verifier and its S256 challenge, as a client would make them. */
export function makePkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: base64url(createHash('sha256').update(verifier).digest()) };
}

export interface InsecureResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): Record<string, unknown>;
}

/**
 * An HTTPS request from Node that accepts the fake IdP's self-signed certificate (Node's fetch can't
 * without undici's Agent). Only for talking to the fake IdP from tests.
 */
export function insecureRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; form?: Record<string, string> } = {},
): Promise<InsecureResponse> {
  const payload = init.form ? new URLSearchParams(init.form).toString() : undefined;
  const headers: Record<string, string> = {
    ...(payload
      ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(payload)) }
      : {}),
    ...init.headers,
  };
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      url,
      { method: init.method ?? (payload ? 'POST' : 'GET'), headers, rejectUnauthorized: false, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as Record<string, unknown>,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
