import type { BadgeModel } from '../engine/page-badges';
import type { Status } from '../engine/status';

const ICON: Record<Status, string> = {
  pass: '✓',
  partial: '◐',
  fail: '✕',
  unknown: '?',
  notLicensed: '—',
  manual: '✎',
};
const WORD: Record<Status, string> = {
  pass: 'passing',
  partial: 'partly passing',
  fail: 'failing',
  unknown: "couldn't tell",
  notLicensed: 'not licensed',
  manual: 'check by hand',
};

export const BADGE_CSS = `
:host { all: initial; }
.pl-badge { display: inline-flex; align-items: center; gap: 4px; margin-left: 8px; padding: 1px 8px;
  border-radius: 10px; font: 600 12px/18px system-ui, 'Segoe UI', sans-serif; border: 1px solid; cursor: help; vertical-align: middle; }
.pass { color: #0d652d; background: #e6f4ea; border-color: #137333; }
.partial { color: #7a4100; background: #fef7e0; border-color: #b06000; }
.fail { color: #a50e0e; background: #fce8e6; border-color: #c5221f; }
.unknown, .notLicensed, .manual { color: #3c4043; background: #f1f3f4; border-color: #80868b; }
.pl-panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; width: 320px; max-height: 60vh; overflow: auto;
  background: #fff; color: #1f2328; border: 1px solid #d1d9e0; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, 'Segoe UI', sans-serif; }
.pl-panel header { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; border-bottom: 1px solid #d1d9e0; }
.pl-panel header strong { font-size: 13px; }
.pl-panel button { font: inherit; border: 1px solid #d1d9e0; background: #f6f8fa; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.pl-panel ul { list-style: none; margin: 0; padding: 8px 12px; display: grid; gap: 8px; }
.pl-panel li p { margin: 2px 0 0; color: #59636e; }
.pl-panel .pl-missing { padding: 0 12px 8px; color: #59636e; font-size: 12px; }
.pl-panel[data-collapsed="true"] ul, .pl-panel[data-collapsed="true"] .pl-missing { display: none; }
`;

/** "8 pts · failing": colour, icon and an accessible name; built with text nodes only (Graph strings are untrusted). */
export function badgeElement(doc: Document, b: BadgeModel): HTMLElement {
  const el = doc.createElement('span');
  el.className = `pl-badge ${b.status}`;
  el.setAttribute('role', 'note');
  el.setAttribute(
    'aria-label',
    `Posture Lens: ${b.title} — ${WORD[b.status]}, ${b.score} of ${b.maxScore} points. ${b.reason}`,
  );
  el.title = `${b.title}\n${b.reason}`;
  el.textContent = `${ICON[b.status]} ${b.maxScore} pts · ${WORD[b.status]}`;
  return el;
}
