import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import { SERVICE_URL_GLOBS } from '../../simulator/services/service-hosts';

/**
 * Serves `html` as the page at `url` (https://entra.microsoft.com/#view/…, https://admin.microsoft.com/#/Settings/…).
 * The hash never reaches the network, so every URL with the same origin and path gets this page until
 * `unroute()`; the query is ignored too. Returns the URL to navigate to.
 */
export async function serveAdminPage(
  context: BrowserContext,
  url: string,
  html: string,
): Promise<{ url: string; unroute(): Promise<void> }> {
  const target = new URL(url);
  const matcher = (u: URL): boolean => u.origin === target.origin && u.pathname === target.pathname;
  const handler = (route: Route): Promise<void> =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  await context.route(matcher, handler);
  return { url, unroute: () => context.unroute(matcher, handler) };
}

export interface AdminFixture {
  /** The URL the page is served at, hash route included. */
  url: string;
  /** File under test/e2e/fixtures/. */
  file: string;
  /**
   * Cross-origin frames the page embeds, URL → fixture file. The Entra and Azure portals render blades
   * in sandbox iframes on *.reactblade.portal.azure.net: the settings' labels live in the frame.
   */
  frames?: Record<string, string>;
}

/**
 * Static stand-ins for admin-center pages: semantic HTML, labels as visible text, no class names to
 * rely on (the real portals generate theirs). URLs match `lib/engine/pages/admin-pages.ts`.
 */
export const adminFixtures = {
  entraConditionalAccessPolicies: {
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies',
    file: 'entra-conditional-access-policies.html',
  },
  m365PasswordExpiration: {
    url: 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy',
    file: 'm365-password-expiration-policy.html',
  },
  entraUserSettings: {
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/UserSettings/menuId/UserSettings',
    file: 'entra-user-settings.html',
    frames: {
      'https://usermanagement.reactblade.portal.azure.net/blades/UserSettings/index.html':
        'entra-user-settings-blade.html',
    },
  },
  entraSecurityDefaults: {
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Properties',
    file: 'entra-security-defaults.html',
  },
  entraConsentUserSettings: {
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings',
    file: 'entra-consent-user-settings.html',
  },
  entraAuthMethodsPolicies: {
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AuthenticationMethodsMenuBlade/~/AdminAuthMethods',
    file: 'entra-auth-methods-policies.html',
  },
  m365OrgSettings: {
    url: 'https://admin.microsoft.com/#/Settings/Services',
    file: 'm365-org-settings.html',
  },
  spoSharing: {
    url: 'https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/sharing',
    file: 'spo-sharing.html',
  },
  defenderSecureScore: {
    url: 'https://security.microsoft.com/securescore?viewid=actions',
    file: 'defender-secure-score.html',
  },
  defenderAntiPhishing: { url: 'https://security.microsoft.com/antiphishing', file: 'defender-anti-phishing.html' },
  defenderSafeLinks: { url: 'https://security.microsoft.com/safelinksv2', file: 'defender-safe-links.html' },
  defenderSafeAttachments: {
    url: 'https://security.microsoft.com/safeattachmentv2',
    file: 'defender-safe-attachments.html',
  },
  exchangeSettings: {
    url: 'https://admin.exchange.microsoft.com/#/settings',
    file: 'exchange-mail-flow-settings.html',
  },
  teamsExternalAccess: {
    url: 'https://admin.teams.microsoft.com/company-wide-settings/external-communications',
    file: 'teams-external-access.html',
  },
} as const satisfies Record<string, AdminFixture>;

export type AdminFixtureName = keyof typeof adminFixtures;

export function readFixture(file: string): Promise<string> {
  return readFile(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
}

/** Serves a fixture (and its frames) and opens it in a new page; resolves once the page has loaded. */
export async function openAdminFixture(context: BrowserContext, name: AdminFixtureName): Promise<Page> {
  const fixture: AdminFixture = adminFixtures[name];
  await serveAdminPage(context, fixture.url, await readFixture(fixture.file));
  for (const [frameUrl, file] of Object.entries(fixture.frames ?? {})) {
    await serveAdminPage(context, frameUrl, await readFixture(file));
  }
  const page = await context.newPage();
  await page.goto(fixture.url);
  return page;
}

export interface GraphRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Request body as text; undefined for GET. */
  body: string | undefined;
}

export interface GraphResponse {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
}

export type GraphHandler = (req: GraphRequest) => Promise<GraphResponse>;

/** A playwright route handler that answers CORS preflights and passes every real call to `handler`. */
function routeTo(handler: GraphHandler, requests: GraphRequest[]): (route: Route, request: Request) => Promise<void> {
  return async (route, request) => {
    const origin = request.headers()['origin'];
    const cors: Record<string, string> = origin
      ? {
          'access-control-allow-origin': origin,
          'access-control-expose-headers':
            'Retry-After, request-id, client-request-id, Location, Preference-Applied, WWW-Authenticate',
        }
      : {};
    if (request.method() === 'OPTIONS') {
      return route.fulfill({
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
          'access-control-allow-headers': request.headers()['access-control-request-headers'] ?? '*',
          'access-control-max-age': '3600',
        },
      });
    }
    const req: GraphRequest = {
      method: request.method(),
      url: request.url(),
      headers: await request.allHeaders(),
      body: request.postData() ?? undefined,
    };
    requests.push(req);
    let res: GraphResponse;
    try {
      res = await handler(req);
    } catch (error) {
      res = { status: 500, body: { error: { code: 'e2eHandlerFailed', message: String(error) } } };
    }
    const isText = typeof res.body === 'string' || res.body === undefined;
    return route.fulfill({
      status: res.status,
      headers: {
        ...(isText ? {} : { 'content-type': 'application/json' }),
        ...cors,
        ...res.headers,
      },
      body: isText ? ((res.body as string | undefined) ?? '') : JSON.stringify(res.body),
    });
  };
}

/**
 * Routes every request to https://graph.microsoft.com (from extension pages and the service worker)
 * to `handler`, e.g. the Graph simulator's `handle`. CORS preflights are answered here, as Graph does,
 * so the handler only sees real calls. Returns the requests seen, in order.
 */
export async function serveGraph(
  context: BrowserContext,
  handler: GraphHandler,
): Promise<{ requests: GraphRequest[]; unroute(): Promise<void> }> {
  const requests: GraphRequest[] = [];
  const pattern = 'https://graph.microsoft.com/**';
  const routeHandler = routeTo(handler, requests);
  await context.route(pattern, routeHandler);
  return { requests, unroute: () => context.unroute(pattern, routeHandler) };
}

/**
 * Routes every admin-service host (Exchange Online, the compliance discovery and regional hosts,
 * Teams' ConfigAPI, in every cloud: the simulator's `SERVICE_URL_GLOBS`) to `handler`, usually the same
 * simulator's `handle` as `serveGraph` (it tells Graph from the services by host). Returns the requests
 * seen, in order; the simulator's `serviceStats.violations` says whether any was a write.
 */
export async function serveAdminServices(
  context: BrowserContext,
  handler: GraphHandler,
): Promise<{ requests: GraphRequest[]; unroute(): Promise<void> }> {
  const requests: GraphRequest[] = [];
  const routeHandler = routeTo(handler, requests);
  for (const glob of SERVICE_URL_GLOBS) await context.route(glob, routeHandler);
  return {
    requests,
    unroute: async () => {
      for (const glob of SERVICE_URL_GLOBS) await context.unroute(glob, routeHandler);
    },
  };
}
