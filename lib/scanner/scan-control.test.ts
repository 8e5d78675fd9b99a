import { describe, expect, test } from 'vitest';
import { abortError } from '../graph/abort';
import type { ScanProgress } from '../messaging/protocol';
import { createScanControl } from './scan-control';

describe('the scan control', () => {
  test('pushes progress to listeners, late joiners included, and returns the scan', async () => {
    const control = createScanControl();
    const heard: ScanProgress[] = [];
    const late: ScanProgress[] = [];
    control.subscribe((p) => heard.push(p));
    const result = await control.run(({ onProgress }) => {
      onProgress({ done: 2, total: 10 });
      control.subscribe((p) => late.push(p));
      onProgress({ done: 10, total: 10 });
      return Promise.resolve('scan');
    });
    expect(result).toEqual({ cancelled: false, value: 'scan' });
    expect(heard).toEqual([
      { done: 2, total: 10 },
      { done: 10, total: 10 },
    ]);
    expect(late).toEqual([
      { done: 2, total: 10 },
      { done: 10, total: 10 },
    ]);
    expect(control.running).toBe(false);
  });

  test('cancel aborts the signal; the run reports cancelled, not a failure', async () => {
    const control = createScanControl();
    const pending = control.run(
      ({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(abortError(signal)))),
    );
    expect(control.running).toBe(true);
    expect(control.cancel()).toBe(true);
    await expect(pending).resolves.toEqual({ cancelled: true });
    expect(control.cancel()).toBe(false);
  });

  test('cancelled after the last answer, before the save, is still cancelled', async () => {
    const control = createScanControl();
    const result = await control.run(() => {
      control.cancel();
      return Promise.resolve('scan');
    });
    expect(result).toEqual({ cancelled: true });
  });

  test('a real failure is still thrown, and one scan runs at a time', async () => {
    const control = createScanControl();
    let release = (): void => undefined;
    const first = control.run(() => new Promise<void>((r) => (release = r)));
    await expect(control.run(() => Promise.resolve())).rejects.toThrow('already running');
    release();
    await first;
    await expect(control.run(() => Promise.reject(new Error('Graph unreachable')))).rejects.toThrow(
      'Graph unreachable',
    );
  });
});
