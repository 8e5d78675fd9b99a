/**
 * The card a badge opens: what to set first ("Set *setting* to **value**"), then the points, the
 * reason, whose verdict it is, the evidence in words, and the actions. Text nodes only: Graph strings
 * are untrusted.
 */
import type { BadgeModel } from '../engine/pages/page-badges';
import { shownReason } from '../engine/verdict/status-words';
import { borrowedText, onUserClick, pointsLine, type CardActions, type CardState } from './badge-text';

function textEl<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text: string, className?: string) {
  const el = doc.createElement(tag);
  el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** "Set Users can register applications to No", the setting and the value marked; absent without `setTo`. */
function setToLine(doc: Document, b: BadgeModel): HTMLElement[] {
  if (!b.setTo) return [];
  const line = doc.createElement('p');
  line.className = 'pl-set-to';
  line.append('Set ', textEl(doc, 'em', b.setTo.setting), ' to ', textEl(doc, 'strong', b.setTo.value));
  return [line];
}

function evidenceList(doc: Document, b: BadgeModel): HTMLElement[] {
  if (!b.evidence.length) return [];
  const heading = textEl(doc, 'h3', 'What decided it');
  const list = doc.createElement('ul');
  list.setAttribute('aria-label', 'Evidence');
  for (const line of b.evidence) list.append(textEl(doc, 'li', line));
  return [heading, list];
}

/** The card's text: title, the value to set, points, reason, whose verdict it is, and the evidence. */
export function cardText(doc: Document, b: BadgeModel): HTMLElement[] {
  const out: HTMLElement[] = [textEl(doc, 'h2', b.title), ...setToLine(doc, b)];
  out.push(textEl(doc, 'p', pointsLine(b), 'pl-points'), textEl(doc, 'p', shownReason(b)));
  const whose = borrowedText(b);
  if (whose) out.push(textEl(doc, 'p', whose, b.borrowed?.stale ? 'pl-borrowed pl-stale' : 'pl-borrowed'));
  return [...out, ...evidenceList(doc, b)];
}

/** "Rescan this control": disabled while it runs; the line under the actions says how it went. */
function wireRescan(rescan: HTMLButtonElement, status: HTMLElement, state: CardState, run: () => Promise<void>): void {
  onUserClick(rescan, () => {
    rescan.disabled = true;
    state.status = status.textContent = 'Rescanning…';
    run().then(
      () => {
        rescan.disabled = false;
      },
      (err: unknown) => {
        rescan.disabled = false;
        // A refusal (a limit, with when to retry) or a failure: the background's sentence says which.
        state.status = status.textContent = `Not rescanned: ${err instanceof Error ? err.message : String(err)}`;
      },
    );
  });
}

/** The card's actions row and the status line under it, wired to `actions`. */
export function cardActions(doc: Document, b: BadgeModel, state: CardState, actions: CardActions): HTMLElement[] {
  const row = doc.createElement('div');
  row.className = 'pl-actions';
  const rescan = textEl(doc, 'button', 'Rescan this control');
  rescan.type = 'button';
  const open = textEl(doc, 'button', 'Open in dashboard');
  open.type = 'button';
  row.append(rescan, open);
  const status = textEl(doc, 'p', state.status, 'pl-status');
  status.setAttribute('role', 'status');
  onUserClick(open, () => actions.openInDashboard(b.controlId));
  wireRescan(rescan, status, state, () => actions.rescan(b.controlId));
  return [row, status];
}
