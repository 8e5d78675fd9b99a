import { expect, test } from 'vitest';
import type { AuthState } from '../messaging/protocol';
import type { ScoredState } from '../store/scored-state';
import { createAppState } from './app-state';

const auth = { state: () => Promise.resolve({ status: 'signedOut' } as AuthState) };
const nothing: ScoredState = { scan: null, demo: false, dispositions: [], problem: null };

test('the pages see the scan, whether one is running, the sign-in, and an error or notice', async () => {
  let scanning = true;
  const state = createAppState({
    scored: { current: () => Promise.resolve(nothing) },
    auth,
    scans: { isScanning: () => scanning },
  });
  expect(await state()).toEqual({
    scan: null,
    demo: false,
    dispositions: [],
    scanning: true,
    error: null,
    notice: null,
    auth: { status: 'signedOut' },
  });
  scanning = false;
  expect(await state(null, 'Scan cancelled.')).toMatchObject({
    scanning: false,
    error: null,
    notice: 'Scan cancelled.',
  });
});

test("a scan's error outranks records that couldn't be read; without one, those are the error", async () => {
  const current = () => Promise.resolve({ ...nothing, problem: '1 scan could not be read.' });
  const state = createAppState({ scored: { current }, auth, scans: { isScanning: () => false } });
  expect((await state()).error).toBe('1 scan could not be read.');
  expect((await state('Graph is down.')).error).toBe('Graph is down.');
});

test('a store that cannot be opened is the error, with no scan', async () => {
  const current = () => Promise.reject(new Error("Posture Lens couldn't open its scan history."));
  const state = createAppState({ scored: { current }, auth, scans: { isScanning: () => false } });
  expect(await state()).toEqual({
    scan: null,
    demo: false,
    scanning: false,
    error: "Posture Lens couldn't open its scan history.",
  });
});

test("every state told is kept for the popup's copy, and a copy that can't be kept fails no answer", async () => {
  const kept: unknown[] = [];
  const scans = { isScanning: () => false };
  const keeping = createAppState({
    scored: { current: () => Promise.resolve(nothing) },
    auth,
    scans,
    keep: (s) => Promise.resolve(void kept.push(s)),
  });
  const told = await keeping(null, 'Scan cancelled.');
  expect(kept).toEqual([told]);
  const failing = createAppState({
    scored: { current: () => Promise.resolve(nothing) },
    auth,
    scans,
    keep: () => Promise.reject(new Error('storage.session is full')),
  });
  expect(await failing()).toMatchObject({ scan: null, error: null });
});

test('the pages are told which tenants regressed; a failure to tell leaves the line out, never the answer', async () => {
  const scans = { isScanning: () => false };
  const scored = { current: () => Promise.resolve(nothing) };
  const told = createAppState({
    scored,
    auth,
    scans,
    regressed: () => Promise.resolve({ count: 1, names: ['Contoso'] }),
  });
  expect((await told()).regressedTenants).toEqual({ count: 1, names: ['Contoso'] });
  const failing = createAppState({ scored, auth, scans, regressed: () => Promise.reject(new Error('no store')) });
  const state = await failing();
  expect(state).toMatchObject({ scan: null, error: null });
  expect(state).not.toHaveProperty('regressedTenants');
});
