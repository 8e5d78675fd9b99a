import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { EvidenceList, fieldText } from './evidence-list';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)> Finance';

test('Graph strings are shown as text, never parsed as HTML', () => {
  const { container } = render(
    <EvidenceList
      evidence={[
        {
          source: 'conditionalAccessPolicies',
          id: 'p1',
          displayName: HOSTILE,
          fields: { state: HOSTILE },
          note: HOSTILE,
        },
      ]}
    />,
  );
  expect(screen.getAllByText(HOSTILE, { exact: false }).length).toBeGreaterThanOrEqual(2);
  expect(container.querySelector('img')).toBeNull();
});

test('each field shows its Graph path and value; absent values say so', () => {
  render(
    <EvidenceList
      evidence={[
        { source: 'domains', id: 'contoso.com', fields: { passwordValidityPeriodInDays: null, isVerified: true } },
      ]}
    />,
  );
  expect(screen.getByText('passwordValidityPeriodInDays')).toBeTruthy();
  expect(screen.getByText('not set')).toBeTruthy();
  expect(screen.getByText('true')).toBeTruthy();
});

test('no evidence is said plainly', () => {
  render(<EvidenceList evidence={[]} />);
  expect(screen.getByText(/No Graph objects/)).toBeTruthy();
});

test('fieldText keeps strings and renders everything else as compact JSON', () => {
  expect(fieldText('x')).toBe('x');
  expect(fieldText(['a', 'b'])).toBe('["a","b"]');
  expect(fieldText(undefined)).toBe('not set');
});

test('an id list names the ids another evidence entry names, keeping the id, and stays text', () => {
  const bg = '41a640f4-d79b-48a9-95c7-18969bc1a9fb';
  const other = '0e3937e6-a26a-471f-b364-45c480b3ef0d';
  const { container } = render(
    <EvidenceList
      evidence={[
        {
          source: 'conditionalAccessPolicies',
          id: 'p1',
          displayName: 'Block legacy authentication',
          fields: { 'conditions.users.excludeUsers': [bg, other], state: 'enabled' },
        },
        { source: 'excludedGroupMembers', id: bg, displayName: HOSTILE, fields: { path: 'directly' } },
      ]}
    />,
  );
  expect(screen.getByText(`${HOSTILE} (${bg}), ${other}`)).toBeTruthy();
  expect(container.querySelector('img')).toBeNull();
  // A list no one names stays as Graph returned it.
  expect(screen.getByText('enabled')).toBeTruthy();
});
