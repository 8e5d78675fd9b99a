import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { ControlDetail } from './control-detail';
import { ManualCheckPanel } from './manual-check';
import { controlResult } from '../test/fixtures/scan-result';

afterEach(cleanup);

const lockbox = {
  how: 'powershell',
  what: ['Get-OrganizationConfig: CustomerLockBoxEnabled is True'],
  command: 'Get-OrganizationConfig | Format-List CustomerLockBoxEnabled',
} as const;

test('shows each setting with its passing value, the read-only command and where to change it', () => {
  render(<ManualCheckPanel check={lockbox} adminUrl="https://admin.microsoft.com/#/Settings" />);
  expect(screen.getByText('Get-OrganizationConfig: CustomerLockBoxEnabled is True')).toBeTruthy();
  expect(screen.getByText('Get-OrganizationConfig | Format-List CustomerLockBoxEnabled').tagName).toBe('CODE');
  expect(screen.getByText('Where to change it').getAttribute('href')).toBe('https://admin.microsoft.com/#/Settings');
  expect(screen.getByText(/Read them with PowerShell/)).toBeTruthy();
});

test('a portal-only check has no command and says to look in the admin center', () => {
  const { container } = render(
    <ManualCheckPanel
      check={{ how: 'portal', what: ['Sway: external sharing is off'] }}
      adminUrl="https://admin.microsoft.com/"
    />,
  );
  expect(container.querySelector('code')).toBeNull();
  expect(screen.getByText(/Check them in the admin center/)).toBeTruthy();
});

test('the control detail shows the check for a manual control, and nothing extra for a live one', () => {
  const { container, rerender } = render(
    <ControlDetail
      result={{
        ...controlResult({ id: 'm365-customer-lockbox-enabled', status: 'manual', score: 0 }),
        manualCheck: lockbox,
      }}
      guide={undefined}
    />,
  );
  expect(screen.getByRole('region', { name: 'What to check' })).toBeTruthy();
  expect(screen.getByText("None: Microsoft Graph can't read this setting.")).toBeTruthy();
  rerender(
    <ControlDetail result={controlResult({ id: 'entra-admin-mfa-required', status: 'fail' })} guide={undefined} />,
  );
  expect(container.querySelector('.manual-check')).toBeNull();
});

test('a control with no read-only path says why in place of the general sentence', () => {
  const why = 'No read-only path exists: Sway has no admin API.';
  render(
    <ControlDetail
      result={{
        ...controlResult({ id: 'm365-sway-external-sharing-disabled', status: 'manual', score: 0 }),
        manualCheck: { how: 'portal', what: ['Sway: external sharing is off'], noReadOnlyPath: why },
      }}
      guide={undefined}
    />,
  );
  const check = screen.getByRole('region', { name: 'What to check' });
  expect(check.textContent).toContain(why);
  expect(check.textContent).not.toContain("Microsoft Graph can't read these settings");
});
