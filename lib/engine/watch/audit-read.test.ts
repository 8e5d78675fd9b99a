import { describe, expect, test } from 'vitest';
import { catalogue } from '../../../controls';
import { sourceKey } from '../../graph/sources/define-source';
import { directoryAuditSources } from '../../graph/sources/directory-audits';
import type { GraphOutcome } from '../../graph/sources/graph-request';
import { auditReadOf, auditWindowOf } from './audit-read';

const WINDOW = { from: '2026-11-28T10:00:00.000Z', to: '2026-12-05T10:00:00.000Z' };
const [settingsKey, groupsKey] = directoryAuditSources(WINDOW).map(sourceKey) as [string, string];
const ok = (value: unknown[], more = false): GraphOutcome => ({
  ok: true,
  status: 200,
  pages: 1,
  body: { value, ...(more ? { '@odata.nextLink': 'https://graph.microsoft.com/v1.0/next' } : {}) },
});
const row = (id: string, activity: string, at: string, extra: object = {}) => ({
  id,
  activityDisplayName: activity,
  activityDateTime: at,
  result: 'success',
  initiatedBy: { user: { id: 'u1', userPrincipalName: 'alex@contoso.com' }, app: null },
  targetResources: [],
  ...extra,
});
const read = (settings: GraphOutcome, groups: GraphOutcome = ok([])) =>
  auditReadOf({
    window: WINDOW,
    outcomes: new Map([
      [settingsKey, settings],
      [groupsKey, groups],
    ]),
    controls: catalogue,
    exclusionGroups: [],
    nameOf: () => null,
  });

describe('auditWindowOf', () => {
  test.each([
    ['no previous scan: the last 7 days', undefined, '2026-11-28T10:00:00.000Z'],
    ['from the previous scan', '2026-12-04T22:15:00Z', '2026-12-04T22:15:00.000Z'],
    ['a previous scan older than the log keeps: 30 days back', '2026-09-01T00:00:00Z', '2026-11-05T10:00:00.000Z'],
    [
      'a previous scan in the future (a clock gone wrong): the last 7 days',
      '2026-12-06T00:00:00Z',
      '2026-11-28T10:00:00.000Z',
    ],
  ])('%s', (_name, previous, from) => {
    expect(auditWindowOf('2026-12-05T10:00:00Z', previous)).toEqual({ from, to: '2026-12-05T10:00:00.000Z' });
  });
});

describe('auditReadOf', () => {
  test('events newest first; failed attempts changed nothing and are left out', () => {
    const r = read(
      ok([
        row('a', 'Update authorization policy', '2026-12-01T08:00:00Z'),
        row('b', 'Update conditional access policy', '2026-12-03T05:00:00Z'),
        row('c', 'Update conditional access policy', '2026-12-03T06:00:00Z', { result: 'failure' }),
      ]),
    );
    expect(r.status === 'read' && r.events.map((e) => e.id)).toEqual(['b', 'a']);
    expect(r).not.toHaveProperty('truncated');
  });

  test('more events than one read takes: truncated, said so', () => {
    expect(read(ok([], true))).toMatchObject({ status: 'read', truncated: true });
  });

  test.each([
    [
      '403: the permission to grant',
      { ok: false, status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges' },
      { permission: 'AuditLog.Read.All', reason: expect.stringContaining('grant AuditLog.Read.All') },
    ],
    [
      '403 for the licence: no permission would help',
      { ok: false, status: 403, code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: 'premium' },
      { reason: expect.stringContaining('licence') },
    ],
    ['throttled', { ok: false, status: 429, message: 'Too many requests' }, { reason: expect.stringContaining('429') }],
    [
      'offline',
      { ok: false, status: 'offline', message: 'fetch failed' },
      { reason: expect.stringContaining('reached') },
    ],
    [
      'malformed',
      { ok: true, status: 200, pages: 1, body: { value: [{ id: 'x' }] } },
      { reason: expect.stringContaining("'value[0].activityDisplayName'") },
    ],
  ] as const)('%s: unavailable, with why', (_name, outcome, expected) => {
    const r = read(outcome);
    expect(r).toMatchObject({ status: 'unavailable', ...WINDOW, ...expected });
    if (!('permission' in expected)) expect(r).not.toHaveProperty('permission');
  });

  test('one of the two reads failing makes the whole read unavailable, never a partial list', () => {
    const r = read(ok([row('b', 'Update conditional access policy', '2026-12-03T05:00:00Z')]), {
      ok: false,
      status: 503,
      message: 'Service unavailable',
    });
    expect(r).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('HTTP 503') });
  });
});
