import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ControlResult } from '../lib/engine/verdict/result';
import type { MicrosoftSection } from '../lib/engine/secure-score/microsoft-verdict';
import { MicrosoftDifferences } from './microsoft-differences';
import { MicrosoftScore } from './microsoft-score';
import { MicrosoftVerdictPanel } from './microsoft-verdict-panel';

const section: MicrosoftSection = {
  available: true,
  currentScore: 330.12,
  maxScore: 574,
  percent: 58,
  measuredAt: '2026-11-23T06:00:00Z',
  comparisons: [
    { basis: 'AllTenants', averageScore: 241, percent: 42 },
    { basis: 'TotalSeats', averageScore: 258, percent: 45 },
  ],
  history: [],
  states: [],
  profileIds: ['a', 'b'],
  newControls: [
    { profileId: 'mdo_new', title: 'Turn on the new thing', maxScore: 8 },
    { profileId: 'exo_new', title: 'Block the old thing', maxScore: 3 },
  ],
  newPoints: 11,
  comparedWith: '2026-11-20T00:00:00Z',
  differences: [
    {
      controlId: 'entra-legacy-auth-blocked',
      title: 'Legacy authentication is blocked',
      ours: 'fail',
      theirs: 'pass',
      microsoftTitle: 'Block legacy authentication with Conditional Access',
      measuredAt: '2026-11-23T06:00:00Z',
      kind: 'rule',
      explanation: 'A different rule: Posture Lens checks "Legacy authentication is blocked".',
    },
  ],
};

describe('Microsoft Secure Score beside ours', () => {
  afterEach(cleanup);

  test('says the day Microsoft measured as the tags, reasons and CLI do (23 Nov 2026, UTC), whatever the reader’s time zone', () => {
    // Late on the 23rd UTC: a locale date east of UTC would say the 24th, beside tags that say the 23rd.
    render(<MicrosoftScore microsoft={{ ...section, measuredAt: '2026-11-23T23:30:00Z' }} />);
    const region = screen.getByRole('region', { name: 'Microsoft Secure Score' });
    expect(region.textContent).toContain('points · measured 23 Nov 2026');
  });

  test("Microsoft's percent and points, and how organisations of similar size score", () => {
    render(<MicrosoftScore microsoft={section} />);
    const region = screen.getByRole('region', { name: 'Microsoft Secure Score' });
    expect(region.textContent).toContain('Microsoft Secure Score 58% · 330 of 574 points · measured');
    screen.getByText('Average for organisations of similar size: 45%');
  });

  test('"Microsoft added N controls (+X points)", listing them', () => {
    render(<MicrosoftScore microsoft={section} />);
    screen.getByText('Microsoft added 2 controls (+11 points)');
    screen.getByText('Turn on the new thing');
  });

  test('without the permission it says so and offers consent', () => {
    const onConsent = vi.fn();
    render(
      <MicrosoftScore
        microsoft={{
          available: false,
          permission: 'SecurityEvents.Read.All',
          why: 'SecurityEvents.Read.All not granted',
        }}
        onConsent={onConsent}
      />,
    );
    expect(screen.getByRole('region', { name: 'Microsoft Secure Score' }).textContent).toContain(
      'SecurityEvents.Read.All not granted.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Grant consent' }));
    expect(onConsent).toHaveBeenCalledOnce();
  });

  test('the differences list explains each and opens the control', () => {
    const onSelect = vi.fn();
    render(<MicrosoftDifferences microsoft={section} onSelect={onSelect} />);
    screen.getByRole('heading', { name: 'Differences with Microsoft' });
    screen.getByText('Posture Lens: Failing · Microsoft: Passing');
    screen.getByText('A different rule: Posture Lens checks "Legacy authentication is blocked".');
    fireEvent.click(screen.getByRole('button', { name: 'Legacy authentication is blocked' }));
    expect(onSelect).toHaveBeenCalledWith('entra-legacy-auth-blocked');
  });

  test("the control detail shows Microsoft's verdict, its date, state and the difference, as text", () => {
    const result = {
      id: 'entra-legacy-auth-blocked',
      title: 'Legacy authentication is blocked',
      source: 'posture-lens',
      microsoft: {
        profileId: 'BlockLegacyAuthentication',
        title: '<img src=x onerror=alert(1)>',
        status: 'pass',
        score: 8,
        maxScore: 8,
        measuredAt: '2026-11-23T06:00:00Z',
        state: { state: 'Reviewed', updatedBy: 'alex@contoso.com' },
        difference: { kind: 'rule', explanation: 'A different rule.' },
      },
    } as unknown as ControlResult;
    const { container } = render(<MicrosoftVerdictPanel result={result} />);
    const panel = screen.getByRole('region', { name: "Microsoft Secure Score's verdict" });
    expect(panel.textContent).toContain('Passing · 8 of 8 points · measured');
    expect(panel.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    screen.getByText('A different rule.');
    expect(panel.textContent).toContain('Marked “Reviewed” in Secure Score by alex@contoso.com');
  });
});
