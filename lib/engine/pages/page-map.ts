/**
 * Which admin-center page shows which controls, derived from the controls themselves: a page shows a
 * control fixed on it (`fixAt`) or naming it in `onPages`, and Secure Score's page shows every control
 * Microsoft also scores. Pure, used by the background to pick a page's badges and their anchor labels.
 */
import { adminPages, type AdminPage } from './admin-pages';
import type { ControlMeta } from '../verdict/control';
import { overlayPages } from './overlay-pages';

export interface GoverningPage {
  readonly page: AdminPage;
  /** Whether a setting on this page decides the control. */
  readonly governs: (control: ControlMeta) => boolean;
}

/** The control's own page list: its fix page, and the pages it names in `onPages`. */
const namesPage = (page: AdminPage) => (c: ControlMeta) =>
  c.fixAt.id === page.id || (c.onPages?.some((p) => p.page.id === page.id) ?? false);

// Secure Score lists an improvement action for every control Microsoft scores: ours sit beside them.
const scoredByMicrosoft = (c: ControlMeta) => c.refs.secureScore !== undefined;

export const pageMap: readonly GoverningPage[] = [...Object.values(adminPages), ...Object.values(overlayPages)].map(
  (page: AdminPage) => ({
    page,
    governs: page.id === overlayPages.defenderSecureScore.id ? scoredByMicrosoft : namesPage(page),
  }),
);

/** Every page the overlay knows, by id. */
export const knownPageIds: ReadonlySet<string> = new Set(pageMap.map((g) => g.page.id));

/** The page a URL shows (the first whose matcher accepts it), or null for pages the overlay doesn't know. */
export function governingPageFor(url: URL): GoverningPage | null {
  return pageMap.find((g) => g.page.matches(url)) ?? null;
}

/** The controls a page governs, in catalogue order. */
export function controlsOn<C extends ControlMeta>(page: GoverningPage, controls: readonly C[]): C[] {
  return controls.filter(page.governs);
}

/** The labels a control's badge sits beside on a page, or undefined when it has none there (panel only). */
export function anchorLabels(control: ControlMeta, pageId: string): readonly string[] | undefined {
  return control.onPages?.find((p) => p.page.id === pageId)?.labels;
}

/** One row of the overlay's anchor table: a control's labels on one page. */
export interface AnchorEntry {
  readonly page: string;
  readonly control: string;
  readonly labels: readonly string[];
}

/** The anchor table, derived from the controls' `onPages`: every label a badge can sit beside, by page. */
export function anchorTable(controls: readonly ControlMeta[]): AnchorEntry[] {
  return controls.flatMap((c) => (c.onPages ?? []).map((p) => ({ page: p.page.id, control: c.id, labels: p.labels })));
}
