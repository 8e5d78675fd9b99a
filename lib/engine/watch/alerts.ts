/**
 * What to tell the admin after a scheduled scan (issue 15 §1): from the tenant's previous scan, the new
 * one and the tenant's watch settings, the findings worst first and at most one notification that
 * names the worst and counts the rest. Improvements never notify. Pure: the background shows it.
 */
import type { DateZone } from '../format/dates';
import type { DisposedScan } from '../history/dispositions';
import type { AlertFinding } from './alert-finding';
import { findingText } from './alert-text';
import { exclusionAdditions } from './exclusion-additions';
import { newControls, reviewsCome, scoreDrops } from './score-findings';
import type { WatchSettings, WatchThreshold } from './watch-settings';

export interface WatchInput {
  /** The tenant's scan before this one, scored with the dispositions of its time; null: nothing to compare. */
  readonly previous: DisposedScan | null;
  /** The scan just made, scored with today's dispositions. */
  readonly next: DisposedScan;
  readonly settings: WatchSettings;
  /** Controls already notified as new for this tenant: each is announced once. */
  readonly seenNew: ReadonlySet<string>;
  /** ISO 8601. */
  readonly now: string;
  /** Whose clock "at 14:02" is read on (the viewer's unless given). */
  readonly zone?: DateZone;
}

/** One browser notification: plain text, and the control its click opens at its timeline. */
export interface AlertNotification {
  readonly title: string;
  readonly message: string;
  readonly controlId: string | null;
}

export interface WatchDecision {
  /** Everything the scan found worth telling, worst first, whatever the threshold. */
  readonly findings: readonly AlertFinding[];
  /** Null when nothing passed the threshold or the tenant's watch is off. */
  readonly notification: AlertNotification | null;
  /** New controls the notification announced: mark them seen so they notify once. */
  readonly announcedNew: readonly string[];
}

// A person escaping a policy outranks any drop that costs no points; points lost decide the rest.
const RANK: Record<AlertFinding['kind'], number> = {
  exclusionAdded: 0,
  regression: 1,
  newFailing: 2,
  reviewDue: 3,
  newControls: 4,
};

function worstFirst(a: AlertFinding, b: AlertFinding): number {
  return (
    b.pointsLost - a.pointsLost || RANK[a.kind] - RANK[b.kind] || (a.controlId ?? '').localeCompare(b.controlId ?? '')
  );
}

/** Drops are held to the threshold; what costs no points (reviews, group additions, new controls) always counts. */
export function meetsThreshold(f: AlertFinding, t: WatchThreshold): boolean {
  if (f.kind !== 'regression' && f.kind !== 'newFailing') return true;
  switch (t.kind) {
    case 'anyDrop':
      return true;
    case 'points':
      return f.pointsLost >= t.points;
    case 'ownOnly':
      return f.source === 'posture-lens';
  }
}

/** The findings of one scan against the previous one. A first scan has nothing to compare and finds nothing. */
export function findingsOf(input: Pick<WatchInput, 'previous' | 'next' | 'seenNew' | 'now'>): AlertFinding[] {
  const { previous, next } = input;
  if (!previous) return [];
  const fresh = newControls(previous, next, input.seenNew);
  return [
    ...scoreDrops(previous, next),
    ...exclusionAdditions(previous, next),
    ...reviewsCome(previous, next, input.now),
    ...(fresh ? [fresh] : []),
  ].sort(worstFirst);
}

export function decideAlerts(input: WatchInput): WatchDecision {
  const findings = findingsOf(input);
  const told = input.settings.notify ? findings.filter((f) => meetsThreshold(f, input.settings.threshold)) : [];
  const [worst, ...rest] = told;
  if (!worst) return { findings, notification: null, announcedNew: [] };
  const more = rest.length > 0 ? ` · and ${rest.length} more` : '';
  const lost = told.reduce((n, f) => n + f.pointsLost, 0);
  return {
    findings,
    notification: {
      title: `${input.next.tenant.displayName}: ${lost > 0 ? 'posture dropped' : 'something to look at'}`,
      message: `${findingText(worst, input.now, input.zone)}${more}`,
      controlId: worst.controlId,
    },
    announcedNew: told.flatMap((f) => (f.kind === 'newControls' ? f.controls.map((c) => c.id) : [])),
  };
}
