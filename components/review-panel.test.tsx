/**
 * Review controls as an admin sees them: the panel that marks one Reviewed with a note and keeps every
 * mark, the status and tag in the table, the dashboard's "Reviews due" and the popup's line.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { applyDispositions, recordDisposition, type DispositionRecord } from '../lib/engine/history/dispositions';
import type { ControlResult } from '../lib/engine/verdict/result';
import type { ReviewResult } from '../lib/engine/verdict/review-spec';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { ControlTable } from './control-table';
import { ReviewDueList } from './review-due-list';
import { ReviewPanel } from './review-panel';
import { ReviewsDueNote } from './reviews-due-note';
import { reviewControlsDue } from '../lib/engine/history/reviews';

afterEach(cleanup);

const review = controlResult({
  id: 'entra-signin-logs-reviewed',
  title: 'Sign-in logs are reviewed every week',
  maxScore: 3,
  review: { cadence: 'weekly', what: 'Sign-ins that failed.', state: 'never' },
});
const raw = scanWith([review]);
const mark = (note: string, at: string, prior?: DispositionRecord): DispositionRecord =>
  recordDisposition(
    prior,
    { tenantId: 'tenant-1', controlId: review.id },
    { kind: 'reviewed', note },
    '<b>eve@contoso.example</b>',
    at,
  );
const first = mark('<img src=x> nothing odd', '2026-12-01T09:00:00.000Z');
const second = mark('Two failures, both explained.', '2026-12-06T09:00:00.000Z', first);
const scored = (records: DispositionRecord[], now: string) =>
  applyDispositions(raw, records, now).controls[0] as ControlResult & { review: ReviewResult };

describe('the review panel', () => {
  test('never reviewed: says it earns nothing yet, and that it is an attestation, not a measurement', () => {
    render(
      <ReviewPanel control={scored([], '2026-12-02T00:00:00Z')} record={null} busy={false} onReviewed={vi.fn()} />,
    );
    expect(screen.getByText(/^Never reviewed: it earns none of its 3 points/)).toBeTruthy();
    expect(screen.getByText(/An attestation by an admin, not a measurement: review it every week/)).toBeTruthy();
  });

  test('a note is required; with one, the panel sends only the note (who and when are the background’s)', () => {
    const onReviewed = vi.fn();
    render(
      <ReviewPanel control={scored([], '2026-12-02T00:00:00Z')} record={null} busy={false} onReviewed={onReviewed} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mark Reviewed' }));
    expect(screen.getByText('Say what you reviewed and found.')).toBeTruthy();
    expect(onReviewed).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('What you reviewed and found (required)'), {
      target: { value: '  No unfamiliar countries.  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mark Reviewed' }));
    expect(onReviewed).toHaveBeenCalledWith('No unfamiliar countries.');
  });

  test('current: who and until when; the trail lists every mark with who, when and the note, as text', () => {
    const { container } = render(
      <ReviewPanel
        control={scored([second], '2026-12-07T00:00:00Z')}
        record={second}
        busy={false}
        onReviewed={vi.fn()}
      />,
    );
    expect(
      screen.getByText(
        /^Reviewed by <b>eve@contoso.example<\/b> on 6 Dec 2026, .*: it earns its 3 points until 13 Dec 2026/,
      ),
    ).toBeTruthy();
    const trail = within(screen.getByRole('group'));
    expect(trail.getByText(/Reviews of this control \(2\)/)).toBeTruthy();
    const items = trail.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(
      /^6 Dec 2026, .*: <b>eve@contoso.example<\/b> marked it Reviewed — “Two failures, both explained.”$/,
    );
    expect(items[1]).toMatch(/1 Dec 2026, .*marked it Reviewed — “<img src=x> nothing odd”$/);
    expect(container.querySelector('img, b')).toBeNull();
  });

  test('due: says since when and that it earns nothing until marked again', () => {
    render(
      <ReviewPanel
        control={scored([first], '2026-12-09T00:00:00Z')}
        record={first}
        busy={false}
        onReviewed={vi.fn()}
      />,
    );
    expect(
      screen.getByText(/^Review due since 8 Dec 2026, .*It earns no points until marked Reviewed again\.$/),
    ).toBeTruthy();
  });
});

describe('a review control elsewhere on the dashboard and in the popup', () => {
  test('the table shows where the review stands and tags it attested, never "Passing" or "Failing"', () => {
    render(
      <ControlTable
        results={applyDispositions(raw, [first], '2026-12-02T00:00:00Z').controls}
        selected={null}
        onSelect={vi.fn()}
      />,
    );
    const row = screen.getByRole('row', { name: /Sign-in logs are reviewed every week/ });
    expect(within(row).getByText('Weekly review · attested, not measured')).toBeTruthy();
    expect(within(row).getByText('Reviewed')).toBeTruthy();
    expect(row.textContent).not.toMatch(/Passing|Failing/);
  });

  test('the status filter lists reviews on their own, never under Passing', () => {
    const passing = controlResult({ id: 'entra-mfa', title: 'MFA is required', status: 'pass', score: 5, maxScore: 5 });
    const scan = applyDispositions(scanWith([review, passing]), [first], '2026-12-02T00:00:00Z');
    render(<ControlTable results={scan.controls} selected={null} onSelect={vi.fn()} />);
    const status = screen.getByLabelText('Status');
    const titles = () =>
      screen
        .queryAllByRole('button', { name: /^(MFA is required|Sign-in logs are reviewed every week)$/ })
        .map((b) => b.textContent);
    fireEvent.change(status, { target: { value: 'pass' } });
    expect(titles()).toEqual(['MFA is required']);
    fireEvent.change(status, { target: { value: 'review' } });
    expect(titles()).toEqual(['Sign-in logs are reviewed every week']);
  });

  test('"Reviews due" lists it with what it no longer earns, and the popup says so in a line', () => {
    const due = applyDispositions(raw, [first], '2026-12-09T00:00:00Z');
    const onSelect = vi.fn();
    render(<ReviewDueList scan={due} onSelect={onSelect} />);
    const list = within(screen.getByRole('region', { name: 'Reviews due' }));
    fireEvent.click(list.getByRole('button', { name: 'Sign-in logs are reviewed every week' }));
    expect(onSelect).toHaveBeenCalledWith(review.id);
    expect(list.getByText(/was due 8 Dec 2026, .*; 3 points until reviewed again/)).toBeTruthy();
    cleanup();
    render(<ReviewsDueNote count={reviewControlsDue(due.controls).length} />);
    expect(screen.getByText(/^1 review is due \(attested reviews, not measurements\)/)).toBeTruthy();
    cleanup();
    const { container } = render(
      <ReviewsDueNote
        count={reviewControlsDue(applyDispositions(raw, [first], '2026-12-02T00:00:00Z').controls).length}
      />,
    );
    expect(container.textContent).toBe('');
  });
});
