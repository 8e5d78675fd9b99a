/**
 * Every admin-center page where a control is fixed, one file per admin center beside this one: the deep
 * link a control's `fixAt` opens, a pure URL matcher and example URLs (define-admin-page.ts). Each
 * example is matched by its own page and no other (index.test.ts).
 */
import type { AdminPage } from './define-admin-page';
import { defenderPages } from './defender';
import { entraPages } from './entra';
import { entraReportPages } from './entra-reports';
import { exchangePages } from './exchange';
import { intunePages } from './intune';
import { m365Pages } from './m365';
import { purviewPages } from './purview';
import { sharepointPages } from './sharepoint';
import { teamsPages } from './teams';

export { defineAdminPage, type AdminPage } from './define-admin-page';

export const adminPages = {
  ...entraPages,
  ...entraReportPages,
  ...m365Pages,
  ...sharepointPages,
  ...exchangePages,
  ...intunePages,
  ...defenderPages,
  ...purviewPages,
  ...teamsPages,
} as const satisfies Record<string, AdminPage>;

export type AdminPageId = keyof typeof adminPages;

/** Every page whose matcher accepts the URL (normally one). */
export function pagesFor(url: URL): AdminPage[] {
  return Object.values(adminPages).filter((p) => p.matches(url));
}
