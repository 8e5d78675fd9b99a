import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { noDeclarations, type Declarations } from '../lib/engine/scan/declarations';
import { DeclarationsChangedNote, ScanDeclarations } from './scan-declarations';

afterEach(cleanup);

const declared: Declarations = {
  emergencyAccess: [
    { id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user', displayName: 'Break-glass 1', reason: 'In the safe' },
  ],
  exemptions: [{ id: '11111111-2222-3333-4444-555555555555', kind: 'group', reason: '<b>Kiosks</b>' }],
  privilegedRoles: null,
};
const SETTINGS = 'options.html#exclusions';

test('says which declarations the scan was judged against, with each account and reason, and links to them', () => {
  render(<ScanDeclarations recorded={declared} current={declared} settingsHref={SETTINGS} />);
  expect(
    screen.getByText(
      'Judged against your declarations: 1 emergency-access account, 1 exemption, the default privileged roles.',
    ),
  ).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Exclusions you sanction' }).getAttribute('href')).toBe(SETTINGS);
  const list = screen.getByRole('list', { name: 'Declarations this scan was judged against' });
  expect(list.textContent).toContain('Break-glass 1');
  expect(list.textContent).toContain('In the safe');
  expect(list.textContent).toContain('<b>Kiosks</b>');
  expect(list.querySelector('b')).toBeNull();
  expect(screen.queryByText(/changed since this scan/)).toBeNull();
});

test('nothing declared: says break-glass accounts are guessed', () => {
  render(<ScanDeclarations recorded={noDeclarations} current={noDeclarations} settingsHref={SETTINGS} />);
  expect(screen.getByText(/No declarations: break-glass accounts are guessed/)).toBeTruthy();
  expect(screen.queryByRole('list')).toBeNull();
});

test('declarations changed since the scan: says they apply from the next one', () => {
  render(<ScanDeclarations recorded={noDeclarations} current={declared} settingsHref={SETTINGS} />);
  expect(screen.getByText(/Your declarations changed since this scan: they apply from the next one\./)).toBeTruthy();
});

test('an old scan from before declarations were recorded says so', () => {
  render(<ScanDeclarations recorded={undefined} current={null} settingsHref={SETTINGS} />);
  expect(screen.getByText(/^Scanned before declarations were recorded/)).toBeTruthy();
});

test('two scans judged against different declarations: "what changed" says so', () => {
  render(<DeclarationsChangedNote changed />);
  expect(screen.getByRole('note').textContent).toContain('judged against different declarations');
  cleanup();
  render(<DeclarationsChangedNote changed={false} />);
  expect(screen.queryByRole('note')).toBeNull();
});

test("the tenant's saved declarations can't be read: the dashboard warns too", () => {
  render(
    <ScanDeclarations
      recorded={noDeclarations}
      current={noDeclarations}
      problem="The saved declarations of this tenant couldn't be read (emergencyAccess: expected a list)."
      settingsHref={SETTINGS}
    />,
  );
  expect(screen.getByRole('alert').textContent).toContain("couldn't be read");
});
