/**
 * The CLI as a CI system runs it: real processes, the simulator served over HTTP on 127.0.0.1, exit
 * codes and the documented JSON shape.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReportChanges } from '../cli/changes';
import { shortTime } from '../cli/format-summary';
import { serviceFlags } from '../cli/service-args';
import { ADMIN_SERVICES, adminServiceInfo, type AdminService } from '../lib/graph/sources/admin-services';
import { TENANT_ID } from '../simulator/tenants/contoso-people';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/scan.ts', ...args], {
      env: { ...process.env, POSTURE_LENS_TOKEN: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface Served {
  url: string;
  /** Each admin service's root (serve-cli's second line), for --exo-url and the like. */
  services: Record<AdminService, string>;
  child: ChildProcess;
}

async function serve(extra: readonly string[] = []): Promise<Served> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'simulator/serve-cli.ts', '--tenant', 'contoso', '--port', '0', ...extra],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  let url = '';
  const services = await new Promise<Record<AdminService, string>>((resolve) =>
    lines.on('line', (l) => {
      if (/^listening (\S+)/.test(l)) url = l.split(' ')[1]!;
      if (l.startsWith('services '))
        resolve(
          Object.fromEntries(
            l
              .split(' ')
              .slice(1)
              .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
          ) as Record<AdminService, string>,
        );
    }),
  );
  return { url, services, child };
}

/** RFC 4180 records: a quoted field may hold commas, doubled quotes and line breaks. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ',' && ch !== '\r')) field += ch;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else {
      record.push(field);
      records.push(record);
      [record, field] = [[], ''];
      i++; // the \n of \r\n
    }
  }
  return records;
}

const jwt = (claims: object) =>
  ['{"alg":"none"}', JSON.stringify(claims)].map((p) => Buffer.from(p).toString('base64url')).join('.') + '.sig';

/**
 * Graph, DNS and every admin service from the simulator over HTTP, with a token for each naming the demo
 * tenant: what `--demo` reads in process, read as a real tenant's would be.
 */
const overHttp = (s: Served): string[] => [
  '--graph-url',
  s.url,
  '--doh-url',
  `${s.url}/dns-query`,
  '--token',
  jwt({ tid: TENANT_ID }),
  ...ADMIN_SERVICES.flatMap((a) => [
    `--${serviceFlags[a].token}`,
    jwt({ tid: TENANT_ID }),
    `--${serviceFlags[a].url}`,
    s.services[a],
  ]),
];

/** The parts of a JSON report these tests read. */
interface Report {
  scannedAt: string;
  score: { percent: number; achieved: number };
  controls: Array<{
    id: string;
    title: string;
    status: string;
    score: number;
    maxScore: number;
    source: string;
    sources: string[];
    reason: string;
    serviceRead?: { services: AdminService[]; live: boolean; why?: string };
  }>;
  stats: {
    graphRequests: number;
    httpCalls: number;
    roundTrips: number;
    dnsLookups: number;
    services?: Record<string, { requests: number }>;
  };
  changes?: ReportChanges;
}

/** Each control's verdict, and whether an admin service decided it live. */
const verdicts = (json: Pick<Report, 'controls'>) =>
  json.controls.map((c) => [c.id, c.status, c.score, c.serviceRead?.live ?? null]);

describe('npm run -s scan', () => {
  let sim: Served;
  let unauthorised: Served;
  let noOrganization: Served;
  // Runs several tests read, each made once (every run is a process).
  let demoJson: Promise<Run> | undefined;
  let httpJson: Promise<Run> | undefined;
  const demoJsonRun = () => (demoJson ??= run(['--demo', '--format', 'json']));
  const httpJsonRun = () => (httpJson ??= run([...overHttp(sim), '--format', 'json']));
  beforeAll(async () => {
    [sim, unauthorised, noOrganization] = await Promise.all([
      serve(),
      serve(['--faults', JSON.stringify([{ path: '/$batch', kind: 'status', status: 401 }])]),
      serve(['--faults', JSON.stringify([{ path: '/organization', kind: 'forbidden' }])]),
    ]);
  }, 60_000);
  afterAll(() => {
    sim?.child.kill();
    unauthorised?.child.kill();
    noOrganization?.child.kill();
  });

  test('--demo --format json prints the documented shape', async () => {
    const r = await demoJsonRun();
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown> & {
      controls: Array<Record<string, unknown>>;
      score: Record<string, number>;
    };
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['tool', 'tenant', 'scannedAt', 'score', 'controls', 'stats']),
    );
    expect(json.tool).toMatchObject({
      name: 'posture-lens',
      version: expect.any(String),
      catalogVersion: expect.any(String),
    });
    expect(json.tenant).toMatchObject({ id: expect.any(String), displayName: 'Contoso', cloud: 'global' });
    expect(new Date(json.scannedAt as string).toISOString()).toBe(json.scannedAt);
    expect(json.stats).toMatchObject({
      graphRequests: expect.any(Number),
      httpCalls: expect.any(Number),
      roundTrips: expect.any(Number),
      retries: 0,
      durationMs: expect.any(Number),
    });
    for (const c of json.controls) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining([
          'id',
          'title',
          'category',
          'status',
          'score',
          'maxScore',
          'refs',
          'reason',
          'evidence',
          'sources',
          'adminUrl',
        ]),
      );
      // A manual control reads nothing from Graph (unless Secure Score decided it); every other starts with a GET.
      // A review control reads nothing either: it is an admin's attestation, and the CLI has none.
      if (!c.manualCheck && !c.review) expect((c.sources as string[])[0]).toMatch(/^GET \/(v1\.0|beta)\//);
      expect(c.kind).toBe(c.review ? 'attestation' : 'measured');
      if (c.review) {
        expect(c).toMatchObject({ status: 'fail', score: 0, review: { state: 'never' } });
        expect(c.reason).toMatch(/^Not reviewed: /);
      }
      // Issue 17: a control read from an admin service names its cmdlet or configuration, read or not.
      for (const source of c.sources as string[])
        expect(source).toMatch(
          /^(GET \/(v1\.0|beta)\/|DNS |Exchange Online: Get-|Security & Compliance: Get-|Microsoft Teams: GET \/|SharePoint Online: GET \/_api\/SPO\.Tenant$)/,
        );
    }
    expect(json.controls.filter((c) => c.kind === 'attestation')).toHaveLength(6);
    const sum = json.controls.reduce((n, c) => n + (c.score as number), 0);
    expect(json.score.achieved).toBeCloseTo(sum, 5);

    // Issue 14 §2: Microsoft's rows read as Microsoft's, each told apart, each linked to its own page.
    const borrowed = json.controls.filter((c) => c.source === 'microsoft' && String(c.id).startsWith('microsoft-'));
    expect(borrowed.length).toBeGreaterThan(100);
    const titles = borrowed.map((c) => String(c.title).toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    for (const t of titles) expect(t).toMatch(/\s/);
    for (const c of borrowed) {
      const url = new URL(String(c.adminUrl));
      expect(url.protocol).toBe('https:');
      expect(url.href).not.toBe('https://security.microsoft.com/securescore?viewid=actions');
    }
    // Out of the score: "—" and why, in the JSON as `outOfScore`.
    for (const c of json.controls.filter((x) => x.status === 'notLicensed' || x.status === 'manual'))
      expect(c.outOfScore).toMatch(/^(needs .+|check by hand|not scored by Microsoft for this tenant)$/);
  }, 60_000);

  test('scans Graph and every admin service over HTTP exactly as a real tenant, with the same verdicts as --demo', async () => {
    const [http, demo] = await Promise.all([httpJsonRun(), demoJsonRun()]);
    expect(http.code).toBe(0);
    expect(http.stderr).toContain(`Admin services read for tenant ${TENANT_ID} (the tid claim of --token).`);
    const a = JSON.parse(http.stdout) as Report & { tenant: { cloud: string } };
    const d = JSON.parse(demo.stdout) as Report;
    // Like with like: --demo reads the services in process, this run over HTTP with a token for each.
    expect(verdicts(a)).toEqual(verdicts(d));
    expect(a.controls.filter((c) => c.serviceRead?.live).length).toBeGreaterThanOrEqual(30);
    for (const s of ADMIN_SERVICES) {
      expect(a.stats.services?.[s]?.requests, s).toBeGreaterThan(0);
      expect(a.stats.services?.[s]?.requests, s).toBe(d.stats.services?.[s]?.requests);
    }
    expect(a.tenant.cloud).toBe('custom');
    // Three waves (sources, then excluded groups and DNS, then the names evidence shows); each wave's
    // GETs ride in batches of 20. Secure Score's control profiles page twice more beside the last two
    // (pages 2 and 3 follow one another, and no wave waits for them). The services are read beside them.
    expect(a.stats.roundTrips).toBe(3);
    expect(a.stats.httpCalls).toBeLessThanOrEqual(Math.ceil(a.stats.graphRequests / 20) + 4);
  }, 60_000);

  test('--graph-url <sim> --doh-url <sim>/dns-query: DNS checks read the simulator, same verdicts as --demo', async () => {
    const [http, demo] = await Promise.all([httpJsonRun(), demoJsonRun()]);
    expect(http.code).toBe(0);
    const a = JSON.parse(http.stdout) as Report;
    expect(verdicts(a)).toEqual(verdicts(JSON.parse(demo.stdout) as Report));
    const email = a.controls.filter((c) => c.sources.some((s) => s.startsWith('DNS ')));
    expect(email.map((c) => [c.id, c.status])).toEqual([
      ['email-spf-hardfail-configured', 'fail'],
      ['email-dmarc-enforced', 'fail'],
      ['email-dkim-enabled', 'partial'],
    ]);
    // TXT, _dmarc TXT and the two DKIM selectors (CNAME, and TXT for the key at its end), for contoso.com and
    // fabrikam.co.uk; and _dmarc.co.uk, where fabrikam.co.uk's organizational domain's DMARC record would be.
    expect(a.stats.dnsLookups).toBe(13);
  }, 60_000);

  test('--demo reads Exchange Online, Security & Compliance and Teams live, naming the service and what it read', async () => {
    const json = JSON.parse((await demoJsonRun()).stdout) as Report;
    const decided = (id: string, service: AdminService, source: string) => {
      const c = json.controls.find((x) => x.id === id);
      expect(c, id).toMatchObject({ source: 'posture-lens', serviceRead: { services: [service], live: true } });
      expect(c?.sources, id).toContain(`${adminServiceInfo[service].label}: ${source}`);
      expect(['pass', 'partial', 'fail'], `${id}: ${c?.reason}`).toContain(c?.status);
    };
    decided('email-external-forwarding-blocked', 'exchange', 'Get-HostedOutboundSpamFilterPolicy');
    decided('purview-dlp-policies-enabled', 'compliance', 'Get-DlpCompliancePolicy');
    decided('teams-meeting-lobby-enforced', 'teams', 'GET /Skype.Policy/configurations/TeamsMeetingPolicy');
    // No service went unread: not one control fell back to its check by hand or to Microsoft's verdict.
    expect(json.controls.filter((c) => c.serviceRead && !c.serviceRead.live)).toEqual([]);
    for (const s of ADMIN_SERVICES) expect(json.stats.services?.[s]?.requests, s).toBeGreaterThan(0);
  }, 60_000);

  test('the token can come from POSTURE_LENS_TOKEN; table output lists what to fix', async () => {
    const r = await run(['--graph-url', sim.url, '--doh-url', `${sim.url}/dns-query`], {
      POSTURE_LENS_TOKEN: 'from-env',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Posture Lens — Contoso/);
    expect(r.stdout).toMatch(/\nTop 10 of \d+ to fix, ranked:\n/);
  }, 60_000);

  test('the default --demo table fits an 80-column terminal in under 40 lines, with no colour codes when piped', async () => {
    const r = await run(['--demo']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(40);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('MFA is required for every user');
    expect(r.stdout).toMatch(/--all\s+lists\s+them/);
    // Before any verdict, which services were read live: each by name while they fit one line.
    const named = `Read live: Graph, ${ADMIN_SERVICES.map((s) => adminServiceInfo[s].label).join(', ')}.`;
    const counted = `Read live: Graph and all ${ADMIN_SERVICES.length} admin services.`;
    expect(lines.indexOf(named.length <= 80 ? named : counted)).toBeGreaterThan(0);
  }, 60_000);

  test('--top 3 lists three actions; --all lists every one with its link, the checks by hand and "—" for them', async () => {
    const [top, all] = await Promise.all([run(['--demo', '--top', '3']), run(['--demo', '--all'])]);
    expect(top.stdout).toMatch(/\nTop 3 of \d+ to fix, ranked:\n/);
    expect(top.stdout.match(/^ {2}(FAIL|PART|\?\?\?) /gm)).toHaveLength(3);
    expect(all.stdout).toContain('\nTo fix, ranked:\n');
    expect(all.stdout).toContain("\nTo check by hand (Microsoft Graph can't read these):\n");
    // The title may wrap (at the title's indent) before "(check by hand)".
    expect(all.stdout).toMatch(/^ {2}MAN {7}— {2}(.+\n {15})*.*\(check by hand\)$/m);
    expect(all.stdout).not.toMatch(/^ {2}MAN +-\/\d/m);
    expect(all.stdout).toContain('https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess');
    expect(all.stdout.split('\n').length).toBeGreaterThan(top.stdout.split('\n').length * 4);
  }, 60_000);

  test('--baseline of the same tenant scanned again over HTTP: `changes` empty, exit 0 with --fail-on-regression', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-lens-baseline-'));
    const file = join(dir, 'last.json');
    const graph = ['--graph-url', sim.url, '--doh-url', `${sim.url}/dns-query`, '--token', 'cli-test'];
    expect((await run([...graph, '--format', 'json', '--out', file])).code).toBe(0);
    const last = JSON.parse(readFileSync(file, 'utf8')) as Report;
    const again = await run([...graph, '--format', 'json', '--baseline', file, '--fail-on-regression']);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    const { changes } = JSON.parse(again.stdout) as Report;
    expect(changes).toMatchObject({
      since: last.scannedAt,
      score: { before: { percent: last.score.percent }, after: { percent: last.score.percent }, points: 0 },
      regressions: 0,
      improvements: 0,
      controls: [],
    });
    expect(['read', 'unavailable', 'notRead']).toContain(changes!.auditLog.status);
  }, 60_000);

  test('--baseline where a control passed: a regression first in the table, in `changes`, and exit 4 with --fail-on-regression', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-lens-baseline-'));
    const file = join(dir, 'last.json');
    expect((await run(['--demo', '--format', 'json', '--out', file])).code).toBe(0);
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
    const edited = report.controls.find((c) => c.status === 'fail' && c.maxScore > 0)!;
    Object.assign(edited, { status: 'pass', score: edited.maxScore });
    report.score.achieved += edited.maxScore;
    writeFileSync(file, JSON.stringify(report));

    const [table, json, bare] = await Promise.all([
      run(['--demo', '--baseline', file, '--fail-on-regression', '--fail-under', '90']),
      run(['--demo', '--format', 'json', '--baseline', file]),
      run(['--demo']),
    ]);
    // Both gates failed: the regression's 4, and a sentence for each.
    expect(table.code).toBe(4);
    expect(table.stderr).toBe(
      `1 control regressed since ${shortTime(report.scannedAt)} (--fail-on-regression): ${edited.id}.\n` +
        `Score ${report.score.percent}% is below --fail-under 90.\n`,
    );
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^Changes since ${shortTime(report.scannedAt)}: ${report.score.percent}% → \\d+% \\(−${edited.maxScore} points\\)$`,
      ),
    );
    // A "Who:" line comes between when the audit log wasn't read (or couldn't be).
    const heading = lines.indexOf('1 regression:');
    expect(heading === 1 || (heading === 2 && lines[1]!.startsWith('Who: '))).toBe(true);
    expect(lines[heading + 1]).toMatch(
      new RegExp(`^  PASS → FAIL +−${edited.maxScore}  ${edited.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    // Then the report as without a baseline.
    expect(table.stdout.slice(table.stdout.indexOf('\nPosture Lens — ') + 1).split('\n')[0]).toBe(
      bare.stdout.split('\n')[0],
    );

    // Without --fail-on-regression the regression is reported, not gated.
    expect(json.code).toBe(0);
    const [change, ...rest] = (JSON.parse(json.stdout) as Report).changes!.controls;
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      controlId: edited.id,
      title: edited.title,
      kind: 'regression',
      before: { status: 'pass', score: edited.maxScore },
      after: { status: 'fail', score: 0 },
      points: -edited.maxScore,
    });
  }, 60_000);

  test("--baseline that can't be one: exit 2 naming the file and the problem, no report", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-lens-baseline-'));
    const other = join(dir, 'other.json');
    const csv = join(dir, 'last.csv');
    writeFileSync(
      other,
      JSON.stringify({
        scannedAt: '2026-01-01T00:00:00Z',
        tenant: { id: 'fabrikam' },
        score: { percent: 1, achieved: 1 },
        controls: [],
      }),
    );
    writeFileSync(csv, 'id,title\n');
    const [missing, notJson, otherTenant] = await Promise.all([
      run(['--demo', '--baseline', join(dir, 'nope.json')]),
      run(['--demo', '--baseline', csv]),
      run(['--demo', '--format', 'json', '--baseline', other, '--out', join(dir, 'r.json')]),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe(`--baseline ${join(dir, 'nope.json')}: cannot read it (ENOENT).`);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr.split('\n')[0]).toBe(`--baseline ${csv}: not JSON; pass a report written by --format json.`);
    expect(otherTenant.code).toBe(2);
    expect(otherTenant.stderr.split('\n')[0]).toMatch(
      new RegExp(
        `^--baseline ${other}: a report of tenant fabrikam, not of the scanned tenant [0-9a-f-]{36}; pass a report of the same tenant\\.$`,
      ),
    );
    expect(() => readFileSync(join(dir, 'r.json'))).toThrow(/ENOENT/);
  }, 60_000);

  test('--out to a path that cannot be written: exit 2 with one sentence naming it, before any scan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-lens-out-'));
    const [noFolder, folder] = await Promise.all([
      run(['--demo', '--out', join(dir, 'missing', 'report.txt')]),
      run(['--demo', '--out', dir]),
    ]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stdout).toBe('');
    expect(noFolder.stderr.split('\n')[0]).toBe(
      `--out ${join(dir, 'missing', 'report.txt')}: cannot write there (ENOENT).`,
    );
    expect(folder.code).toBe(2);
    expect(folder.stderr.split('\n')[0]).toBe(`--out ${dir}: is a folder; name a file.`);
  }, 60_000);

  test('csv and junit formats: one valid record or testcase per control, the service-read ones with their live verdict', async () => {
    const [csv, junit, demo] = await Promise.all([
      run(['--demo', '--format', 'csv']),
      run(['--demo', '--format', 'junit']),
      demoJsonRun(),
    ]);
    const controls = (JSON.parse(demo.stdout) as Report).controls;
    const forwarding = controls.find((c) => c.id === 'email-external-forwarding-blocked')!;
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'id,title,category,status,score,maxScore,secureScore,cis,scuba,reason,adminUrl,manualCheck,source,disposition,measuredAt,stale,kind,review,outOfScore',
    );
    const [header, ...rows] = csvRecords(csv.stdout);
    expect(rows.map((r) => r[0])).toEqual(controls.map((c) => c.id));
    for (const r of rows) expect(r, r[0]).toHaveLength(header!.length);
    expect(rows.find((r) => r[0] === forwarding.id)?.slice(3, 10)).toEqual(
      expect.arrayContaining([forwarding.status, forwarding.reason]),
    );
    // A not-licensed or by-hand row has no score to read as "0 of 7", and says why in the last column.
    const outOfScore = csv.stdout.split('\r\n').filter((l) => /^[^,]+,[^,]+,\w+,(notLicensed|manual),/.test(l));
    expect(outOfScore.length).toBeGreaterThan(10);
    for (const row of outOfScore)
      expect(row).toMatch(
        /,(notLicensed|manual),,\d+,.*,(needs .+|check by hand|not scored by Microsoft for this tenant)$/,
      );
    expect(junit.stdout).toMatch(/^<\?xml/);
    expect(junit.stdout).toContain('<testcase classname="posture-lens.identity"');
    expect(junit.stdout.match(/<testcase /g)).toHaveLength(controls.length);
    expect(junit.stdout).toContain(`<testsuites name="Posture Lens" tests="${controls.length}"`);
    expect(junit.stdout.trimEnd()).toMatch(/<\/testsuites>$/);
    expect(junit.stdout).toContain(`name="${forwarding.id}: ${forwarding.title}">\n      <failure message="`);
  }, 60_000);

  test('exit 1 below --fail-under, 0 at or above it', async () => {
    const [below, above] = await Promise.all([
      run(['--demo', '--fail-under', '90']),
      run(['--demo', '--fail-under', '10']),
    ]);
    expect(below.code).toBe(1);
    expect(below.stderr).toMatch(/is below --fail-under 90/);
    expect(above.code).toBe(0);
  }, 60_000);

  test('exit 2 with one clear sentence on a usage error', async () => {
    const [noToken, badFormat, demoToken] = await Promise.all([
      run(['--graph-url', sim.url]),
      run(['--demo', '--format', 'xml']),
      run(['--demo', '--exo-token', 'x']),
    ]);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr.split('\n')[0]).toBe(
      'A token is needed: pass --token or set POSTURE_LENS_TOKEN (see --help).',
    );
    expect(badFormat.code).toBe(2);
    expect(demoToken.code).toBe(2);
    expect(demoToken.stdout).toBe('');
    expect(demoToken.stderr.split('\n')[0]).toBe(
      "--demo reads the simulator's services; --exo-token is for a real tenant.",
    );
  }, 60_000);

  test('--declarations: the report records them; a refused file exits 2 naming the file, the path and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-lens-declarations-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    const emergencyAccess = [{ id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user', reason: 'In the safe' }];
    writeFileSync(good, JSON.stringify({ emergencyAccess }));
    writeFileSync(bad, JSON.stringify({ emergencyAccess: [{ ...emergencyAccess[0], id: 'bg@contoso.com' }] }));
    const [judged, refused, table] = await Promise.all([
      run(['--demo', '--format', 'json', '--declarations', good]),
      run(['--demo', '--declarations', bad]),
      run(['--demo', '--declarations', good]),
    ]);
    expect(judged.code).toBe(0);
    expect((JSON.parse(judged.stdout) as { declarations: unknown }).declarations).toEqual({
      emergencyAccess,
      exemptions: [],
      privilegedRoles: null,
    });
    // Wrapped to 80 columns wherever the words fall.
    expect(table.stdout.replace(/\s+/g, ' ')).toContain(
      'Judged against your declarations: 1 emergency-access account, 0 exemptions, the default privileged roles.',
    );
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.split('\n')[0]).toBe(
      `--declarations ${bad}: emergencyAccess[0].id: expected an Entra object id (GUID).`,
    );
  }, 60_000);

  test('exit 3 when Graph refuses the sign-in or cannot be reached: the error alone, no report of unread rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-lens-refused-'));
    const [refused, unreachable, json] = await Promise.all([
      run(['--graph-url', unauthorised.url, '--token', 'expired']),
      run(['--graph-url', 'http://127.0.0.1:9', '--token', 'x']),
      run(['--graph-url', unauthorised.url, '--token', 'expired', '--format', 'json', '--out', join(dir, 'r.json')]),
    ]);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'Microsoft Graph refused the sign-in (HTTP 401): the token is missing, expired or for another cloud.\n',
    );
    expect(unreachable.code).toBe(3);
    expect(unreachable.stdout).toBe('');
    expect(unreachable.stderr).toContain('could not be reached');
    expect(json.code).toBe(3);
    expect(() => readFileSync(join(dir, 'r.json'))).toThrow(/ENOENT/);
  }, 60_000);

  test('exit 3 when the tenant could not be identified: the report is still printed, saying so, with no made-up id', async () => {
    const [table, json] = await Promise.all([
      run(['--graph-url', noOrganization.url, '--token', 'x', '--no-batch']),
      run(['--graph-url', noOrganization.url, '--token', 'x', '--format', 'json']),
    ]);
    expect(table.code).toBe(3);
    expect(table.stderr).toContain('The tenant could not be identified');
    expect(table.stdout).toContain('The tenant could not be identified');
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout) as { tenant: { id: string }; failure: { kind: string } };
    expect(report.tenant.id).toBe('');
    expect(report.failure.kind).toBe('unidentified');
  }, 60_000);
});
