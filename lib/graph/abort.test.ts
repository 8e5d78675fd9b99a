import { describe, expect, test } from 'vitest';
import { abortError, isAbortError, timerSleep, unlessAborted } from './abort';

describe('abortError', () => {
  test('keeps an AbortError reason, otherwise makes one', () => {
    const controller = new AbortController();
    controller.abort();
    expect(abortError(controller.signal)).toBe(controller.signal.reason);
    const other = new AbortController();
    other.abort(new Error('user closed the popup'));
    expect(abortError(other.signal).name).toBe('AbortError');
    expect(isAbortError(abortError(undefined))).toBe(true);
  });
});

describe('timerSleep', () => {
  test('resolves after the time', async () => {
    await expect(timerSleep(1)).resolves.toBeUndefined();
  });

  test('rejects at once when the signal aborts, without waiting the timer out', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const sleeping = timerSleep(60_000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(timerSleep(1, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('unlessAborted', () => {
  test('passes values and errors through', async () => {
    const controller = new AbortController();
    await expect(unlessAborted(Promise.resolve(3), controller.signal)).resolves.toBe(3);
    await expect(unlessAborted(Promise.reject(new Error('x')), controller.signal)).rejects.toThrow('x');
    await expect(unlessAborted(Promise.resolve(4), undefined)).resolves.toBe(4);
  });

  test('rejects when aborted before the promise settles', async () => {
    const controller = new AbortController();
    const never = new Promise<void>(() => undefined);
    const waiting = unlessAborted(never, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
