import { describe, expect, it } from 'vitest';
import { actorText, auditEventsFor, type AuditEvent } from './audit-event';

const event = (id: string, at: string, controls: string[]): AuditEvent => ({
  id,
  activity: 'Update conditional access policy',
  at,
  actor: { kind: 'user', upn: 'alex@contoso.com' },
  targets: [],
  changed: [],
  controls,
});

describe('auditEventsFor', () => {
  it('lists the events that touched the control, newest first', () => {
    const scan = {
      audit: {
        status: 'read' as const,
        from: '2026-12-01T00:00:00Z',
        to: '2026-12-02T00:00:00Z',
        events: [
          event('a', '2026-12-01T10:00:00Z', ['ca-mfa-all-users']),
          event('b', '2026-12-01T12:00:00Z', ['ca-mfa-all-users', 'ca-block-legacy']),
          event('c', '2026-12-01T11:00:00Z', ['ca-block-legacy']),
        ],
      },
    };
    expect(auditEventsFor(scan, 'ca-mfa-all-users').map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('has nothing to say when the log could not be read or was not read', () => {
    const from = '2026-12-01T00:00:00Z';
    const unavailable = { status: 'unavailable' as const, from, to: from, reason: 'HTTP 403' };
    expect(auditEventsFor({ audit: unavailable }, 'x')).toEqual([]);
    expect(auditEventsFor({}, 'x')).toEqual([]);
  });
});

describe('actorText', () => {
  it('names a person by UPN, an app as an app, and never guesses', () => {
    expect(actorText({ kind: 'user', upn: 'alex@contoso.com' })).toBe('alex@contoso.com');
    expect(actorText({ kind: 'app', name: 'Microsoft365DSC' })).toBe('Microsoft365DSC (app)');
    expect(actorText(null)).toMatch(/doesn’t name/);
  });
});
