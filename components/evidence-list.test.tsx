import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Evidence } from '../lib/engine/verdict/verdict';
import { fieldLabel } from './evidence-label';
import { EvidenceList } from './evidence-list';
import { scalarText } from './evidence-value';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)> Finance';
const BG = '41a640f4-d79b-48a9-95c7-18969bc1a9fb';
const OTHER = '0e3937e6-a26a-471f-b364-45c480b3ef0d';
const GA = '62e90394-69f5-4237-9190-012177145e10';

const table = (name: RegExp) => screen.getByRole('table', { name });
const row = (t: HTMLElement, label: string) => within(t).getByRole('row', { name: new RegExp(`^${label}`) });

test('Graph strings are shown as text, never parsed as HTML', () => {
  const { container } = render(
    <EvidenceList
      evidence={[
        {
          source: 'conditionalAccessPolicies',
          id: 'p1',
          displayName: HOSTILE,
          fields: { state: HOSTILE, 'conditions.users.excludeUsers': [BG] },
          note: HOSTILE,
        },
      ]}
      names={{ [BG]: { name: HOSTILE, kind: 'user' } }}
    />,
  );
  expect(screen.getAllByText(HOSTILE, { exact: false }).length).toBeGreaterThanOrEqual(3);
  expect(container.querySelector('img')).toBeNull();
});

test('one table per object, captioned with its name and source; fields as readable labels with the path in the tooltip', () => {
  render(
    <EvidenceList
      evidence={[
        { source: 'domains', id: 'contoso.com', fields: { passwordValidityPeriodInDays: null, isVerified: true } },
        { source: 'sharepointSettings', displayName: 'SharePoint settings', fields: { sharingCapability: 'disabled' } },
      ]}
    />,
  );
  expect(screen.getAllByRole('table')).toHaveLength(2);
  const domain = table(/contoso\.com · domains/);
  const validity = within(domain).getByRole('rowheader', { name: /Password validity period in days/ });
  expect(validity.getAttribute('title')).toBe('passwordValidityPeriodInDays');
  expect(within(row(domain, 'Password validity period in days')).getByText('not set')).toBeTruthy();
  expect(within(row(domain, 'Is verified')).getByText('Yes')).toBeTruthy();
  expect(within(table(/SharePoint settings · sharepointSettings/)).getByText('disabled')).toBeTruthy();
});

test('no evidence is said plainly', () => {
  render(<EvidenceList evidence={[]} />);
  expect(screen.getByText(/No Graph objects/)).toBeTruthy();
});

test('ids are shown as "Name (id)" from the scan’s names or another entry’s; an id no one names stays as it is', () => {
  render(
    <EvidenceList
      evidence={[
        {
          source: 'conditionalAccessPolicies',
          id: 'p1',
          displayName: 'Block legacy authentication',
          fields: { 'conditions.users.excludeUsers': [BG, OTHER], 'conditions.users.includeRoles': [GA] },
        },
        { source: 'excludedGroupMembers', id: BG, displayName: 'Break Glass 01', fields: { path: 'directly' } },
        // An entry's own caption doesn't rename the object: the scan's name for it wins.
        { source: 'excludedGroupMembers', id: GA, displayName: 'role Global Administrator', fields: { holders: 2 } },
      ]}
      names={{ [GA]: { name: 'Global Administrator', kind: 'role' } }}
    />,
  );
  const policy = table(/Block legacy authentication/);
  const excluded = within(row(policy, 'Exclude users')).getAllByRole('listitem');
  expect(excluded.map((li) => li.textContent)).toEqual([`Break Glass 01 (${BG})`, OTHER]);
  expect(within(row(policy, 'Include roles')).getByRole('listitem').textContent).toBe(`Global Administrator (${GA})`);
});

test('a list longer than five shows five, then "and N more" behind a disclosure', () => {
  const ids = Array.from({ length: 8 }, (_, i) => `user${i}@contoso.com`);
  render(<EvidenceList evidence={[{ source: 'users', displayName: 'Guests', fields: { userPrincipalName: ids } }]} />);
  const t = table(/Guests/);
  const [shown, hidden] = within(t).getAllByRole('list');
  expect(
    within(shown!)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(ids.slice(0, 5));
  expect(within(t).getByText('and 3 more').tagName).toBe('SUMMARY');
  expect(hidden!.closest('details')?.open).toBe(false);
});

test('the fields that decided the verdict are marked with text, and context fields are not', () => {
  const policy: Evidence = {
    source: 'conditionalAccessPolicies',
    displayName: 'Require MFA',
    fields: { state: 'enabled', 'conditions.users.includeUsers': ['All'], 'conditions.users.excludeGroups': [OTHER] },
    decidedBy: ['state', 'conditions.users.excludeGroups'],
  };
  render(<EvidenceList evidence={[policy, { source: 'securityDefaults', fields: { isEnabled: false } }]} />);
  const t = table(/Require MFA/);
  expect(row(t, 'State').textContent).toContain('decided the verdict');
  expect(row(t, 'Exclude groups').textContent).toContain('decided the verdict');
  expect(row(t, 'Include users').textContent).not.toContain('decided');
  // An entry that lists no `decidedBy`: every field it shows decided.
  expect(row(table(/securityDefaults/), 'Is enabled').textContent).toContain('decided the verdict');
});

test('names that could not be read are said once, above the tables', () => {
  render(
    <EvidenceList
      evidence={[
        { source: 'a', fields: { 'conditions.users.excludeUsers': [BG] } },
        { source: 'b', fields: { 'conditions.users.excludeUsers': [OTHER] } },
      ]}
      names={{}}
      namesUnreadable="HTTP 403 (needs User.Read.All) (2 lookups failed)"
    />,
  );
  expect(screen.getAllByText(/Some names could not be read \(HTTP 403 \(needs User\.Read\.All\)/)).toHaveLength(1);
  expect(screen.getByText(BG)).toBeTruthy();
});

test('labels: the last path segment in words, with the parent when the last says nothing alone', () => {
  expect(fieldLabel('conditions.users.excludeGuestsOrExternalUsers')).toBe('Exclude guests or external users');
  expect(fieldLabel('grantControls.authenticationStrength.displayName')).toBe('Authentication strength display name');
  expect(fieldLabel('@odata.type')).toBe('Object type');
  expect(fieldLabel('MFA.azureTenantId')).toBe('Azure tenant id');
  expect(fieldLabel('GroupCreationAllowedGroupId')).toBe('Group creation allowed group id');
  expect(scalarText(false)).toBe('No');
  expect(scalarText(90)).toBe('90');
});
