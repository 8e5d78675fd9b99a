/**
 * Which admin-center page governs which controls: every page a control is fixed on (its `fixAt`), plus
 * pages where a setting that decides it is shown too. Pure data, used by the background to pick a
 * page's badges; the overlay's inline anchors are keyed by these page ids (lib/annotate/anchors.ts).
 */
import { adminPages, type AdminPage } from './admin-pages';
import type { AnyControl } from '../verdict/control';
import { overlayPages } from './overlay-pages';

export interface GoverningPage {
  readonly page: AdminPage;
  /** Whether a setting on this page decides the control. */
  readonly governs: (control: AnyControl) => boolean;
}

/** Controls decided on a page other than (or as well as) their fix page, by page id. */
export const alsoGoverned: Readonly<Record<string, readonly string[]>> = {
  // Security defaults enforce admin MFA and block legacy authentication when no CA policy does.
  securityDefaults: ['entra-admin-mfa-required', 'entra-legacy-auth-blocked'],
  // The Org settings list links each service's pane; the verdicts belong beside those rows.
  m365OrgSettings: [
    'm365-user-owned-apps-restricted',
    'm365-forms-phishing-protection-enabled',
    'm365-third-party-storage-blocked',
  ],
  m365SecurityPrivacy: ['m365-password-expiry-disabled', 'm365-idle-session-timeout-configured'],
};

const byFixPageOrList = (page: AdminPage) => (c: AnyControl) =>
  c.fixAt.id === page.id || (alsoGoverned[page.id]?.includes(c.id) ?? false);

export const pageMap: readonly GoverningPage[] = [
  ...Object.values(adminPages as Record<string, AdminPage>).map((page) => ({ page, governs: byFixPageOrList(page) })),
  { page: overlayPages.m365OrgSettings, governs: byFixPageOrList(overlayPages.m365OrgSettings) },
  { page: overlayPages.m365SecurityPrivacy, governs: byFixPageOrList(overlayPages.m365SecurityPrivacy) },
  // Secure Score lists an improvement action for every control Microsoft scores: ours sit beside them.
  { page: overlayPages.defenderSecureScore, governs: (c) => c.refs.secureScore !== undefined },
];

/** Every page the overlay knows, by id. */
export const knownPageIds: ReadonlySet<string> = new Set(pageMap.map((g) => g.page.id));

/** The page a URL shows (the first whose matcher accepts it), or null for pages the overlay doesn't know. */
export function governingPageFor(url: URL): GoverningPage | null {
  return pageMap.find((g) => g.page.matches(url)) ?? null;
}

/** The controls a page governs, in catalogue order. */
export function controlsOn(page: GoverningPage, controls: readonly AnyControl[]): AnyControl[] {
  return controls.filter(page.governs);
}
