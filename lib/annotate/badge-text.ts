/** What a badge says (its text, its accessible name, its card's points line), and the card's contracts. */
import type { BadgeModel } from '../engine/pages/page-badges';
import { staleText } from '../engine/secure-score/borrowed';
import { statusIcon, statusWord } from '../engine/verdict/status-words';
import { reviewIcon, reviewLabel } from '../engine/verdict/review-spec';
import { shownPoints } from '../engine/format/points';
import { measuredDay } from '../engine/secure-score/microsoft-status';

/** "8 pts · failing": icon and words, so colour is never the only signal; "· stale" on an old borrowed verdict. */
export function badgeText(b: BadgeModel): string {
  return `${b.review ? reviewIcon[b.review.state] : statusIcon[b.status]} ${badgeWords(b)}`;
}

function badgeWords(b: BadgeModel): string {
  // A review is attested, not measured: never "passing" or "failing".
  if (b.review) return `${shownPoints(b.maxScore)} pts · ${reviewLabel[b.review.state].toLowerCase()}`;
  if (b.status === 'notApplicable') return statusWord.notApplicable;
  return `${shownPoints(b.maxScore)} pts · ${statusWord[b.status]}${b.borrowed?.stale ? ' · stale' : ''}`;
}

/** "3 of 8 points · partly passing"; out of the score, "— needs Microsoft Entra ID P2", never "0 of 8". */
export function pointsLine(b: BadgeModel): string {
  if (b.review)
    return `${shownPoints(b.score)} of ${shownPoints(b.maxScore)} points · ${reviewLabel[b.review.state]} · a ${b.review.cadence} review, attested by an admin, not measured`;
  if (b.status === 'notApplicable') return 'Not applicable: no points either way';
  if (b.outOfScore) return `${statusWord[b.status]} · — ${b.outOfScore} · not counted in the score`;
  return `${shownPoints(b.score)} of ${shownPoints(b.maxScore)} points · ${statusWord[b.status]}`;
}

/**
 * What a screen reader says for a badge: its visible words first (WCAG 2.5.3, label in name: a voice
 * user says what they see), then whose badge, the control and its points.
 */
export function badgeName(b: BadgeModel): string {
  if (b.status === 'notApplicable') return `${badgeWords(b)} — Posture Lens: ${b.title}`;
  const whose = b.borrowed ? `, Microsoft Secure Score's verdict${b.borrowed.stale ? ', stale' : ''}` : '';
  // Read aloud, so words rather than "—".
  const points = b.outOfScore
    ? `not counted in the score (${b.outOfScore})`
    : `${shownPoints(b.score)} of ${shownPoints(b.maxScore)} points`;
  return `${badgeWords(b)} — Posture Lens: ${b.title}, ${points}${whose}`;
}

/**
 * "Microsoft Secure Score's verdict, measured 23 Nov 2026 — stale: measured 12 days before this scan
 * (more than 7)." Stale is decided against the scan's time (lib/engine/secure-score/borrowed.ts).
 */
export function borrowedText(b: BadgeModel): string | undefined {
  const m = b.borrowed;
  if (!m) return undefined;
  return `${m.from}'s verdict, measured ${measuredDay(m.measuredAt)}${m.stale ? ` — ${staleText(m)}` : ''}.`;
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
