import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { controlResult } from '../test/fixtures/scan-result';
import { ControlDetail } from './control-detail';
import { ControlTable } from './control-table';
import { NewControlsNote } from './new-controls-note';
import { useNewControls, type NewControlsPort } from './use-new-controls';

afterEach(cleanup);

const added = controlResult({ id: 'entra-new-enabled', title: 'New thing is enabled', maxScore: 6 });
const old = controlResult({ id: 'entra-old-enabled', title: 'Old thing is enabled', maxScore: 3 });
const rowOf = (title: string) => screen.getByRole('button', { name: title }).closest('tr')!;

describe('the "New" tag', () => {
  test('tags only the new rows of the table, in words', () => {
    render(
      <ControlTable results={[added, old]} selected={null} onSelect={() => undefined} newIds={new Set([added.id])} />,
    );
    expect(within(rowOf(added.title)).getByText('New')).toBeTruthy();
    expect(within(rowOf(old.title)).queryByText('New')).toBeNull();
  });

  test('no tag anywhere without new ids', () => {
    render(<ControlTable results={[added, old]} selected={null} onSelect={() => undefined} />);
    expect(screen.queryByText('New')).toBeNull();
  });

  test("is part of the detail's heading, so a screen reader hears it with the title", () => {
    const { rerender } = render(<ControlDetail result={added} guide={undefined} isNew />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('New thing is enabled New');
    expect(screen.getByRole('article', { name: 'New thing is enabled New' })).toBeTruthy();
    rerender(<ControlDetail result={added} guide={undefined} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('New thing is enabled');
  });
});

describe('the "N new controls" line', () => {
  test('counts them with their points, links each, and marks all as seen', () => {
    const onSelect = vi.fn();
    const onMarkAllSeen = vi.fn();
    render(<NewControlsNote controls={[added, old]} onSelect={onSelect} onMarkAllSeen={onMarkAllSeen} />);
    const note = screen.getByRole('region', { name: '2 new controls' });
    expect(note.textContent).toBe(
      '2 new controls, worth 9 points: New thing is enabled, Old thing is enabled Mark all as seen',
    );
    fireEvent.click(within(note).getByRole('button', { name: old.title }));
    expect(onSelect).toHaveBeenCalledWith(old.id);
    fireEvent.click(within(note).getByRole('button', { name: 'Mark all as seen' }));
    expect(onMarkAllSeen).toHaveBeenCalledOnce();
  });

  test('one control, and past five the rest are counted', () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      controlResult({ id: `entra-n${i}-enabled`, title: `N${i}`, maxScore: 1 }),
    );
    const { rerender } = render(
      <NewControlsNote controls={[old]} onSelect={() => undefined} onMarkAllSeen={() => undefined} />,
    );
    expect(screen.getByRole('region').textContent).toContain('1 new control, worth 3 points: Old thing is enabled');
    rerender(<NewControlsNote controls={many} onSelect={() => undefined} onMarkAllSeen={() => undefined} />);
    expect(screen.getByRole('region').textContent).toContain('N4 and 2 more');
  });

  test('says nothing when nothing is new', () => {
    const { container } = render(
      <NewControlsNote controls={[]} onSelect={() => undefined} onMarkAllSeen={() => undefined} />,
    );
    expect(container.textContent).toBe('');
  });
});

/** The hook as the dashboard uses it: the table's tags, the detail's tag and the line's button. */
function Harness({ port, scannedAt, openId }: { port: NewControlsPort; scannedAt?: string; openId: string | null }) {
  const fresh = useNewControls(port, scannedAt, openId);
  return (
    <div>
      <p data-testid="ids">{[...fresh.newIds].join(',')}</p>
      {openId && <p data-testid="detail">{fresh.detailIsNew(openId) ? 'new' : 'seen'}</p>}
      <button type="button" onClick={fresh.markAllSeen}>
        all
      </button>
    </div>
  );
}

describe('useNewControls', () => {
  const port = (ids: string[]) => {
    let left = [...ids];
    return {
      load: vi.fn(() => Promise.resolve([...left])),
      markSeen: vi.fn((seen: readonly string[]) => {
        left = left.filter((id) => !seen.includes(id));
        return Promise.resolve([...left]);
      }),
      onError: vi.fn(),
    };
  };
  const ids = () => screen.getByTestId('ids').textContent;

  test('asks only once there is a scan, and again after another', async () => {
    const p = port([added.id]);
    const { rerender } = render(<Harness port={p} openId={null} />);
    expect(p.load).not.toHaveBeenCalled();
    rerender(<Harness port={p} scannedAt="2026-12-05T10:00:00Z" openId={null} />);
    await waitFor(() => expect(ids()).toBe(added.id));
    rerender(<Harness port={p} scannedAt="2026-12-05T11:00:00Z" openId={null} />);
    await waitFor(() => expect(p.load).toHaveBeenCalledTimes(2));
  });

  test("opening a new control's detail marks it seen; the open detail keeps its tag", async () => {
    const p = port([added.id, old.id]);
    const { rerender } = render(<Harness port={p} scannedAt="2026-12-05T10:00:00Z" openId={null} />);
    await waitFor(() => expect(ids()).toBe(`${added.id},${old.id}`));
    rerender(<Harness port={p} scannedAt="2026-12-05T10:00:00Z" openId={added.id} />);
    await waitFor(() => expect(ids()).toBe(old.id));
    expect(p.markSeen).toHaveBeenCalledWith([added.id]);
    expect(screen.getByTestId('detail').textContent).toBe('new');
  });

  test('"Mark all as seen" sends every new id', async () => {
    const p = port([added.id, old.id]);
    render(<Harness port={p} scannedAt="2026-12-05T10:00:00Z" openId={null} />);
    await waitFor(() => expect(ids()).toBe(`${added.id},${old.id}`));
    fireEvent.click(screen.getByRole('button', { name: 'all' }));
    await waitFor(() => expect(ids()).toBe(''));
    expect(p.markSeen).toHaveBeenCalledWith([added.id, old.id]);
  });

  test('a refusal reaches the page', async () => {
    const p = { ...port([]), load: vi.fn(() => Promise.reject(new Error('The store is unavailable.'))) };
    render(<Harness port={p} scannedAt="2026-12-05T10:00:00Z" openId={null} />);
    await waitFor(() => expect(p.onError).toHaveBeenCalledWith(new Error('The store is unavailable.')));
  });
});
