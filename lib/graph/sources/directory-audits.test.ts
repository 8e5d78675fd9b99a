import { describe, expect, test } from 'vitest';
import { sourceUrl } from './define-source';
import { AUDIT_PAGE, directoryAuditSources } from './directory-audits';

const WINDOW = { from: '2026-11-28T10:00:00.000Z', to: '2026-12-05T10:00:00.000Z' };
const [settings, groupAdds] = directoryAuditSources(WINDOW);

const event = {
  id: 'Directory_1',
  activityDisplayName: 'Update conditional access policy',
  activityDateTime: '2026-12-03T05:00:00Z',
  result: 'success',
  initiatedBy: { user: { id: 'u1', userPrincipalName: 'alex@contoso.com', displayName: 'Alex' }, app: null },
  targetResources: [
    {
      id: 'p1',
      displayName: 'Require MFA',
      type: 'Policy',
      modifiedProperties: [{ displayName: 'ConditionalAccessPolicy', oldValue: '{"state":"enabled"}', newValue: null }],
    },
  ],
};

describe('the audit-log reads', () => {
  test('ask for the window, the watched activities, newest first, one page of the cap', () => {
    const url = decodeURIComponent(sourceUrl(settings));
    expect(url).toContain(
      `activityDateTime ge ${WINDOW.from} and activityDateTime le ${WINDOW.to} and (activityDisplayName eq 'Add conditional access policy' or`,
    );
    expect(url).toContain("activityDisplayName eq 'Update authorization policy'");
    expect(url).toContain(`$orderby=activityDateTime desc&$top=${AUDIT_PAGE}`);
    expect(url).not.toContain('Add member to group');
    expect(decodeURIComponent(sourceUrl(groupAdds))).toContain("and (activityDisplayName eq 'Add member to group')");
    // One page only: following next links would add round trips.
    expect(settings.collection).toBe(false);
    expect(settings.permission).toBe('AuditLog.Read.All');
  });

  test('parse: events as Graph sends them, and whether the log held more', () => {
    expect(settings.parse({ value: [event] })).toEqual({ ok: true, value: { rows: [event], more: false } });
    const more = settings.parse({ value: [event], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/next' });
    expect(more).toMatchObject({ ok: true, value: { more: true } });
    const app = { ...event, initiatedBy: { user: null, app: { appId: 'a', displayName: 'Microsoft365DSC' } } };
    expect(settings.parse({ value: [app] }).ok).toBe(true);
  });

  test('parse: a malformed answer names the field', () => {
    expect(settings.parse({ value: [{ ...event, activityDateTime: 5 }] })).toMatchObject({
      ok: false,
      path: 'value[0].activityDateTime',
    });
    const { targetResources: _t, ...noTargets } = event;
    expect(settings.parse({ value: [noTargets] })).toMatchObject({ ok: false, path: 'value[0].targetResources' });
    expect(settings.parse({ value: [{ ...event, initiatedBy: null }] })).toMatchObject({
      ok: false,
      path: 'value[0].initiatedBy',
    });
    expect(settings.parse({})).toMatchObject({ ok: false, path: 'value' });
  });
});
