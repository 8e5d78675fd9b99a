/**
 * One admin-center page: the deep link a control's "Open in admin center" uses, a pure URL matcher
 * (never reading `location`), and example URLs that the matcher must accept and every other page's must
 * refuse (tested cross-negatively). The pages themselves are listed per admin center beside this file.
 */
export interface AdminPage {
  readonly id: string;
  readonly title: string;
  /** Where "Open in admin center" goes. */
  readonly url: string;
  readonly matches: (url: URL) => boolean;
  readonly examples: readonly string[];
}

export function defineAdminPage(page: AdminPage): AdminPage {
  return Object.freeze({ ...page, examples: Object.freeze([...page.examples]) });
}

/** Portal routes live in the hash; compare without case and without a trailing slash. */
export const hashRoute = (u: URL): string => decodeURIComponent(u.hash).toLowerCase().replace(/\/+$/, '');
export const m365Admin = (u: URL): boolean =>
  u.hostname === 'admin.microsoft.com' || u.hostname === 'admin.cloud.microsoft';

/** A page on a portal whose routes are real paths (Defender, Purview, Teams admin center): `/antispam`. */
export const pathPage = (host: string, id: string, title: string, path: string): AdminPage =>
  defineAdminPage({
    id,
    title,
    url: `https://${host}${path}`,
    matches: (u) => u.hostname === host && u.pathname.toLowerCase().replace(/\/+$/, '') === path.toLowerCase(),
    examples: [`https://${host}${path}`, `https://${host}${path}/?tid=00000000-0000-0000-0000-000000000000`],
  });
