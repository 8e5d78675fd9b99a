/**
 * "Rescan this control", wired to I/O: the same Graph client and resolver as a whole scan, for the
 * signed-in tenant (a silent token) or the demo tenant (rescanDemoTenant in demo-scan.ts), then the
 * pure rescanControls, which replaces those controls' verdicts in the latest scan and scores it again.
 */
import { catalogVersion, catalogue } from '../../controls';
import type { AnyControl } from '../engine/verdict/control';
import type { Declarations } from '../engine/scan/declarations';
import { RescanError, rescanControls } from '../engine/scan/rescan-controls';
import type { ScanResult } from '../engine/scan/run-scan';
import { clouds } from '../graph/clouds';
import type { ServiceReader } from '../engine/scan/service-reader';
import { scanReaders, type ScanTenantOptions } from './scan-tenant';
import { requireSameTenant, type SignedInSession } from './tenant-scan-service';
import { toolVersion } from './tool-version';

export type RescanTenantOptions = Omit<ScanTenantOptions, 'controls'> & {
  readonly latest: ScanResult;
  readonly controlIds: readonly string[];
  readonly catalogue?: readonly AnyControl[];
};

export async function rescanTenant(opts: RescanTenantOptions): Promise<ScanResult> {
  const wanted = new Set(opts.controlIds);
  const controls = (opts.catalogue ?? catalogue).filter((c) => wanted.has(c.id));
  if (controls.length !== wanted.size) throw new RescanError('That control is not in the catalogue.');
  const { client, dns } = scanReaders(opts);
  return rescanControls({
    latest: opts.latest,
    controls,
    reader: client,
    ...(dns ? { dns } : {}),
    tool: { name: 'posture-lens', version: toolVersion, catalogVersion },
    cloud: opts.cloud,
    clock: opts.clock ?? (() => Date.now()),
    ...(opts.declarations ? { declarations: opts.declarations } : {}),
    ...(opts.services ? { services: opts.services } : {}),
  });
}

/** The signed-in tenant with a silent token; an expired sign-in throws before anything is read. */
export async function rescanSignedInTenant(
  session: SignedInSession,
  latest: ScanResult,
  controlIds: readonly string[],
  /** `doh`: the same resolver as a whole scan (Settings › DNS checks); without it DNS controls stay unknown. */
  opts: { fetch?: typeof fetch; doh?: { url: string }; declarations?: Declarations; services?: ServiceReader } = {},
): Promise<ScanResult> {
  const { cloud } = session.connection;
  // Only the signed-in tenant's own history is extended (rescanControls then checks who answered).
  requireSameTenant(session, latest.tenant);
  await session.getToken();
  return rescanTenant({
    latest,
    controlIds,
    graphRoot: clouds[cloud].graphRoot,
    cloud,
    fetch: opts.fetch ?? ((input, init) => fetch(input, init)),
    getToken: () => session.getToken(),
    ...(opts.doh ? { doh: { url: opts.doh.url } } : {}),
    ...(opts.declarations ? { declarations: opts.declarations } : {}),
    ...(opts.services ? { services: opts.services } : {}),
  });
}
