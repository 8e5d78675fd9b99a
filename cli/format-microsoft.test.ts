import { beforeAll, describe, expect, test } from 'vitest';
import { catalogue } from '../controls';
import { toJson } from '../lib/engine/export/export-json';
import { requiredPermissions } from '../lib/engine/scan/permissions';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { scanDemoTenant } from '../lib/scanner/demo-scan';
import { scanTenant } from '../lib/scanner/scan-tenant';
import { createGraphSimulator } from '../simulator/simulator';
import { contoso } from '../simulator/tenants/contoso';
import { toTable } from './format-table';

const clock = () => Date.parse('2026-11-24T12:00:00Z');

describe('the demo tenant with Microsoft Secure Score', () => {
  let scan: ScanResult;
  beforeAll(async () => {
    scan = await scanDemoTenant({ clock });
  });

  test("the table shows Microsoft's score beside ours, with the similar-size comparison", () => {
    const lines = toTable(scan, { width: 400 }).split('\n');
    expect(lines[1]).toMatch(/^Score \d+%/);
    expect(lines[2]).toMatch(
      /^Microsoft Secure Score \d+% {2}· {2}\d+ of \d+ points {2}· {2}measured 23 Nov 2026 {2}· {2}organisations of similar size average \d+%$/,
    );
  });

  test('Microsoft-only controls are marked with their source and date', () => {
    expect(toTable(scan)).toMatch(
      /FAIL +0\/\d+ {2}Block every form of external mail forwarding\n {7}Microsoft, measured 23 Nov 2026: \S/,
    );
    expect(toTable(scan, { all: true, width: 400 })).toMatch(
      /FAIL +0\/\d+ {2}Block every form of external mail forwarding \[Microsoft, measured 23 Nov 2026\]/,
    );
  });

  test('the differences list explains each disagreement', () => {
    const table = toTable(scan, { all: true, width: 400 });
    const diff = table.slice(table.indexOf('Differences with Microsoft:'));
    expect(diff).toContain('ours FAIL · Microsoft PASS  Legacy authentication is blocked');
    expect(diff).toContain(
      'A different rule: Posture Lens checks "Legacy authentication is blocked"; Microsoft checks "Block legacy authentication with Conditional Access".',
    );
    expect(diff).toContain('A licence difference: Posture Lens found no Microsoft Entra ID P2');
  });

  test("JSON adds microsoft to controls that have it and Microsoft's section", () => {
    const json = toJson(scan);
    const legacy = json.controls.find((c) => c.id === 'entra-legacy-auth-blocked');
    expect(legacy?.microsoft).toMatchObject({ score: 8, maxScore: 8, measuredAt: '2026-11-23T06:00:00Z' });
    expect(json.controls.find((c) => c.id === 'microsoft-mdo_blockmailforward')).toMatchObject({
      source: 'microsoft',
      status: 'fail',
      microsoft: { score: 0, maxScore: 8 },
    });
    expect(json.microsoft).toMatchObject({ available: true, measuredAt: '2026-11-23T06:00:00Z' });
    expect(json.microsoft && 'history' in json.microsoft && json.microsoft.history).toHaveLength(90);
  });
});

test('without SecurityEvents.Read.All the table says so and everything else is scored', async () => {
  const granted = requiredPermissions(catalogue)
    .map((n) => n.permission)
    .filter((p) => p !== 'SecurityEvents.Read.All');
  const sim = createGraphSimulator(contoso(), { grantedScopes: granted });
  const scan = await scanTenant({
    graphRoot: 'https://graph.microsoft.com',
    cloud: 'global',
    fetch: sim.fetch,
    getToken: () => Promise.resolve('t'),
    clock,
  });
  const table = toTable(scan, { all: true });
  expect(table.split('\n')[2]).toBe('Microsoft Secure Score: SecurityEvents.Read.All not granted');
  expect(table).not.toContain('[Microsoft,');
  expect(toTable(scan)).not.toContain('From Microsoft');
  expect(scan.controls.every((c) => c.source === 'posture-lens')).toBe(true);
  expect(scan.score.percent).toBeGreaterThan(0);
});

test('scanned more than 7 days after Microsoft measured: the table marks its score and verdicts stale', async () => {
  const late = await scanDemoTenant({ clock: () => Date.parse('2026-12-05T01:00:00Z') });
  const table = toTable(late, { all: true, width: 400 });
  expect(table.split('\n')[2]).toContain('measured 23 Nov 2026 (stale: 11 days before this scan)');
  expect(toTable(late)).toContain('Microsoft, measured 23 Nov 2026, stale: ');
  expect(table).toMatch(
    /FAIL +0\/\d+ {2}Block every form of external mail forwarding \[Microsoft, measured 23 Nov 2026, STALE\]/,
  );
  // What an admin marked in Secure Score is named as an attestation, not a measured verdict.
  expect(table).toMatch(/\[Microsoft, measured 23 Nov 2026, STALE, ATTESTED\]/);
});
