import type { BadgeModel, PageBadges } from '../engine/page-badges';
import { anchors } from './anchors';
import { BADGE_CSS, badgeElement } from './badge-element';
import { findAnchor } from './find-anchor';

/** A host element with its own shadow root, so page styles and ours never leak into each other. */
function shadowHost(
  doc: Document,
  tag: string,
  kind: string,
  controlId?: string,
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute('data-posture-lens', kind);
  if (controlId) host.setAttribute('data-control', controlId);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  root.append(style);
  return { host, root };
}

/** Place inline badges next to their anchors; returns the control ids whose anchor wasn't found. */
export function mountBadges(doc: Document, badges: readonly BadgeModel[]): string[] {
  const missing: string[] = [];
  for (const b of badges) {
    const labels = anchors[b.controlId];
    if (!labels) continue;
    const existing = doc.querySelector(`posture-lens-badge[data-control="${CSS.escape(b.controlId)}"]`);
    const anchor = findAnchor(doc, labels);
    if (!anchor) {
      existing?.remove();
      missing.push(b.controlId);
      continue;
    }
    if (existing && existing.previousElementSibling === anchor) continue; // already in place: no duplicates
    existing?.remove();
    const { host, root } = shadowHost(doc, 'posture-lens-badge', 'badge', b.controlId);
    root.append(badgeElement(doc, b));
    anchor.insertAdjacentElement('afterend', host);
  }
  return missing;
}

/** The page panel: every control this page governs, so the overlay stays useful when a layout changes. */
export function mountPanel(doc: Document, page: PageBadges, missing: readonly string[]): void {
  doc.querySelector('posture-lens-panel')?.remove();
  const { host, root } = shadowHost(doc, 'posture-lens-panel', 'panel');
  const panel = doc.createElement('section');
  panel.className = 'pl-panel';
  panel.setAttribute('aria-label', 'Posture Lens');
  panel.dataset.collapsed = 'false';

  const header = doc.createElement('header');
  const title = doc.createElement('strong');
  title.textContent = page.tenantName ? `Posture Lens · ${page.tenantName}` : 'Posture Lens';
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.textContent = 'Hide';
  toggle.setAttribute('aria-expanded', 'true');
  toggle.addEventListener('click', () => {
    const collapsed = panel.dataset.collapsed !== 'true';
    panel.dataset.collapsed = String(collapsed);
    toggle.textContent = collapsed ? 'Show' : 'Hide';
    toggle.setAttribute('aria-expanded', String(!collapsed));
  });
  header.append(title, toggle);

  const list = doc.createElement('ul');
  if (page.badges.length === 0) {
    const li = doc.createElement('li');
    li.textContent = page.scannedAt
      ? 'No controls of this page were scanned.'
      : 'No scan yet — open Posture Lens and try the demo tenant or connect a tenant.';
    list.append(li);
  }
  for (const b of page.badges) {
    const li = doc.createElement('li');
    const name = doc.createElement('div');
    name.textContent = b.title;
    const reason = doc.createElement('p');
    reason.textContent = b.reason;
    li.append(badgeElement(doc, b), name, reason);
    list.append(li);
  }
  panel.append(header, list);
  if (missing.length) {
    const note = doc.createElement('p');
    note.className = 'pl-missing';
    note.textContent = `Settings not found on this page for inline badges: ${missing.length}.`;
    panel.append(note);
  }
  root.append(panel);
  doc.body.append(host);
}
