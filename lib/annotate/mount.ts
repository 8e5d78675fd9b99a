import type { BadgeModel, PageBadges } from '../engine/pages/page-badges';
import { BADGE_CSS, badgeChip, badgeWithCard, onUserClick, type CardActions, type CardState } from './badge-element';
import { anchorFor, findAnchors } from './find-anchor';
import { shownReason } from '../engine/verdict/status-words';

/** The User Timing name of one annotation pass (the content script measures each; `npm run bench` reads them). */
export const PASS_MEASURE = 'posture-lens annotation pass';
const BADGE_TAG = 'posture-lens-badge';
const PANEL_TAG = 'posture-lens-panel';

/** A host element with its own shadow root, so page styles and ours never leak into each other. */
function shadowHost(doc: Document, tag: string, kind: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute('data-posture-lens', kind);
  const root = host.attachShadow({ mode: 'open' });
  return { host, root };
}

/** Replaces a shadow root's content (style first); the page's DOM doesn't change, so its observers stay quiet. */
function fill(doc: Document, root: ShadowRoot, ...content: Node[]): void {
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  root.replaceChildren(style, ...content);
}

interface Placed {
  anchor: Element;
  /** What the badge shows; unchanged means nothing to redraw. */
  key: string;
}
const placed = new WeakMap<Element, Placed>();

/** Badges already placed after this anchor, so a second one for the same label lines up behind them. */
function insertionPoint(anchor: Element): Element {
  let last = anchor;
  while (last.nextElementSibling?.tagName.toLowerCase() === BADGE_TAG) last = last.nextElementSibling;
  return last;
}

export interface MountedBadges {
  /** Controls with an inline anchor on this page whose label wasn't found. */
  readonly missing: readonly string[];
}

/**
 * Places (or updates, or removes) the inline badges of a page. Idempotent: a badge already beside its
 * anchor and showing the same verdict is left alone, so repeated passes never duplicate or flicker.
 */
export function mountBadges(
  doc: Document,
  page: PageBadges,
  cards: Map<string, CardState>,
  actions: CardActions,
): MountedBadges {
  // The background sends each badge's anchor labels for this page; a badge without any is panel-only.
  const wanted = page.pageId ? page.badges.flatMap((b) => (b.anchors ? [{ b, labels: b.anchors }] : [])) : [];
  const found = findAnchors(
    doc,
    wanted.flatMap((w) => w.labels),
  );
  const existing = new Map(
    Array.from(doc.querySelectorAll(BADGE_TAG)).map((el) => [el.getAttribute('data-control') ?? '', el]),
  );
  const missing: string[] = [];
  for (const { b, labels } of wanted) {
    const anchor = anchorFor(found, labels);
    const host = existing.get(b.controlId);
    existing.delete(b.controlId);
    if (!anchor) {
      host?.remove();
      missing.push(b.controlId);
      continue;
    }
    const state = cards.get(b.controlId) ?? { open: false, status: '' };
    cards.set(b.controlId, state);
    const key = JSON.stringify([b, state.status]);
    const was = host && placed.get(host);
    if (host && host.isConnected && was?.anchor === anchor) {
      if (was.key !== key && host.shadowRoot) {
        fill(doc, host.shadowRoot, badgeWithCard(doc, b, state, actions));
        was.key = key;
      }
      continue;
    }
    host?.remove();
    const made = shadowHost(doc, BADGE_TAG, 'badge');
    made.host.setAttribute('data-control', b.controlId);
    fill(doc, made.root, badgeWithCard(doc, b, state, actions));
    placed.set(made.host, { anchor, key });
    insertionPoint(anchor).insertAdjacentElement('afterend', made.host);
  }
  for (const stale of existing.values()) stale.remove();
  return { missing };
}

/** Removes every badge and the panel (page off the map, or the overlay switched off). */
export function unmountAll(doc: Document): void {
  doc.querySelectorAll(`${BADGE_TAG}, ${PANEL_TAG}`).forEach((e) => e.remove());
}

const panelKeys = new WeakMap<Element, string>();

export interface PanelState {
  collapsed: boolean;
}

function panelItem(doc: Document, b: BadgeModel, notFound: boolean): HTMLElement {
  const li = doc.createElement('li');
  const name = doc.createElement('div');
  name.textContent = notFound ? `${b.title} (setting not found on the page)` : b.title;
  const reason = doc.createElement('p');
  reason.textContent =
    b.status === 'notApplicable'
      ? shownReason(b)
      : `${b.outOfScore ? `— ${b.outOfScore}` : `${b.score} of ${b.maxScore} points`}. ${b.reason}`;
  li.append(badgeChip(doc, b), name, reason);
  return li;
}

/**
 * The page panel: every control this page governs, with status and points, so the overlay stays useful
 * when a layout changes; and which inline anchors weren't found. Collapsible; redrawn only on change.
 */
export function mountPanel(doc: Document, page: PageBadges, missing: readonly string[], state: PanelState): void {
  let host = doc.querySelector(PANEL_TAG);
  const key = JSON.stringify([page, missing, state.collapsed]);
  if (host && panelKeys.get(host) === key) return;
  if (!host) {
    host = shadowHost(doc, PANEL_TAG, 'panel').host;
    doc.body.append(host);
  }
  panelKeys.set(host, key);

  const panel = doc.createElement('section');
  panel.className = 'pl-panel';
  panel.setAttribute('aria-label', 'Posture Lens');
  panel.dataset.collapsed = String(state.collapsed);
  const header = doc.createElement('header');
  const title = doc.createElement('h2');
  title.textContent = page.tenantName ? `Posture Lens · ${page.tenantName}` : 'Posture Lens';
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.textContent = state.collapsed ? 'Show' : 'Hide';
  toggle.setAttribute('aria-expanded', String(!state.collapsed));
  toggle.setAttribute('aria-label', state.collapsed ? 'Show Posture Lens panel' : 'Hide Posture Lens panel');
  onUserClick(toggle, () => {
    state.collapsed = !state.collapsed;
    mountPanel(doc, page, missing, state);
  });
  header.append(title, toggle);

  const body = doc.createElement('div');
  body.className = 'pl-body';
  const where = doc.createElement('p');
  where.className = 'pl-page';
  where.textContent = page.scannedAt
    ? `${page.pageTitle ?? ''} · scanned ${new Date(page.scannedAt).toLocaleString()}`
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
  panel.append(header, body);
  const root = (host as HTMLElement).shadowRoot;
  if (root) fill(doc, root, panel);
}
