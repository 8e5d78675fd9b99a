import { describe, expect, test } from 'vitest';
import { admitRescan, EMPTY_RESCAN_LOG, RESCAN_LIMITS, readRescanLog, type RescanLog } from './rescan-limit';

const T0 = Date.parse('2026-12-05T10:00:00Z');
const MIN = 60_000;

/** Admits as many as it can, returning the log and each answer. */
function run(asks: Array<[controlId: string, tabId: number, at: number]>) {
  let log: RescanLog = EMPTY_RESCAN_LOG;
  return asks.map(([controlId, tabId, at]) => {
    const answer = admitRescan(log, { controlId, tabId }, at);
    if (answer.ok) log = answer.log;
    return answer;
  });
}

describe('rescan limits', () => {
  test('one rescan per control per minute, from any tab; it can retry when the minute is up', () => {
    const [first, again, otherTab, later] = run([
      ['a', 1, T0],
      ['a', 1, T0 + 10_000],
      ['a', 2, T0 + 20_000],
      ['a', 1, T0 + MIN],
    ]);
    expect(first!.ok).toBe(true);
    expect(again).toEqual({ ok: false, limit: 'control', retryAt: T0 + MIN });
    expect(otherTab).toEqual({ ok: false, limit: 'control', retryAt: T0 + MIN });
    expect(later!.ok).toBe(true);
  });

  test(`${RESCAN_LIMITS.perTab} per tab in ten minutes; the next waits for the oldest to leave the window; other tabs are not held`, () => {
    const asks: Array<[string, number, number]> = ['a', 'b', 'c', 'd', 'e', 'f'].map((c, i) => [c, 1, T0 + i * MIN]);
    const answers = run([...asks, ['g', 2, T0 + 6 * MIN], ['h', 1, T0 + 10 * MIN]]);
    expect(answers.slice(0, 5).every((a) => a.ok)).toBe(true);
    expect(answers[5]).toEqual({ ok: false, limit: 'tab', retryAt: T0 + 10 * MIN });
    expect(answers[6]!.ok).toBe(true);
    expect(answers[7]!.ok).toBe(true);
  });

  test('a refused ask is not counted', () => {
    const answers = run([
      ['a', 1, T0],
      ...Array.from({ length: 20 }, (_, i): [string, number, number] => ['a', 1, T0 + 1000 + i]),
      ['b', 1, T0 + 2000],
    ]);
    expect(answers.at(-1)!.ok).toBe(true);
  });

  test('a stored log that is not one (another build, a bug) reads as empty, never as a crash', () => {
    expect(readRescanLog(undefined)).toEqual(EMPTY_RESCAN_LOG);
    expect(readRescanLog({ controls: { a: 'x' }, tabs: [] })).toEqual(EMPTY_RESCAN_LOG);
    const log = { controls: { a: T0 }, tabs: { '1': [T0] } };
    expect(readRescanLog(log)).toEqual(log);
  });
});
