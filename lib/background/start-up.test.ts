import { describe, expect, test, vi } from 'vitest';
import { scanWith } from '../../test/fixtures/scan-result';
import { restoreAtStart } from './start-up';

const scan = scanWith([]);
const deps = (expired: boolean, copyKept = false) => ({
  state: vi.fn(() => Promise.resolve(null)),
  popupCopyKept: vi.fn(() => Promise.resolve(copyKept)),
  auth: { restoreBadge: vi.fn(() => Promise.resolve(expired)) },
  scored: { current: vi.fn(() => Promise.resolve({ scan, demo: false, dispositions: [], problem: null })) },
  badge: { showScore: vi.fn(() => Promise.resolve()) },
});

describe('at worker start', () => {
  test("the popup's copy comes back, and the score on the toolbar", async () => {
    const d = deps(false);
    restoreAtStart(d);
    await vi.waitFor(() => expect(d.state).toHaveBeenCalledOnce());
    await vi.waitFor(() => expect(d.badge.showScore).toHaveBeenCalledWith(scan));
  });

  test("a worker woken while the popup's copy is kept doesn't read the whole state again for it", async () => {
    const d = deps(false, true);
    restoreAtStart(d);
    await vi.waitFor(() => expect(d.badge.showScore).toHaveBeenCalledWith(scan));
    expect(d.popupCopyKept).toHaveBeenCalledOnce();
    expect(d.state).not.toHaveBeenCalled();
  });

  test('an expired sign-in keeps its `!`: no score is painted over it', async () => {
    const d = deps(true);
    restoreAtStart(d);
    await vi.waitFor(() => expect(d.auth.restoreBadge).toHaveBeenCalled());
    await Promise.resolve();
    expect(d.scored.current).not.toHaveBeenCalled();
    expect(d.badge.showScore).not.toHaveBeenCalled();
  });
});
