import type { BadgeModel } from '../engine/pages/page-badges';
import { cardActions, cardText } from './badge-card';
import { badgeName, badgeText, onUserClick, type CardActions, type CardState } from './badge-text';
import { placeCard } from './place-card';

/** A non-interactive chip, for the panel's list. Text nodes only: Graph strings are untrusted. */
export function badgeChip(doc: Document, b: BadgeModel): HTMLElement {
  const el = doc.createElement('span');
  el.className = `pl-badge ${b.status}`;
  el.textContent = badgeText(b);
  return el;
}

/**
 * The card opens and closes with the badge (a button: a click, Enter or Space), closes on Escape with
 * focus back on the badge, and on a click elsewhere on the page. Nothing opens it but the admin: no
 * hover, so moving the mouse across a form never covers it with cards. Focus is never trapped.
 */
function wireToggle(
  wrap: HTMLElement,
  button: HTMLButtonElement,
  card: HTMLElement,
  state: CardState,
  anchor: Element | null,
): void {
  const doc = wrap.ownerDocument;
  let unplace: (() => void) | undefined;
  const outside = (e: Event) => {
    // A badge redrawn since (a new verdict) leaves this listener behind: it only removes itself.
    if (!wrap.isConnected) doc.removeEventListener('pointerdown', outside, true);
    else if (!e.composedPath().includes(wrap)) show(false);
  };
  function show(on: boolean): void {
    state.open = on;
    card.hidden = !on;
    button.setAttribute('aria-expanded', String(on));
    unplace?.();
    unplace = undefined;
    doc.removeEventListener('pointerdown', outside, true);
    if (!on || !wrap.isConnected) return;
    unplace = placeCard(card, button, anchor);
    doc.addEventListener('pointerdown', outside, true);
  }
  onUserClick(button, () => show(card.hidden));
  wrap.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || card.hidden) return;
    e.stopPropagation();
    show(false);
    button.focus();
  });
  // Redrawn while open (a rescan's new verdict): open again once the badge is back on the page.
  if (state.open) queueMicrotask(() => show(true));
}

/**
 * The inline badge: a button showing "8 pts · failing", and the card it opens with the value to set,
 * the reason, the evidence in words, the points, "Open in dashboard" and "Rescan this control". The
 * card is placed beside `anchor` (the setting's label) and the badge, never on top of them.
 */
export function badgeWithCard(
  doc: Document,
  b: BadgeModel,
  state: CardState,
  actions: CardActions,
  anchor: Element | null = null,
): HTMLElement {
  const wrap = doc.createElement('span');
  wrap.className = 'pl-wrap';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = `pl-badge ${b.status}`;
  button.textContent = badgeText(b);
  button.setAttribute('aria-label', badgeName(b));
  button.setAttribute('aria-expanded', String(state.open));

  const card = doc.createElement('div');
  card.className = 'pl-card';
  card.id = `pl-card-${b.controlId}`;
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', `Posture Lens: ${b.title}`);
  button.setAttribute('aria-controls', card.id);
  card.hidden = true;
  card.append(...cardText(doc, b), ...cardActions(doc, b, state, actions));
  wireToggle(wrap, button, card, state, anchor);
  wrap.append(button, card);
  return wrap;
}
