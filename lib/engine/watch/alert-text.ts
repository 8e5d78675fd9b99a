/**
 * A finding in one line, as the notification says it: "Require MFA for admins: −8 points, by
 * alex@contoso.com at 14:02". Plain text (a browser notification renders no markup); Graph's strings
 * are passed through as text.
 */
import { shownCalendarDay, shownDate, type DateZone } from '../format/dates';
import { shownPoints } from '../format/points';
import { statusWord } from '../verdict/status-words';
import { actorText } from './audit-event';
import type { AlertFinding, Who } from './alert-finding';

/** "at 14:02" today, "at 4 Dec 2026, 14:02" before: the day in the zone the admin reads it in. */
function whenText(at: string, now: string, zone: DateZone): string {
  const full = shownDate(at, zone);
  const sameDay = shownDate(now, zone).split(', ')[0] === full.split(', ')[0];
  return `at ${sameDay ? full.split(', ').slice(1).join(', ') : full}`;
}

/** Why nobody is named: "who: grant AuditLog.Read.All to see", "who: unknown, …"; null when there is an event or none to name. */
export function unnamedText(who: Who): string | null {
  switch (who.kind) {
    case 'needsPermission':
      return `who: grant ${who.permission} to see`;
    case 'unreadable':
      return `who: unknown, ${who.reason}`;
    case 'event':
    case 'notInLog':
      return null;
  }
}

/** ", by alex@contoso.com at 14:02", " (who: grant AuditLog.Read.All to see)", or nothing. */
export function whoText(who: Who, now: string, zone: DateZone): string {
  if (who.kind === 'event') return `, by ${actorText(who.event.actor)} ${whenText(who.event.at, now, zone)}`;
  const unnamed = unnamedText(who);
  return unnamed ? ` (${unnamed})` : '';
}

/** "−8 points", "−1 point". */
export function lostText(points: number): string {
  return `−${shownPoints(points)} point${points === 1 ? '' : 's'}`;
}

const nameOf = (x: { readonly id: string; readonly name: string | null }): string => x.name ?? x.id;

/** What happened, without who: the start of the line ("Require MFA for admins: −8 points"). */
export function whatText(f: AlertFinding): string {
  switch (f.kind) {
    case 'regression':
      return f.pointsLost > 0
        ? `${f.title}: ${lostText(f.pointsLost)}`
        : `${f.title}: now ${statusWord[f.after.status]}${f.before ? ` (was ${statusWord[f.before.status]})` : ''}`;
    case 'newFailing':
      return `New control failing: ${f.title}: ${lostText(f.pointsLost)}`;
    case 'reviewDue':
      return f.due === 'review'
        ? `Review due: ${f.title}, ${lostText(f.pointsLost)} until reviewed again (last reviewed by ${f.lastBy})`
        : `Review due: ${f.title} (risk accepted by ${f.lastBy} until ${shownCalendarDay(f.reviewBy)})`;
    case 'exclusionAdded':
      return `${nameOf(f.member)} added to ${nameOf(f.group)}, escaping ${f.policies.map((p) => `“${nameOf(p)}”`).join(', ')}`;
    case 'newControls': {
      const points = f.controls.reduce((n, c) => n + c.maxScore, 0);
      const n = f.controls.length;
      return `${n} new control${n === 1 ? '' : 's'}: ${f.title}, worth ${shownPoints(points)} point${points === 1 ? '' : 's'}`;
    }
  }
}

/** The finding as the notification names it. */
export function findingText(f: AlertFinding, now: string, zone: DateZone = {}): string {
  return `${whatText(f)}${whoText(f.who, now, zone)}`;
}
