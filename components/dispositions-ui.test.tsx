/**
 * Dispositions as an admin sees them: the form in the control detail, the tag in the table, the
 * popup's top actions and its scan progress, cancel and problem messages.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { popupStateOf } from '../lib/messaging/popup-state';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  applyDispositions,
  recordDisposition,
  type DispositionInput,
  type DispositionRecord,
} from '../lib/engine/history/dispositions';
import type { ControlResult } from '../lib/engine/verdict/result';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { ControlDetail } from './control-detail';
import { ControlTable } from './control-table';
import { DispositionPanel } from './disposition-panel';
import { PopupView } from './popup-view';
import { ReviewDueList } from './review-due-list';

afterEach(cleanup);

const control = (id: string, status: ControlResult['status'], score: number, maxScore: number): ControlResult =>
  controlResult({ id, status, score, maxScore, title: `Title of ${id}` });
const scanOf = (controls: ControlResult[]): ScanResult =>
  scanWith(controls, { tenant: { id: 't', displayName: 'Contoso', cloud: 'global' } });

const NOW = '2026-11-24T12:00:00.000Z';
const raw = scanOf([control('mfa', 'pass', 10, 10), control('legacy', 'fail', 0, 10), control('guests', 'fail', 0, 8)]);
const rec = (controlId: string, input: DispositionInput, prior?: DispositionRecord): DispositionRecord =>
  recordDisposition(prior, { tenantId: 't', controlId }, input, '<b>eve@contoso.example</b>', '2026-11-20T10:00:00Z');
const noop = () => undefined;

describe('the disposition panel', () => {
  test('on a not-applicable control it says a disposition would change nothing (it earns no points either way)', () => {
    render(
      <DispositionPanel
        control={control('dmarc', 'notApplicable', 0, 3)}
        record={null}
        today="2026-11-24"
        busy={false}
        onSave={noop}
        onClear={noop}
      />,
    );
    expect(
      screen.getByText("None recorded. While the control is not applicable, a disposition doesn't change the score."),
    ).toBeTruthy();
    expect(screen.queryByText('None recorded: the control counts as measured.')).toBeNull();
  });

  test('risk accepted asks for a reason and a review date before anything is saved', () => {
    const onSave = vi.fn();
    render(
      <DispositionPanel
        control={raw.controls[1]!}
        record={null}
        today="2026-11-24"
        busy={false}
        onSave={onSave}
        onClear={noop}
      />,
    );
    expect(screen.getByText('None recorded: the control counts as measured.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /^Risk accepted/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save disposition' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Say why the risk is accepted.')).toBeTruthy();
    expect(screen.getByText('Choose when to review the accepted risk.')).toBeTruthy();
    expect(screen.getByLabelText('Reason (required)').getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(screen.getByLabelText('Reason (required)'), {
      target: { value: 'Legacy scanner, replaced in Q2' },
    });
    fireEvent.input(screen.getByLabelText('Review by (required)'), { target: { value: '2027-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save disposition' }));
    expect(onSave).toHaveBeenCalledWith({
      kind: 'riskAccepted',
      reason: 'Legacy scanner, replaced in Q2',
      reviewBy: '2027-03-31',
    });
  });

  test('shows who recorded the current one, what it did, and the trail; can clear it', () => {
    const onClear = vi.fn();
    const first = rec('legacy', { kind: 'planned' });
    const record = rec('legacy', { kind: 'thirdParty', note: '<img src=x onerror=alert(1)>' }, first);
    const view = applyDispositions(raw, [record], NOW);
    const legacy = view.controls.find((c) => c.id === 'legacy')!;
    const { container } = render(
      <ControlDetail
        result={legacy}
        guide={undefined}
        dispositionPanel={
          <DispositionPanel
            control={legacy}
            record={record}
            today="2026-11-24"
            busy={false}
            onSave={noop}
            onClear={onClear}
          />
        }
      />,
    );
    // Status reads as Secure Score's, the measured verdict stays visible.
    expect(container.querySelector('.status')?.textContent).toContain('Resolved by third party · 10 of 10 points');
    expect(screen.getByText('Measured: Failing, 0 of 10 points.')).toBeTruthy();
    // Typed text and usernames are text, never markup.
    expect(screen.getByText('<b>eve@contoso.example</b>', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText('Note: <img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    const trail = screen.getByText(/^History of this control’s dispositions/);
    expect(trail.textContent).toContain('(2)');
    const events = trail.closest('details')!.querySelectorAll('li');
    expect([...events].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/<b>eve@contoso.example<\/b> recorded “Resolved by third party”\.$/),
      expect.stringMatching(/recorded “Planned”\.$/),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear disposition' }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});

describe('the control table', () => {
  test('shows the disposition as the status, and planned as a tag', () => {
    const view = applyDispositions(
      raw,
      [
        rec('legacy', { kind: 'riskAccepted', reason: 'r', reviewBy: '2026-11-24' }),
        rec('guests', { kind: 'planned' }),
      ],
      NOW,
    );
    render(<ControlTable results={view.controls} selected={null} onSelect={noop} />);
    const row = (title: string) => screen.getByRole('button', { name: title }).closest('tr')!;
    expect(row('Title of legacy').textContent).toContain('Risk accepted · review due');
    expect(row('Title of guests').textContent).toContain('Failing');
    expect(row('Title of guests').textContent).toContain('Planned');
  });
});

describe('the popup', () => {
  const state = (over: object = {}) => ({ scan: raw, demo: true, scanning: false, error: null, ...over });

  test('while scanning: requests answered out of total, and Cancel', () => {
    const onCancelScan = vi.fn();
    render(
      <PopupView
        state={popupStateOf(state({ scanning: true }))}
        now={Date.parse(NOW)}
        onRunDemo={noop}
        onOpenDashboard={noop}
        progress={{ done: 12, total: 40 }}
        onCancelScan={onCancelScan}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Scanning… 12 of 40 Graph requests answered');
    const bar = screen.getByRole('progressbar', { name: 'Scan progress' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['12', '40']);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel scan' }));
    expect(onCancelScan).toHaveBeenCalledOnce();
  });

  test('a cancelled scan says so and keeps the score; a store problem is an alert', () => {
    render(
      <PopupView
        state={popupStateOf(
          state({
            notice: 'Scan cancelled. Nothing was saved; the previous score stays.',
            error: "Posture Lens couldn't open its scan history (VersionError). Nothing was deleted.",
          }),
        )}
        now={Date.parse(NOW)}
        onRunDemo={noop}
        onOpenDashboard={noop}
        onCancelScan={noop}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/^Scan cancelled/);
    expect(screen.getByRole('alert').textContent).toMatch(/couldn't open its scan history .* Nothing was deleted/);
    expect(screen.getByRole('figure', { name: /^Score 36% / })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel scan' })).toBeNull();
  });

  test('top actions follow dispositions: accepted ones go, planned ones sink with a tag, the score moves', () => {
    const view = applyDispositions(
      scanOf([control('a', 'fail', 0, 10), control('b', 'fail', 0, 8), control('c', 'fail', 0, 6)]),
      [
        rec('a', { kind: 'planned' }),
        rec('b', { kind: 'thirdParty' }),
        rec('c', { kind: 'riskAccepted', reason: 'r', reviewBy: '2026-11-01' }),
      ],
      NOW,
    );
    render(
      <PopupView
        state={popupStateOf(state({ scan: view }))}
        now={Date.parse(NOW)}
        onRunDemo={noop}
        onOpenDashboard={noop}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Top improvement actions' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([expect.stringMatching(/Title of a\s*Planned/)]);
    expect(screen.getByRole('figure', { name: /^Score 33% / })).toBeTruthy(); // 8 of 24
    expect(screen.getByText(/1 accepted risk is past the review date/)).toBeTruthy();
  });
});

describe('the dashboard’s accepted risks to review', () => {
  test('lists those past their review date, each opening its control; nothing when none is due', () => {
    const onSelect = vi.fn();
    const view = applyDispositions(
      raw,
      [
        rec('legacy', { kind: 'riskAccepted', reason: 'r', reviewBy: '2026-11-24' }),
        rec('guests', { kind: 'riskAccepted', reason: 'r', reviewBy: '2026-12-24' }),
      ],
      NOW,
    );
    render(<ReviewDueList scan={view} onSelect={onSelect} />);
    const list = screen.getByRole('region', { name: 'Accepted risks to review' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Title of legacy review was due 24 Nov 2026']);
    fireEvent.click(within(list).getByRole('button', { name: 'Title of legacy' }));
    expect(onSelect).toHaveBeenCalledWith('legacy');
    cleanup();
    const { container } = render(<ReviewDueList scan={raw} onSelect={onSelect} />);
    expect(container.textContent).toBe('');
  });
});
