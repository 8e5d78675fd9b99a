import type { BadgeModel } from '../engine/pages/page-badges';
import { staleText } from '../engine/secure-score/borrowed';
import { shownReason, statusIcon, statusWord } from '../engine/verdict/status-words';

export const BADGE_CSS = `
:host { all: initial; }
.pl-wrap { position: relative; display: inline-block; margin-left: 8px; vertical-align: middle; font: 13px/1.4 system-ui, 'Segoe UI', sans-serif; }
.pl-badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; white-space: nowrap;
  border-radius: 10px; font: 600 12px/18px system-ui, 'Segoe UI', sans-serif; border: 1px solid; }
button.pl-badge { cursor: pointer; }
button.pl-badge:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.pass { color: #0d652d; background: #e6f4ea; border-color: #137333; }
.partial { color: #7a4100; background: #fef7e0; border-color: #b06000; }
.fail { color: #a50e0e; background: #fce8e6; border-color: #c5221f; }
.unknown, .notLicensed, .manual, .notApplicable { color: #3c4043; background: #f1f3f4; border-color: #80868b; }
.pl-card { position: absolute; left: 0; top: calc(100% + 6px); z-index: 2147483646; width: 340px; padding: 12px;
  background: #fff; color: #1f2328; border: 1px solid #d1d9e0; border-radius: 10px; box-shadow: 0 6px 20px rgba(0,0,0,.2); text-align: left; }
.pl-card[hidden] { display: none; }
.pl-card h2 { font-size: 14px; margin: 0 0 4px; }
.pl-card p { margin: 4px 0; }
.pl-card .pl-points { color: #59636e; }
.pl-card .pl-stale { color: #7a4100; font-weight: 600; }
.pl-card ul { margin: 6px 0; padding-left: 18px; color: #3c4043; font-size: 12px; overflow-wrap: anywhere; }
.pl-card .pl-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.pl-card button, .pl-card a { font: inherit; font-size: 12px; border: 1px solid #d1d9e0; background: #f6f8fa; color: #0b57d0;
  border-radius: 6px; padding: 3px 8px; cursor: pointer; text-decoration: none; }
.pl-card button:disabled { color: #59636e; cursor: progress; }
.pl-card .pl-status { color: #59636e; font-size: 12px; }
.pl-card .pl-status:empty { margin: 0; }
.pl-panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; width: 340px; max-height: 60vh; overflow: auto;
  background: #fff; color: #1f2328; border: 1px solid #d1d9e0; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, 'Segoe UI', sans-serif; }
.pl-panel header { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid #d1d9e0; }
.pl-panel header h2 { font-size: 13px; margin: 0; }
.pl-panel button { font: inherit; border: 1px solid #d1d9e0; background: #f6f8fa; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.pl-panel .pl-page { margin: 0; padding: 6px 12px 0; color: #59636e; font-size: 12px; }
.pl-panel ul { list-style: none; margin: 0; padding: 8px 12px; display: grid; gap: 10px; }
.pl-panel li p { margin: 2px 0 0; color: #59636e; }
.pl-panel .pl-missing { margin: 0; padding: 0 12px 10px; color: #7a4100; font-size: 12px; }
.pl-panel[data-collapsed="true"] .pl-body { display: none; }
`;

/** "8 pts · failing": icon and words, so colour is never the only signal; "· stale" on an old borrowed verdict. */
export function badgeText(b: BadgeModel): string {
  if (b.status === 'notApplicable') return `${statusIcon.notApplicable} ${statusWord.notApplicable}`;
  return `${statusIcon[b.status]} ${b.maxScore} pts · ${statusWord[b.status]}${b.borrowed?.stale ? ' · stale' : ''}`;
}

/** "3 of 8 points · partly passing"; out of the score, "— needs Microsoft Entra ID P2", never "0 of 8". */
export function pointsLine(b: BadgeModel): string {
  if (b.status === 'notApplicable') return 'Not applicable: no points either way';
  if (b.outOfScore) return `${statusWord[b.status]} · — ${b.outOfScore} · not counted in the score`;
  return `${b.score} of ${b.maxScore} points · ${statusWord[b.status]}`;
}

/** What a screen reader says for a badge. */
export function badgeName(b: BadgeModel): string {
  if (b.status === 'notApplicable') return `Posture Lens: ${b.title} — not applicable`;
  const whose = b.borrowed ? `, Microsoft Secure Score's verdict${b.borrowed.stale ? ', stale' : ''}` : '';
  // Read aloud, so words rather than "—".
  const points = b.outOfScore ? `not counted in the score (${b.outOfScore})` : `${b.score} of ${b.maxScore} points`;
  return `Posture Lens: ${b.title} — ${statusWord[b.status]}, ${points}${whose}`;
}

/**
 * "Microsoft Secure Score's verdict, measured 2026-11-23 — stale: measured 12 days before this scan
 * (more than 7)." Stale is decided against the scan's time (lib/engine/secure-score/borrowed.ts).
 */
export function borrowedText(b: BadgeModel): string | undefined {
  const m = b.borrowed;
  if (!m) return undefined;
  return `${m.from}'s verdict, measured ${m.measuredAt.slice(0, 10)}${m.stale ? ` — ${staleText(m)}` : ''}.`;
}

/** A non-interactive chip, for the panel's list. Text nodes only: Graph strings are untrusted. */
export function badgeChip(doc: Document, b: BadgeModel): HTMLElement {
  const el = doc.createElement('span');
  el.className = `pl-badge ${b.status}`;
  el.textContent = badgeText(b);
  return el;
}

/**
 * Runs `act` only for input the browser says came from the user. The badge lives in an open shadow
 * root an admin page's own scripts can reach: their `click()` or `dispatchEvent` carries
 * `isTrusted: false` (which a page can't forge), so a page can't rescan, open tabs or toggle for the user.
 * https://dom.spec.whatwg.org/#dom-event-istrusted
 */
export function onUserClick(el: HTMLElement, act: () => void): void {
  el.addEventListener('click', (e) => {
    if (e.isTrusted) act();
  });
}

export interface CardActions {
  rescan(controlId: string): Promise<void>;
  openInDashboard(controlId: string): void;
}

export interface CardState {
  open: boolean;
  /** A line under the actions: "Rescanning…", the rescan time, or why it failed. */
  status: string;
}

/** The card's text: title, points, reason, whose verdict it is, and the evidence. Text nodes only. */
function cardText(doc: Document, b: BadgeModel): HTMLElement[] {
  const title = doc.createElement('h2');
  title.textContent = b.title;
  const points = doc.createElement('p');
  points.className = 'pl-points';
  points.textContent = pointsLine(b);
  const reason = doc.createElement('p');
  reason.textContent = shownReason(b);
  const out: HTMLElement[] = [title, points, reason];
  const whose = borrowedText(b);
  if (whose) {
    const line = doc.createElement('p');
    line.className = b.borrowed?.stale ? 'pl-borrowed pl-stale' : 'pl-borrowed';
    line.textContent = whose;
    out.push(line);
  }
  if (b.evidence.length) {
    const list = doc.createElement('ul');
    list.setAttribute('aria-label', 'Evidence');
    for (const line of b.evidence) {
      const li = doc.createElement('li');
      li.textContent = line;
      list.append(li);
    }
    out.push(list);
  }
  return out;
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
function cardActions(doc: Document, b: BadgeModel, state: CardState, actions: CardActions): HTMLElement[] {
  const row = doc.createElement('div');
  row.className = 'pl-actions';
  const rescan = doc.createElement('button');
  rescan.type = 'button';
  rescan.textContent = 'Rescan this control';
  const open = doc.createElement('button');
  open.type = 'button';
  open.textContent = 'Open in dashboard';
  row.append(rescan, open);
  const status = doc.createElement('p');
  status.className = 'pl-status';
  status.setAttribute('role', 'status');
  status.textContent = state.status;
  onUserClick(open, () => actions.openInDashboard(b.controlId));
  wireRescan(rescan, status, state, () => actions.rescan(b.controlId));
  return [row, status];
}

/** The card opens on hover, stays open once clicked (until clicked again), and Escape closes it. */
function wireToggle(wrap: HTMLElement, button: HTMLButtonElement, card: HTMLElement, state: CardState): void {
  const show = (on: boolean) => {
    state.open = on;
    card.hidden = !on;
    button.setAttribute('aria-expanded', String(on));
  };
  let pinned = false;
  onUserClick(button, () => {
    pinned = !pinned || card.hidden;
    show(pinned);
  });
  wrap.addEventListener('mouseenter', () => show(true));
  wrap.addEventListener('mouseleave', () => {
    if (!pinned) show(false);
  });
  wrap.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    pinned = false;
    show(false);
    button.focus();
  });
}

/**
 * The inline badge: a button showing "8 pts · failing", and the card it opens on hover or click with
 * the reason, an evidence summary, the points, "Open in dashboard" and "Rescan this control".
 */
export function badgeWithCard(doc: Document, b: BadgeModel, state: CardState, actions: CardActions): HTMLElement {
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
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', `Posture Lens: ${b.title}`);
  card.hidden = !state.open;
  card.append(...cardText(doc, b), ...cardActions(doc, b, state, actions));
  wireToggle(wrap, button, card, state);
  wrap.append(button, card);
  return wrap;
}
