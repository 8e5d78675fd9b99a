import type { PageBadges } from '../engine/pages/page-badges';
import { badgeWithCard } from './badge-element';
import type { CardActions, CardState } from './badge-text';
import { anchorFor, findAnchors } from './find-anchor';
import { BADGE_CSS } from './overlay-css';
import { drawPanel, type PanelState } from './page-panel';

export type { PanelState } from './page-panel';

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

/**
 * Redraws a badge, keeping the keyboard where it was: the same-named button, or the badge itself when
 * that one is gone (a rescan changed the verdict while its card was open).
 */
function refill(doc: Document, root: ShadowRoot, content: Node): void {
  const active = root.activeElement;
  const name = active instanceof HTMLElement ? active.textContent : null;
  fill(doc, root, content);
  if (name === null) return;
  const buttons = [...root.querySelectorAll<HTMLElement>('button')];
  (buttons.find((b) => b.textContent === name) ?? buttons[0])?.focus();
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
        refill(doc, host.shadowRoot, badgeWithCard(doc, b, state, actions, anchor));
        was.key = key;
      }
      continue;
    }
    host?.remove();
    const made = shadowHost(doc, BADGE_TAG, 'badge');
    made.host.setAttribute('data-control', b.controlId);
    fill(doc, made.root, badgeWithCard(doc, b, state, actions, anchor));
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

/**
 * The page panel (page-panel.ts): every control this page governs, and which inline anchors weren't
 * found. Starts as a tab unless `state` says otherwise; redrawn only on change.
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
  const root = (host as HTMLElement).shadowRoot;
  if (!root) return;
  const fillRoot = (r: ShadowRoot, ...content: Node[]) => fill(doc, r, ...content);
  drawPanel(doc, root, fillRoot, { page, missing, state }, () => mountPanel(doc, page, missing, state));
}
