import { beforeAll, describe, expect, test } from 'vitest';
import { applyDispositions } from '../engine/history/dispositions';
import { rankedImprovements } from '../engine/score/improvements';
import type { ScanResult } from '../engine/scan/run-scan';
import { scanDemoTenant } from '../scanner/demo-scan';
import { popupStateOf, POPUP_ACTIONS } from './popup-state';
import type { AppState } from './protocol';

let demo: ScanResult;
let state: AppState;
beforeAll(async () => {
  demo = await scanDemoTenant({ clock: () => Date.parse('2026-12-04T23:45:00Z') });
  state = { scan: applyDispositions(demo, [], '2026-12-05T00:00:00Z'), demo: true, scanning: false, error: null };
});

describe('popupStateOf', () => {
  test('the popup gets the same score, counts and top five as the dashboard, not the evidence', () => {
    const popup = popupStateOf(state).scan!;
    expect(popup.score).toEqual(demo.score);
    expect(popup.tenantName).toBe(demo.tenant.displayName);
    expect(popup.controls).toBe(demo.controls.length);
    expect(popup.coverage.unknown).toBe(demo.summary.coverage.unknown);
    expect(popup.actions.map((a) => a.id)).toEqual(
      rankedImprovements(state.scan!)
        .slice(0, POPUP_ACTIONS)
        .map((a) => a.id),
    );
    // Kilobytes, not the whole scan: the popup's answer and the copy it paints from stay small.
    const slim = JSON.stringify(popupStateOf(state)).length;
    expect(slim).toBeLessThan(JSON.stringify(state).length / 20);
    expect(JSON.stringify(popupStateOf(state))).not.toContain('"evidence"');
  });

  test("a borrowed action carries Microsoft's verdict and its age, our own none", () => {
    const popup = popupStateOf(state).scan!;
    for (const a of popup.actions) {
      const c = demo.controls.find((x) => x.id === a.id)!;
      expect(Boolean(a.borrowedFrom)).toBe(c.source === 'microsoft');
    }
  });

  test('made once per answer: keeping the copy and sending it share the work', () => {
    expect(popupStateOf(state)).toBe(popupStateOf(state));
    expect(popupStateOf({ ...state })).not.toBe(popupStateOf(state));
  });

  test('no scan stays no scan; the sign-in, the change and the notice come along', () => {
    const empty: AppState = { scan: null, demo: false, scanning: true, error: 'Store unavailable.', notice: 'n' };
    expect(popupStateOf({ ...empty, dispositions: [] })).toEqual(empty);
    const previous = { scannedAt: '2026-12-03T00:00:00Z', percent: 40 };
    expect(popupStateOf({ ...state, previous }).previous).toEqual(previous);
  });
});
