/**
 * Issue 12 §3: what a person sees of a verdict borrowed from Microsoft Secure Score — whose it is,
 * when it was measured, stale when that was more than 7 days before the scan, and an admin's Secure
 * Score state shown as an attestation, never a measured pass.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { popupStateOf } from '../lib/messaging/popup-state';
import { afterEach, describe, expect, test } from 'vitest';
import type { ControlResult } from '../lib/engine/verdict/result';
import type { MicrosoftSection, MicrosoftVerdict } from '../lib/engine/secure-score/microsoft-verdict';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { ControlTable } from './control-table';
import { MicrosoftScore } from './microsoft-score';
import { MicrosoftVerdictPanel } from './microsoft-verdict-panel';
import { PopupView } from './popup-view';

afterEach(cleanup);

const verdict = (over: Partial<MicrosoftVerdict> = {}): MicrosoftVerdict => ({
  profileId: 'mdo_autoforwardingmode',
  title: 'Let the system control automatic forwarding',
  status: 'fail',
  score: 0,
  maxScore: 8,
  measuredAt: '2026-11-13T06:00:00Z',
  ageDays: 11,
  stale: true,
  ...over,
});
const borrowed = (id: string, m: MicrosoftVerdict, over: Partial<ControlResult> = {}): ControlResult =>
  controlResult({ id, title: `Title ${id}`, source: 'microsoft', microsoft: m, ...over });
const says =
  'Microsoft Secure Score: marked resolved by a third party by megan@contoso.com on 2026-11-02 — an attestation, not a measurement.';
const attested = verdict({
  status: 'attested',
  score: 8,
  stale: false,
  ageDays: 1,
  measuredAt: '2026-11-23T06:00:00Z',
  attestation: {
    kind: 'thirdParty',
    state: 'ThirdParty',
    updatedBy: 'megan@contoso.com',
    updatedDateTime: '2026-11-02T09:30:00Z',
    says,
  },
});

describe('the popup', () => {
  test('says how many borrowed verdicts are stale, and marks Microsoft’s own score stale', () => {
    const microsoft: MicrosoftSection = {
      available: true,
      currentScore: 300,
      maxScore: 600,
      percent: 50,
      measuredAt: '2026-11-13T06:00:00Z',
      ageDays: 11,
      stale: true,
      comparisons: [],
      history: [],
      states: [],
      profileIds: [],
      newControls: [],
      newPoints: 0,
      differences: [],
    };
    const scan = scanWith(
      [
        borrowed('a', verdict()),
        borrowed('b', verdict()),
        borrowed('fresh', verdict({ stale: false, ageDays: 1 })),
        controlResult({ id: 'ours' }),
      ],
      { scannedAt: '2026-11-24T12:00:00.000Z', microsoft },
    );
    render(
      <PopupView
        state={popupStateOf({ scan, demo: false, scanning: false, error: null })}
        now={Date.parse('2026-11-24T13:00:00.000Z')}
        onRunDemo={() => undefined}
        onOpenDashboard={() => undefined}
      />,
    );
    expect(screen.getByRole('note').textContent).toBe(
      '2 verdicts borrowed from Microsoft Secure Score are stale: Microsoft measured them more than 7 days before this scan.',
    );
    const region = screen.getByRole('region', { name: 'Microsoft Secure Score' });
    within(region).getByText('Stale: 11 days before this scan');
  });

  test('a top improvement Microsoft decided carries the same tags as its row in the dashboard table', () => {
    const scan = scanWith(
      [borrowed('stale', verdict()), borrowed('attested', attested), controlResult({ id: 'ours', title: 'Ours' })],
      { scannedAt: '2026-11-24T12:00:00.000Z' },
    );
    render(
      <PopupView
        state={popupStateOf({ scan, demo: false, scanning: false, error: null })}
        now={Date.parse('2026-11-24T13:00:00.000Z')}
        onRunDemo={() => undefined}
        onOpenDashboard={() => undefined}
      />,
    );
    // Our own finding leads; Microsoft's rows follow it (the ranking keeps them a minority while ours last).
    const [ours, att, stale] = within(screen.getByRole('list', { name: 'Top improvement actions' })).getAllByRole(
      'listitem',
    );
    within(stale!).getByText('Microsoft · measured 13 Nov 2026');
    within(stale!).getByText('Stale');
    within(att!).getByText('Microsoft · measured 23 Nov 2026');
    within(att!).getByText('Microsoft attestation, not measured');
    expect(within(att!).queryByText('Stale')).toBeNull();
    expect(ours!.textContent).not.toContain('Microsoft');
  });

  test('the table marks an old scan’s borrowed verdict stale as the popup counts it, aged against the scan’s time', () => {
    // Stored before the stale flag existed: measured 11 days before the scan.
    const { stale: _s, ageDays: _a, ...legacy } = verdict({ measuredAt: '2026-11-13T06:00:00Z' });
    render(
      <ControlTable
        results={[borrowed('a', legacy)]}
        scannedAt="2026-11-24T12:00:00.000Z"
        selected={null}
        onSelect={() => undefined}
      />,
    );
    within(screen.getByRole('rowheader', { name: /Title a/ })).getByText('Stale');
  });

  test('an old scan whose verdicts were stored before the flag existed is aged against its own time', () => {
    const { stale: _s, ageDays: _a, ...legacy } = verdict({ measuredAt: '2026-11-20T06:00:00Z' });
    const scan = scanWith([borrowed('a', legacy)], { scannedAt: '2026-11-24T12:00:00.000Z' });
    render(
      <PopupView
        state={popupStateOf({ scan, demo: false, scanning: false, error: null })}
        // Viewed a month later: still measured 4 days before that scan, so not stale.
        now={Date.parse('2026-12-24T13:00:00.000Z')}
        onRunDemo={() => undefined}
        onOpenDashboard={() => undefined}
      />,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });

  test('a fresh Microsoft score carries no stale mark', () => {
    render(
      <MicrosoftScore
        microsoft={{
          available: true,
          currentScore: 1,
          maxScore: 2,
          percent: 50,
          measuredAt: '2026-11-23T06:00:00Z',
          ageDays: 1,
          stale: false,
          comparisons: [],
          history: [],
          states: [],
          profileIds: [],
          newControls: [],
          newPoints: 0,
          differences: [],
        }}
      />,
    );
    expect(screen.getByRole('region', { name: 'Microsoft Secure Score' }).textContent).not.toContain('Stale');
  });
});

describe('the dashboard', () => {
  test('the table tags a stale borrowed verdict, and an attested one as not measured', () => {
    render(
      <ControlTable
        results={[
          borrowed('old', verdict()),
          borrowed('said', attested, { status: 'unknown', score: 8, maxScore: 8 }),
          borrowed('fresh', verdict({ stale: false, ageDays: 1 })),
        ]}
        selected={null}
        onSelect={() => undefined}
      />,
    );
    const row = (title: string) => screen.getByRole('button', { name: title }).closest('tr')!;
    expect(within(row('Title old')).getByText('Stale').getAttribute('title')).toBe(
      'Measured more than 7 days before this scan',
    );
    expect(within(row('Title said')).getByText('Microsoft attestation, not measured').getAttribute('title')).toBe(says);
    expect(within(row('Title said')).queryByText('Stale')).toBeNull();
    expect(within(row('Title fresh')).queryByText('Stale')).toBeNull();
  });

  test('the detail says Microsoft measured it, when, and that it is stale', () => {
    render(<MicrosoftVerdictPanel result={borrowed('old', verdict())} />);
    const panel = screen.getByRole('region', { name: "Microsoft Secure Score's verdict" });
    expect(panel.textContent).toContain('Failing · 0 of 8 points · measured');
    within(panel).getByText('Stale: measured 11 days before this scan (more than 7)');
  });

  test("the detail shows an attestation as Microsoft's, with who and when, never as passing", () => {
    render(<MicrosoftVerdictPanel result={borrowed('said', attested, { status: 'unknown', score: 8, maxScore: 8 })} />);
    const panel = screen.getByRole('region', { name: "Microsoft Secure Score's verdict" });
    expect(panel.textContent).toContain('Attested, not measured · 8 of 8 points');
    expect(panel.textContent).not.toContain('Passing');
    expect(within(panel).getByRole('note').textContent).toBe(says);
  });
});

describe("issue 14 §2: a Microsoft row Microsoft doesn't score", () => {
  test('shows "—" and why in its verdict panel, never 0 of 7 points; its fix and effect on users in Microsoft\'s words', () => {
    render(
      <MicrosoftVerdictPanel
        result={controlResult({
          id: 'microsoft-AATP_Vpn',
          status: 'notLicensed',
          maxScore: 7,
          source: 'microsoft',
          microsoft: verdict({
            status: 'notLicensed',
            score: 0,
            maxScore: 7,
            remediation: 'Open Identities > Settings > VPN.',
            remediationImpact: 'None.',
          }),
        })}
      />,
    );
    const panel = screen.getByRole('region', { name: "Microsoft Secure Score's verdict" });
    expect(panel.textContent).toContain('— not scored by Microsoft for this tenant');
    expect(panel.textContent).not.toContain('0 of 7');
    expect(panel.textContent).toContain('Open Identities > Settings > VPN.');
    expect(panel.textContent).toContain("Effect on users, in Microsoft's words: None.");
  });
});
