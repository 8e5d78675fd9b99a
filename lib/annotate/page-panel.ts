/**
 * The page panel: every control this page governs, with status and points, so the overlay stays useful
 * when a layout changes; and which inline anchors weren't found. It starts as a small tab docked at the
 * window's edge ("Posture Lens · 3 to fix") and opens only when asked, so it never sits on the page's
 * own content (the Conditional Access table's columns, a narrow window).
 */
import type { BadgeModel, PageBadges } from '../engine/pages/page-badges';
import { shownReason } from '../engine/verdict/status-words';
import { badgeChip } from './badge-element';
import { onUserClick } from './badge-text';
import { shownDate } from '../engine/format/dates';
import { shownPoints } from '../engine/format/points';

export interface PanelState {
  collapsed: boolean;
}

/** Filled by mount.ts, which owns the shadow hosts. */
export type FillRoot = (root: ShadowRoot, ...content: Node[]) => void;

function panelItem(doc: Document, b: BadgeModel, notFound: boolean): HTMLElement {
  const li = doc.createElement('li');
  const name = doc.createElement('div');
  name.textContent = notFound ? `${b.title} (setting not found on the page)` : b.title;
  const reason = doc.createElement('p');
  reason.textContent =
    b.status === 'notApplicable'
      ? shownReason(b)
      : `${b.outOfScore ? `— ${b.outOfScore}` : `${shownPoints(b.score)} of ${shownPoints(b.maxScore)} points`}. ${b.reason}`;
  li.append(badgeChip(doc, b), name, reason);
  return li;
}

/** "3 to fix", "4 passing", "2 on this page" (some to check by hand or couldn't tell), or nothing. */
export function tabSummary(page: PageBadges): string {
  const n = page.badges.length;
  const toFix = page.badges.filter((b) => b.status === 'fail' || b.status === 'partial').length;
  if (toFix) return `${toFix} to fix`;
  if (n === 0) return '';
  return page.badges.every((b) => b.status === 'pass') ? `${n} passing` : `${n} on this page`;
}

function panelBody(doc: Document, page: PageBadges, missing: readonly string[]): HTMLElement {
  const body = doc.createElement('div');
  body.className = 'pl-body';
  const where = doc.createElement('p');
  where.className = 'pl-page';
  where.textContent = page.scannedAt
    ? `${page.pageTitle ?? ''} · scanned ${shownDate(page.scannedAt)}`
    : (page.pageTitle ?? '');
  const list = doc.createElement('ul');
  list.setAttribute('aria-label', 'Controls on this page');
  if (page.badges.length === 0) {
    const li = doc.createElement('li');
    li.textContent = page.withheld
      ? page.withheld
      : page.scannedAt
        ? 'No controls of this page were scanned.'
        : 'No scan yet — open Posture Lens and try the demo tenant or connect a tenant.';
    list.append(li);
  }
  const notFound = new Set(missing);
  for (const b of page.badges) list.append(panelItem(doc, b, notFound.has(b.controlId)));
  body.append(where, list);
  if (missing.length) {
    const note = doc.createElement('p');
    note.className = 'pl-missing';
    const titles = page.badges.filter((b) => notFound.has(b.controlId)).map((b) => b.title);
    note.textContent = `Not found on this page, so listed here only: ${titles.join('; ')}.`;
    body.append(note);
  }
  return body;
}

/** The tab (collapsed) or the header with its Hide button (open): the one toggle, in the admin's hands only. */
function toggleFor(doc: Document, page: PageBadges, state: PanelState, redraw: () => void): HTMLElement {
  const summary = tabSummary(page);
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', String(!state.collapsed));
  onUserClick(toggle, () => {
    state.collapsed = !state.collapsed;
    redraw();
  });
  if (state.collapsed) {
    toggle.className = 'pl-tab';
    toggle.textContent = summary ? `Posture Lens · ${summary}` : 'Posture Lens';
    // Named by what it shows ("Posture Lens · 3 to fix"); aria-expanded says it opens the panel.
    return toggle;
  }
  toggle.textContent = 'Hide';
  toggle.setAttribute('aria-label', 'Hide Posture Lens panel');
  const header = doc.createElement('header');
  const title = doc.createElement('h2');
  title.textContent = page.tenantName ? `Posture Lens · ${page.tenantName}` : 'Posture Lens';
  header.append(title, toggle);
  return header;
}

/** Draws the panel into `root`; `redraw` draws it again after the admin toggles it (focus stays on the toggle). */
export function drawPanel(
  doc: Document,
  root: ShadowRoot,
  fill: FillRoot,
  parts: { page: PageBadges; missing: readonly string[]; state: PanelState },
  redraw: () => void,
): void {
  const { page, missing, state } = parts;
  const panel = doc.createElement('section');
  panel.className = 'pl-panel';
  panel.setAttribute('aria-label', 'Posture Lens');
  panel.dataset.collapsed = String(state.collapsed);
  const toggled = () => {
    redraw();
    root.querySelector<HTMLElement>('.pl-tab, header button')?.focus();
  };
  panel.append(toggleFor(doc, page, state, toggled), panelBody(doc, page, missing));
  fill(root, panel);
}
