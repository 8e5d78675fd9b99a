/**
 * Issue 14 §7: the demo reads like a real tenant. The hostile policy and user names stay in it, for the
 * tests that prove Graph strings render as text, but in evidence, never in the sentences of the actions
 * a first-time user reads.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { rankedImprovements } from '../lib/engine/score/improvements';
import { scanDemoTenant } from '../lib/scanner/demo-scan';
import { CONTOSO_INJECTION_NAME } from '../simulator/tenants/contoso';

let demo: ScanResult;
beforeAll(async () => {
  demo = await scanDemoTenant({ clock: () => Date.parse('2026-12-04T23:45:00Z') });
});

describe('the demo tenant', () => {
  test('its top ten actions carry no markup in their titles or reasons', () => {
    const top = rankedImprovements(demo).slice(0, 10);
    expect(top).toHaveLength(10);
    for (const i of top) expect(`${i.title} ${i.reason}`).not.toMatch(/[<>]|onerror/);
  });

  test("the hostile user name is still there, verbatim, in an action's evidence (the e2e renders it)", () => {
    const holders = demo.controls.filter((c) => c.evidence.some((e) => e.displayName === CONTOSO_INJECTION_NAME));
    expect(holders.map((c) => c.id)).toEqual(['entra-user-mfa-registered']);
    const rank = rankedImprovements(demo).findIndex((i) => i.id === 'entra-user-mfa-registered');
    expect(rank).toBeGreaterThanOrEqual(10);
  });
});
