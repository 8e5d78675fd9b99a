/**
 * CLI fleets (issue 16 §5) against the simulator serving several tenants over HTTP: the scans run in
 * this process (runFleet, as `--tenants` runs it), so the simulator's own count of scans at once
 * checks the concurrency limit; two real processes check what a CI job sees (the scan's exit code and
 * files, and the merge step).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FleetRow } from '../cli/fleet/fleet-row';
import { SUMMARY_COLUMNS, type FleetSummary } from '../cli/fleet/fleet-summary';
import { mergeFleetReports } from '../cli/fleet/merge-summaries';
import { runFleet, type FleetOptions } from '../cli/fleet/run-fleet';
import type { FleetEntry } from '../cli/fleet/tenants-file';
import { fleetTenantId, fleetToken, type FleetTenant } from '../simulator/fleet';
import { serveFleet, type RunningFleet } from '../simulator/serve-fleet';

const tid = fleetTenantId;
const FLEET: FleetTenant[] = [
  { tid: tid(1), posture: 'contoso' },
  { tid: tid(2), posture: 'hardenedE5' },
  { tid: tid(3), posture: 'freshDefaults' },
  { tid: tid(4), posture: 'unconsented' },
  { tid: tid(5), posture: 'contoso' },
  { tid: tid(6), posture: 'hardenedE5' },
  // Every Graph call answers 429 with Retry-After 0: the client retries, then gives up.
  {
    tid: tid(7),
    posture: 'freshDefaults',
    faults: [{ path: '*', kind: 'throttle', times: 1e6, retryAfterSeconds: 0 }],
  },
];

let fleet: RunningFleet;
beforeAll(async () => {
  fleet = await serveFleet(FLEET, { latencyMs: 20 });
}, 30_000);
afterAll(() => fleet?.close());

const entry = (n: number, name: string, extra: Partial<FleetEntry> = {}): FleetEntry => ({
  name,
  tenant: tid(n),
  token: fleetToken(tid(n)),
  dohUrl: fleet.dohUrl(tid(n)),
  from: `test:${n}`,
  ...extra,
});

const options = (entries: FleetEntry[], o: Partial<FleetOptions> = {}): FleetOptions => ({
  entries,
  concurrency: 3,
  outDir: mkdtempSync(join(tmpdir(), 'pl-fleet-')),
  graph: { graphRoot: fleet.url, cloud: 'custom' },
  dohUrl: 'http://127.0.0.1:9/dns-query',
  batch: true,
  failUnder: undefined,
  tokenCommand: undefined,
  env: {},
  fetch,
  ...o,
});

const summaryOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as FleetSummary;
const byName = (rows: readonly FleetRow[]) => Object.fromEntries(rows.map((r) => [r.name, r]));

describe('scan a fleet', () => {
  test.each([1, 3])(
    'never more than --concurrency %i scans at once, as the simulator counts them',
    async (n) => {
      fleet.resetStats();
      const rows = await runFleet(
        options(
          [1, 2, 3, 5, 6].map((i) => entry(i, `T${i}`)),
          { concurrency: n },
        ),
      );
      expect(rows.map((r) => r.status)).toEqual(Array(5).fill('scanned'));
      const stats = fleet.stats();
      expect(Object.keys(stats.tenants)).toHaveLength(5);
      expect(stats.scansAtOnce).toBeLessThanOrEqual(n);
      // The limit is used, not just respected: with 5 tenants and 20 ms a call, 3 run side by side.
      if (n > 1) expect(stats.scansAtOnce).toBeGreaterThan(1);
    },
    120_000,
  );

  test('a failing tenant is reported with its reason and never stops the others', async () => {
    const o = options(
      [
        entry(1, 'Contoso'),
        entry(4, 'Not consented'),
        entry(2, 'Hardened'),
        entry(3, 'No token', { token: undefined, tokenEnv: 'FLEET_TEST_UNSET' }),
        entry(5, 'Unreachable', { graphUrl: 'http://127.0.0.1:9' }),
        entry(6, 'Wrong token', { token: fleetToken(tid(1)) }),
        entry(3, 'Command fails', { token: undefined, tokenCommand: [process.execPath, '-e', 'process.exit(7)'] }),
        entry(7, 'Throttled'),
      ],
      { failUnder: 60 },
    );
    const rows = await runFleet(o);
    const r = byName(rows);
    expect(rows.map((x) => x.name)).toEqual(o.entries.map((e) => e.name));
    expect(r['Contoso']).toMatchObject({ status: 'scanned', displayName: 'Contoso', tenantId: tid(1), exitCode: 1 });
    expect(r['Hardened']).toMatchObject({ status: 'scanned', displayName: 'Woodgrove Bank', exitCode: 0 });
    expect(r['Not consented']).toMatchObject({ status: 'failed', exitCode: 3 });
    expect(r['Not consented']?.reason).toMatch(/HTTP 403/);
    expect(r['No token']?.reason).toMatch(/\$FLEET_TEST_UNSET is unset or empty/);
    expect(r['Unreachable']?.reason).toMatch(/reach/i);
    expect(r['Wrong token']?.reason).toBe(`The token (token) is for tenant ${tid(1)} (its tid claim), not ${tid(6)}.`);
    expect(r['Command fails']?.reason).toMatch(/^tokenCommand \(.+\) exited with 7\.$/);
    expect(r['Throttled']).toMatchObject({ status: 'failed' });

    const summary = summaryOf(o.outDir);
    expect(summary).toMatchObject({ kind: 'posture-lens-fleet-summary', exitCode: 3, failUnder: 60 });
    expect(summary.tenants).toEqual(rows);
    // Reports for the scanned tenants only.
    expect(readdirSync(o.outDir).sort()).toEqual(
      [
        'contoso.csv',
        'contoso.json',
        'contoso.junit.xml',
        'contoso.txt',
        'hardened.csv',
        'hardened.json',
        'hardened.junit.xml',
        'hardened.txt',
        'summary.csv',
        'summary.json',
        'summary.junit.xml',
      ].sort(),
    );
    const report = JSON.parse(readFileSync(join(o.outDir, 'contoso.json'), 'utf8')) as { score: { percent: number } };
    expect(report.score.percent).toBe(r['Contoso']?.score?.percent);

    const csv = readFileSync(join(o.outDir, 'summary.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe(SUMMARY_COLUMNS.join(','));
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv[2]).toMatch(/^Not consented,f1ee7000-0000-4000-8000-000000000004,failed,/);

    const junit = readFileSync(join(o.outDir, 'summary.junit.xml'), 'utf8');
    expect(junit.match(/<testsuite /g)).toHaveLength(rows.length);
    expect(junit).toContain('<testsuite name="Contoso (f1ee7000-0000-4000-8000-000000000001)" tests="');
    expect(junit).toMatch(/<testsuite name="No token \([^)]+\)" tests="1" failures="0" errors="1"/);
    expect(junit).toContain('<error message="No token: $FLEET_TEST_UNSET is unset or empty');
  }, 180_000);
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('as a CI job runs it', () => {
  test('npm run -s scan -- --tenants: the worst tenant decides the exit code; tokens from the environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-fleet-cli-'));
    const tenants = [
      { name: 'Hardened', tenant: tid(2), tokenEnv: 'TOKEN_HARDENED', dohUrl: fleet.dohUrl(tid(2)) },
      { name: 'Not consented', tenant: tid(4), token: fleetToken(tid(4)) },
    ];
    writeFileSync(join(dir, 'tenants.json'), JSON.stringify(tenants, null, 2));
    const r = await run(
      'cli/scan.ts',
      ['--tenants', join(dir, 'tenants.json'), '--graph-url', fleet.url, '--out-dir', join(dir, 'out')],
      { TOKEN_HARDENED: fleetToken(tid(2)) },
    );
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^Hardened\s+98% \(6 failing, 0 unknown\)\nNot consented\s+FAILED\s+.*HTTP 403/);
    expect(r.stderr).toContain('1 of 2 tenants scanned, 1 failed');
    expect(summaryOf(join(dir, 'out')).tenants.map((t) => t.status)).toEqual(['scanned', 'failed']);
  }, 120_000);

  test('npm run -s fleet-merge: shards into one overview; a tenant in two shards once, the later scan kept; one no shard reported failed', async () => {
    const a = mkdtempSync(join(tmpdir(), 'pl-shard-a-'));
    const b = mkdtempSync(join(tmpdir(), 'pl-shard-b-'));
    await runFleet(options([entry(1, 'Contoso'), entry(4, 'Not consented')], { outDir: a }));
    await runFleet(options([entry(2, 'Hardened'), entry(1, 'Contoso')], { outDir: b }));
    const dir = mkdtempSync(join(tmpdir(), 'pl-fleet-merge-'));
    const tenantsFile = join(dir, 'tenants.json');
    writeFileSync(
      tenantsFile,
      JSON.stringify([1, 2, 3, 4].map((n) => ({ name: `Tenant ${n}`, tenant: tid(n), tokenEnv: `TOKEN_${n}` }))),
    );
    const out = join(dir, 'overview');
    const r = await run('cli/merge-fleet-reports.ts', ['--out-dir', out, '--tenants', tenantsFile, a, b]);
    expect(r.code).toBe(3);
    const bContoso = summaryOf(b).tenants.find((t) => t.tenant === tid(1));
    expect(r.stderr).toContain(`Contoso (${tid(1)}) is in ${a} and ${b}: kept ${b}'s scan of ${bContoso?.scannedAt}.`);
    const merged = summaryOf(out).tenants;
    expect(merged.map((t) => [t.tenant, t.status])).toEqual([
      [tid(1), 'scanned'],
      [tid(2), 'scanned'],
      [tid(3), 'failed'],
      [tid(4), 'failed'],
    ]);
    expect(merged[0]?.scannedAt).toBe(bContoso?.scannedAt);
    expect(merged[2]?.reason).toMatch(/^No shard reported this tenant/);
    const junit = readFileSync(join(out, 'summary.junit.xml'), 'utf8');
    expect(junit.match(/<testsuite /g)).toHaveLength(4);
    expect(readFileSync(join(out, 'contoso.json'), 'utf8')).toBe(readFileSync(join(b, 'contoso.json'), 'utf8'));

    // The same shards judged again against a bar: the merge gates as one run would.
    const gated = mergeFleetReports({ shards: [b], outDir: mkdtempSync(join(tmpdir(), 'pl-merge-')), failUnder: 99 });
    expect(gated.rows.map((x) => x.exitCode)).toEqual([1, 1]);
    expect(gated.exitCode).toBe(1);
  }, 180_000);
});
