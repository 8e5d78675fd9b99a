import { describe, expect, test } from 'vitest';
import type { AuditEvent, AuditRead } from '../watch/audit-event';
import type { Status } from '../verdict/status';
import { clearDisposition, recordDisposition, type DispositionRecord } from './dispositions';
import { buildTimeline, changeWords, timelineHash, type TimelineEntry, type TimelineScanInput } from './timeline';

const ID = 'entra-ca-mfa-admins-required';
const day = (d: number, h = 6): string => new Date(Date.UTC(2026, 11, d, h)).toISOString();

/** A scan on day `d` of December 2026 where the control measured `status` and `score` of 8. */
function scan(d: number, status: Status, score: number, audit?: AuditRead): TimelineScanInput {
  return {
    scannedAt: day(d),
    controls: [
      { id: ID, status, score, maxScore: 8 },
      { id: 'other', status: 'pass', score: 1, maxScore: 1 },
    ],
    ...(audit ? { audit } : {}),
  };
}

function event(id: string, at: string, actor: AuditEvent['actor'], controls = [ID]): AuditEvent {
  return {
    id,
    activity: 'Update conditional access policy',
    at,
    actor,
    targets: [{ id: 'p1', type: 'Policy', name: 'Require MFA for admins' }],
    changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
    controls,
  };
}

const read = (events: AuditEvent[]): AuditRead => ({ status: 'read', from: day(1), to: day(31), events });
const unavailable: AuditRead = {
  status: 'unavailable',
  from: day(1),
  to: day(31),
  reason: 'The signed-in account can’t read the audit log.',
  permission: 'AuditLog.Read.All',
};
const alex = { kind: 'user', upn: 'alex@contoso.com' } as const;
const dsc = { kind: 'app', name: 'Microsoft365DSC' } as const;

/** Entries as short lines, to compare whole timelines at a glance. */
function lines(entries: readonly TimelineEntry[]): string[] {
  return entries.map((e) => {
    switch (e.kind) {
      case 'scan':
        return `${e.at.slice(8, 10)} ${e.change ?? 'first'}${e.events.length ? ` [${e.events.map((v) => v.id).join(',')}]` : ''}${e.whoUnknown ? ' (who?)' : ''}`;
      case 'unchanged':
        return `${e.to.slice(8, 10)}…${e.from.slice(8, 10)} unchanged ×${e.scans}`;
      case 'disposition':
        return `${e.at.slice(8, 10)} ${e.by} ${e.action} ${e.label}`;
    }
  });
}

describe('changeWords', () => {
  test.each([
    ['fail', 0, 'pass', 8, 'Failing → Passing, +8 points'],
    ['pass', 8, 'fail', 0, 'Passing → Failing, −8 points'],
    ['partial', 3, 'partial', 4, 'Partly passing, +1 point'],
    ['partial', 4.5, 'partial', 3.25, 'Partly passing, −1.3 points'],
    ['fail', 0, 'unknown', 0, "Failing → Couldn't tell, points unchanged"],
    ['pass', 8, 'pass', 8, 'Status and points unchanged'],
  ] as const)('%s %d → %s %d: %s', (s1, p1, s2, p2, words) => {
    expect(changeWords({ status: s1, score: p1, maxScore: 8 }, { status: s2, score: p2, maxScore: 8 })).toBe(words);
  });
});

describe('buildTimeline', () => {
  test('status changes, newest first, the oldest scan with nothing to compare', () => {
    const t = buildTimeline(ID, [scan(3, 'pass', 8), scan(2, 'fail', 0), scan(1, 'partial', 4)], null);
    expect(lines(t)).toEqual(['03 Failing → Passing, +8 points', '02 Partly passing → Failing, −4 points', '01 first']);
    expect(t[0]).toMatchObject({ kind: 'scan', mark: { status: 'pass', score: 8, maxScore: 8 } });
  });

  test('runs of unchanged scans fold into one entry with their first and last date', () => {
    const scans = [scan(20, 'fail', 0)];
    for (let d = 19; d >= 6; d--) scans.push(scan(d, 'pass', 8));
    scans.push(scan(5, 'fail', 0), scan(4, 'fail', 0), scan(3, 'fail', 0));
    const t = buildTimeline(ID, scans, null);
    expect(lines(t)).toEqual([
      '20 Passing → Failing, −8 points',
      '19…07 unchanged ×13',
      '06 Failing → Passing, +8 points',
      '05…04 unchanged ×2',
      '03 first',
    ]);
    expect(t[1]).toMatchObject({ from: day(7), to: day(19), mark: { status: 'pass', score: 8 } });
  });

  test('the latest scans unchanged are the top entry', () => {
    const t = buildTimeline(ID, [scan(4, 'pass', 8), scan(3, 'pass', 8), scan(2, 'pass', 8), scan(1, 'fail', 0)], null);
    expect(lines(t)).toEqual(['04…03 unchanged ×2', '02 Failing → Passing, +8 points', '01 first']);
  });

  test('audit events by a user and by an app sit on the scan that read them, newest first', () => {
    const byAlex = event('e1', day(2, 9), alex);
    const byDsc = event('e2', day(2, 14), dsc);
    const elsewhere = event('e3', day(2, 10), alex, ['other']);
    const t = buildTimeline(ID, [scan(3, 'fail', 0, read([byAlex, elsewhere, byDsc])), scan(1, 'pass', 8)], null);
    expect(lines(t)).toEqual(['03 Passing → Failing, −8 points [e2,e1]', '01 first']);
    const top = t[0];
    expect(top?.kind === 'scan' && top.events.map((e) => e.actor)).toEqual([dsc, alex]);
  });

  test('an event read by two overlapping scans is shown once, on the first', () => {
    const e = event('e1', day(2, 9), alex);
    const t = buildTimeline(
      ID,
      [scan(3, 'fail', 0, read([e])), scan(2, 'fail', 0, read([e])), scan(1, 'pass', 8)],
      null,
    );
    expect(lines(t)).toEqual(['03…03 unchanged ×1', '02 Passing → Failing, −8 points [e1]', '01 first']);
  });

  test('an unchanged scan that attached an event is shown, not folded', () => {
    const t = buildTimeline(ID, [scan(2, 'pass', 8, read([event('e1', day(2, 1), alex)])), scan(1, 'pass', 8)], null);
    expect(lines(t)).toEqual(['02 Status and points unchanged [e1]', '01 first']);
  });

  test('an unreadable audit log is said once on the change it leaves unexplained, never guessed', () => {
    const t = buildTimeline(
      ID,
      [scan(3, 'fail', 0, unavailable), scan(2, 'pass', 8, unavailable), scan(1, 'pass', 8)],
      null,
    );
    expect(lines(t)).toEqual(['03 Passing → Failing, −8 points (who?)', '02…02 unchanged ×1', '01 first']);
    expect(t[0]).toMatchObject({ events: [], whoUnknown: 'Who changed it: grant AuditLog.Read.All to see.' });
    const { permission: _, ...throttled } = { ...unavailable, reason: 'Graph was busy (429).' };
    const other = buildTimeline(ID, [scan(2, 'fail', 0, throttled), scan(1, 'pass', 8)], null);
    expect(other[0]).toMatchObject({
      whoUnknown: 'Who changed it: the audit log couldn’t be read. Graph was busy (429).',
    });
  });

  test('a truncated audit read that names no one for a change says so; one that names someone says nothing more', () => {
    const truncated = (events: AuditEvent[]): AuditRead => ({
      status: 'read',
      from: day(1),
      to: day(31),
      events,
      truncated: true,
    });
    const none = buildTimeline(ID, [scan(2, 'fail', 0, truncated([])), scan(1, 'pass', 8)], null);
    expect(none[0]).toMatchObject({
      whoUnknown: 'Who changed it: not among the audit events read (the log held more than one scan reads).',
    });
    const named = buildTimeline(
      ID,
      [scan(2, 'fail', 0, truncated([event('e1', day(2, 1), alex)])), scan(1, 'pass', 8)],
      null,
    );
    expect(named[0]).toMatchObject({ whoUnknown: null, events: [{ id: 'e1' }] });
  });

  test('scans from before the audit read say nothing about who', () => {
    const t = buildTimeline(ID, [scan(2, 'fail', 0), scan(1, 'pass', 8)], null);
    expect(t[0]).toMatchObject({ whoUnknown: null, events: [] });
  });

  test('the disposition trail is interleaved by time', () => {
    let record: DispositionRecord = recordDisposition(
      undefined,
      { tenantId: 't', controlId: ID },
      { kind: 'riskAccepted', reason: 'Break-glass only', reviewBy: '2027-01-31' },
      'sam@contoso.com',
      day(2, 12),
    );
    record = clearDisposition(record, 'alex@contoso.com', day(4, 12));
    const scans = [scan(5, 'pass', 8), scan(4, 'fail', 0), scan(3, 'fail', 0), scan(2, 'fail', 0), scan(1, 'fail', 0)];
    const t = buildTimeline(ID, scans, record);
    expect(lines(t)).toEqual([
      '05 Failing → Passing, +8 points',
      '04 alex@contoso.com cleared Risk accepted',
      '04…03 unchanged ×2',
      '02 sam@contoso.com set Risk accepted',
      '02…02 unchanged ×1',
      '01 first',
    ]);
    expect(t[3]).toMatchObject({ reason: 'Break-glass only', reviewBy: '2027-01-31' });
  });

  test('scans from before the control existed are left out', () => {
    const without: TimelineScanInput = { scannedAt: day(1), controls: [] };
    expect(lines(buildTimeline(ID, [scan(2, 'pass', 8), without], null))).toEqual(['02 first']);
    expect(buildTimeline(ID, [without], null)).toEqual([]);
  });

  test('hostile text stays text: names and values pass through as they are', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const e: AuditEvent = {
      ...event('e1', day(2, 9), { kind: 'user', upn: `${hostile}@contoso.com` }),
      changed: [{ field: hostile, before: '"}</li><script>', after: 'Failing → Passing, +8 points' }],
    };
    const t = buildTimeline(ID, [scan(2, 'fail', 0, read([e])), scan(1, 'pass', 8)], null);
    const top = t[0];
    if (top?.kind !== 'scan') throw new Error('expected a scan entry');
    expect(top.events[0]?.actor).toEqual({ kind: 'user', upn: `${hostile}@contoso.com` });
    expect(top.events[0]?.changed[0]).toEqual(e.changed[0]);
    // The change words come from the measurements, never from what a log entry says.
    expect(top.change).toBe('Passing → Failing, −8 points');
  });

  test('a stored audit read of the wrong shape gives no events and no crash', () => {
    const broken = { status: 'read', from: day(1), to: day(2), events: [{ id: 1 }] } as unknown as AuditRead;
    expect(lines(buildTimeline(ID, [scan(2, 'fail', 0, broken), scan(1, 'pass', 8)], null))).toEqual([
      '02 Passing → Failing, −8 points',
      '01 first',
    ]);
  });

  test('a year of daily scans with four changes is ten entries', () => {
    const scans: TimelineScanInput[] = [];
    for (let i = 0; i < 365; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString();
      const passing = [90, 180, 270, 300].filter((d) => i >= d).length % 2 === 1;
      scans.unshift({ ...scan(1, passing ? 'pass' : 'fail', passing ? 8 : 0), scannedAt: at });
    }
    const t = buildTimeline(ID, scans, null);
    expect(t.map((e) => e.kind)).toEqual([
      'unchanged',
      'scan',
      'unchanged',
      'scan',
      'unchanged',
      'scan',
      'unchanged',
      'scan',
      'unchanged',
      'scan',
    ]);
    expect(t.filter((e) => e.kind === 'unchanged').reduce((n, e) => n + e.scans, 0)).toBe(360);
  });
});

test('the deep link to a timeline is the agreed one, the id encoded', () => {
  expect(timelineHash('entra-legacy-auth-blocked')).toBe('#control=entra-legacy-auth-blocked&view=timeline');
  expect(timelineHash('a&view=x')).toBe('#control=a%26view%3Dx&view=timeline');
});
