/**
 * A whole scan: collect the sources of every control, de-duplicate them, read them in one go
 * through the injected reader (batched by the Graph client), then run every control. Pure apart from
 * the reader and the clock it is given, so it runs the same in the extension and in Node.
 */
import type { GraphOutcome, GraphProgress, GraphStats } from '../../graph/sources/graph-request';
import type { DnsResolver } from '../../graph/sources/define-dns-source';
import type { AnyControl, ScanContext } from '../verdict/control';
import type { ControlResult } from '../verdict/result';
import { scoreOf, type ScoreSummary } from '../score/score';
import { mergeSecureScore, type PreviousScan } from '../secure-score/merge-secure-score';
import type { MicrosoftSection } from '../secure-score/microsoft-verdict';
import { collectSecondWave, collectServiceSources, collectSources, toGraphGet } from './collect-sources';
import { noServices, toServiceGet, type ServiceReader, type ServiceStats } from './service-reader';
import type { AdminService } from '../../graph/sources/admin-services';
import { noDeclarations, type Declarations } from './declarations';
import { resolveNames, type DirectoryNames } from './directory-names';
import type { GraphReader } from './graph-reader';
import type { LicenceState } from './licences';
import { readDns } from './read-dns';
import { readFollowUps } from './read-follow-ups';
import { readSource, runControl } from './run-control';
import { firstPageOf, readLaterPages } from './later-pages';
import { secureScoreControlProfiles } from '../../graph/sources/secure-score-control-profiles';
import { scanFailureOf, type ScanFailure } from './scan-failure';
import { scanRoundTrips } from './scan-round-trips';
import type { TenantIdentity } from './tenant-identity';
import { readTenant } from './tenant-reads';
import { progressAcrossWaves } from './wave-progress';
import type { AuditRead, ExclusionGroup } from '../watch/audit-event';
import { auditWindowOf } from '../watch/audit-read';
import { auditGets, scanWatchOf } from '../watch/scan-watch';
import type { AuditWindow } from '../../graph/sources/directory-audits';

export interface ScanOptions {
  readonly controls: readonly AnyControl[];
  readonly reader: GraphReader;
  readonly tool: { readonly name: string; readonly version: string; readonly catalogVersion: string };
  readonly cloud: string;
  /** Milliseconds since the epoch; injected so the engine never reads the clock itself. */
  readonly clock: () => number;
  readonly onProgress?: (p: GraphProgress) => void;
  /** Looks up DNS sources' names; without it, controls that read DNS are unknown. */
  readonly dns?: DnsResolver;
  /** The tenant's previous scan, for Microsoft's new controls and stale-verdict explanations. */
  readonly previous?: PreviousScan | null;
  /** What the admin declared (emergency accounts, exemptions, privileged roles); absent: nothing declared. */
  readonly declarations?: Declarations;
  /** Read the Entra audit log since `previous` (default true); a rescan of a few controls doesn't. */
  readonly readAudit?: boolean;
  /**
   * Reads Exchange Online, Security & Compliance and Teams (issue 17) for the services it says are on;
   * absent, none is read and the controls that read them stay checks by hand.
   */
  readonly services?: ServiceReader;
}

export interface ScanResult {
  readonly tool: ScanOptions['tool'];
  /**
   * Whose scan it is. `id` is '' when the organization read failed (then `failure.kind` is
   * 'unidentified'): never a made-up id. `initialDomain` (`contoso.onmicrosoft.com`) names the tenant's
   * SharePoint admin host; absent in older scans and when Graph didn't say.
   */
  readonly tenant: {
    readonly id: string;
    readonly displayName: string;
    readonly cloud: string;
    readonly initialDomain?: string;
  };
  readonly scannedAt: string;
  readonly score: { readonly achieved: number; readonly available: number; readonly percent: number };
  readonly summary: ScoreSummary;
  readonly licences: { readonly known: boolean; readonly skus: readonly string[]; readonly why?: string };
  readonly controls: readonly ControlResult[];
  readonly stats: GraphStats & {
    readonly durationMs: number;
    /** DNS lookups made (each distinct name and type once), when the scan had a resolver. */
    readonly dnsLookups?: number;
    /** Reads of each admin service read in this scan. */
    readonly services?: Readonly<Partial<Record<AdminService, ServiceStats>>>;
    /**
     * The scan's longest chain of HTTP calls, Graph's and the admin services' read beside each other
     * (`roundTrips` is Graph's alone); absent in scans stored before it was counted.
     */
    readonly scanRoundTrips?: number;
  };
  /** The scan as a whole failed, or can't say whose it is: never saved. */
  readonly failure?: ScanFailure;
  /** Microsoft Secure Score beside ours; absent in scans stored before it was read. */
  readonly microsoft?: MicrosoftSection;
  /** Made by "Rescan this control": only these controls were read again; the rest carry over from `basedOn`. */
  readonly rescan?: { readonly controlIds: readonly string[]; readonly basedOn: string };
  /**
   * The declarations every verdict was judged against, so an accepted exclusion traces back to its
   * declaration and reason; absent in scans stored before they were recorded (judged as none declared).
   */
  readonly declarations?: Declarations;
  /**
   * Names for the ids evidence shows (excluded users, groups, roles, apps …), read after the verdicts;
   * an id missing here is shown as it is. Absent in scans stored before names were read.
   */
  readonly names?: DirectoryNames;
  /** Why some names couldn't be read ("HTTP 403 (needs User.Read.All) (3 lookups failed)"); absent when all were. */
  readonly namesUnreadable?: string;
  /** Entra audit events since the previous scan, attached to controls (issue 15); absent when not read. */
  readonly audit?: AuditRead;
  /** Groups Conditional Access excludes and their members, for the next scan's membership diff. */
  readonly exclusionGroups?: readonly ExclusionGroup[];
}

/** The admin-service reads of the services this scan reads, in parallel with Graph's first wave. */
function readServices(opts: ScanOptions): Promise<ReadonlyMap<string, GraphOutcome>> {
  const services = opts.services;
  if (!services) return Promise.resolve(new Map());
  const gets = collectServiceSources(opts.controls)
    .filter((s) => services.access(s.service).on)
    .map(toServiceGet);
  return gets.length === 0 ? Promise.resolve(new Map()) : services.read(gets);
}

const PROFILES = toGraphGet(secureScoreControlProfiles);

/**
 * Both waves: every static source at once, then, from what they returned, Graph follow-ups and DNS
 * lookups side by side. The second wave's reads are by source id. Beside them, and waited for only
 * when the verdicts need them: the admin services (from the start) and the Secure Score profiles'
 * later pages (from the end of the first wave; only the merge at the end reads them).
 */
async function readWaves(opts: ScanOptions, window: AuditWindow | null) {
  const waves = progressAcrossWaves(opts.onProgress);
  const services = readServices(opts);
  const first = [
    ...collectSources(opts.controls)
      .map((g) => toGraphGet(g))
      .map((g) => (g.key === PROFILES.key ? firstPageOf(g) : g)),
    ...(window ? auditGets(window) : []),
  ];
  const graph = await opts.reader.getAll(first, waves.next());
  const profiles = readLaterPages(opts.reader.fork?.() ?? opts.reader, PROFILES, graph.get(PROFILES.key));
  // Awaited only at the end: a scan cancelled before then rejects there, not as an unhandled rejection.
  profiles.catch(() => undefined);
  const { derived, dns } = collectSecondWave(opts.controls);
  const [followUps, lookups] = await Promise.all([
    readFollowUps(derived, graph, opts.reader, waves),
    readDns(dns, graph, opts.dns),
  ]);
  // Keys never collide: Graph's start with "GET /", a service's with its name.
  const outcomes: ReadonlyMap<string, GraphOutcome> = new Map([...graph, ...(await services)]);
  return {
    outcomes,
    profiles,
    secondWave: new Map([...followUps, ...lookups.reads]),
    dnsLookups: lookups.lookups,
    waves,
  };
}

/** Whose scan it is: never a made-up id. */
function tenantOf(identity: TenantIdentity, cloud: string): ScanResult['tenant'] {
  if (!identity.ok) return { id: '', displayName: 'Unidentified tenant', cloud };
  return {
    id: identity.id,
    displayName: identity.displayName,
    cloud,
    ...(identity.initialDomain ? { initialDomain: identity.initialDomain } : {}),
  };
}

function licencesOf(licences: LicenceState): ScanResult['licences'] {
  return licences.known ? { known: true, skus: licences.skus } : { known: false, skus: [], why: licences.why };
}

export async function runScan(opts: ScanOptions): Promise<ScanResult> {
  const started = opts.clock();
  const scannedAt = new Date(started).toISOString();
  // The audit log's window is known before anything is read, so its requests join the first wave.
  const window = opts.readAudit === false ? null : auditWindowOf(scannedAt, opts.previous?.scannedAt);
  const read = await readWaves(opts, window);
  const { secondWave, dnsLookups, waves } = read;
  const { identity, licences, scores } = readTenant(read.outcomes);
  // Only a tenant id the organization read returned can confirm Secure Score's answer is this tenant's.
  const tenantId = identity.ok ? identity.id : undefined;

  const declarations = opts.declarations ?? noDeclarations;
  const ctx: ScanContext = { now: scannedAt, tenantId: tenantId ?? '', declared: declarations };
  const access = (opts.services ?? noServices).access;
  const ours = opts.controls.map((c) => runControl(c, read.outcomes, licences, ctx, secondWave, access));
  // One more wave, after the verdicts: only evidence says which ids need a name.
  const depth = () => opts.reader.chainDepth?.() ?? opts.reader.stats.roundTrips;
  const beforeNames = depth();
  const names = await resolveNames(ours, opts.reader, waves.next());
  const afterNames = depth();
  const profilesRead = await read.profiles;
  const outcomes = profilesRead ? new Map(read.outcomes).set(PROFILES.key, profilesRead) : read.outcomes;
  const profiles = readSource(secureScoreControlProfiles, profilesRead);
  const { controls, microsoft } = mergeSecureScore({
    results: ours,
    scores,
    profiles,
    scannedAt,
    tenantId,
    ...(opts.previous ? { previous: opts.previous } : {}),
  });
  const summary = scoreOf(controls);
  const failure = scanFailureOf(outcomes, identity);
  const watch = scanWatchOf({ window, outcomes, secondWave, controls: opts.controls, names: names.names });

  return {
    tool: opts.tool,
    tenant: tenantOf(identity, opts.cloud),
    scannedAt,
    score: { achieved: summary.achieved, available: summary.available, percent: summary.percent },
    summary,
    licences: licencesOf(licences),
    controls,
    stats: {
      ...opts.reader.stats,
      ...(opts.dns ? { dnsLookups } : {}),
      ...(opts.services && Object.keys(opts.services.stats).length > 0 ? { services: { ...opts.services.stats } } : {}),
      scanRoundTrips: scanRoundTrips(
        { beforeNames, afterNames, final: opts.reader.stats.roundTrips },
        Object.values(opts.services?.stats ?? {}),
      ),
      durationMs: Math.max(0, opts.clock() - started),
    },
    ...(failure ? { failure } : {}),
    microsoft,
    declarations,
    ...names,
    ...watch,
  };
}
