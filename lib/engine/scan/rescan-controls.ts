/**
 * "Rescan this control": read again only the sources of a few controls (plus the tenant's identity and
 * licences, which every verdict needs), put their new verdicts into the latest scan and score it again.
 * Pure apart from the injected reader and clock, like run-scan; the result is a new scan for the history.
 */
import type { GraphGet, GraphProgress } from '../../graph/sources/graph-request';
import { sourceKey } from '../../graph/sources/define-source';
import { organization } from '../../graph/sources/organization';
import { subscribedSkus } from '../../graph/sources/subscribed-skus';
import type { AnyControl } from '../verdict/control';
import { sameDeclarations } from './declarations-summary';
import type { ControlResult } from '../verdict/result';
import { collectSources, firstWaveOf } from './collect-sources';
import type { GraphReader } from './graph-reader';
import { runScan, type ScanOptions, type ScanResult } from './run-scan';
import { scoreOf } from '../score/score';

export interface RescanOptions extends Omit<ScanOptions, 'controls' | 'previous'> {
  /** The scan whose verdicts the rescanned ones replace. */
  readonly latest: ScanResult;
  /** The controls to read again. */
  readonly controls: readonly AnyControl[];
}

/** The first-wave requests these controls need: their static sources, and the tenant's identity and licences. */
function neededKeys(controls: readonly AnyControl[]): Set<string> {
  return new Set([organization, subscribedSkus, ...firstWaveOf(controls)].map(sourceKey));
}

/**
 * A reader that leaves out what a whole scan reads besides the controls' own sources (Secure Score,
 * say): the rescan asks Graph only for what its controls need. Follow-up requests pass through.
 */
function onlyFor(reader: GraphReader, controls: readonly AnyControl[]): GraphReader {
  const needed = neededKeys(controls);
  const scanLevel = new Set(
    collectSources(controls)
      .map(sourceKey)
      .filter((k) => !needed.has(k)),
  );
  return {
    getAll: (requests: readonly GraphGet[], onProgress?: (p: GraphProgress) => void) =>
      reader.getAll(
        requests.filter((r) => !scanLevel.has(r.key)),
        onProgress,
      ),
    get stats() {
      return reader.stats;
    },
  };
}

export class RescanError extends Error {}

export async function rescanControls(opts: RescanOptions): Promise<ScanResult> {
  const { latest, controls, ...scanOpts } = opts;
  if (controls.length === 0) throw new RescanError('Nothing to rescan.');
  // Every verdict of one scan is judged against one set of declarations (the scan records which).
  if (!sameDeclarations(latest.declarations, opts.declarations)) {
    throw new RescanError(
      'Your declarations changed since the last full scan: scan the whole tenant so every verdict is judged against the same ones.',
    );
  }
  const fresh = await runScan({ ...scanOpts, controls, reader: onlyFor(opts.reader, controls), readAudit: false });
  // A sign-in or network failure says nothing about the settings, and an unidentified tenant's
  // verdicts are nobody's: keep the history as it was.
  if (fresh.failure) throw new RescanError(fresh.failure.message);
  if (fresh.tenant.id !== latest.tenant.id.toLowerCase()) {
    throw new RescanError(
      `The rescan read ${fresh.tenant.displayName}, not ${latest.tenant.displayName}: scan the tenant again.`,
    );
  }
  const ids = new Set(controls.map((c) => c.id));
  const before = new Map(latest.controls.map((r) => [r.id, r]));
  const rescanned = new Map(
    fresh.controls
      .filter((r) => ids.has(r.id) && r.source === 'posture-lens')
      .map((r): [string, ControlResult] => {
        // Microsoft's verdict isn't read again (it changes every 24–48 hours, not on a click): keep it.
        const microsoft = before.get(r.id)?.microsoft;
        return [r.id, microsoft && !r.microsoft ? { ...r, microsoft } : r];
      }),
  );
  const merged = latest.controls.map((r) => rescanned.get(r.id) ?? r);
  for (const [id, r] of rescanned) if (!before.has(id)) merged.push(r);
  const summary = scoreOf(merged);
  const { failure: _failure, ...rest } = latest;
  return {
    ...rest,
    scannedAt: fresh.scannedAt,
    score: { achieved: summary.achieved, available: summary.available, percent: summary.percent },
    summary,
    controls: merged,
    stats: fresh.stats,
    rescan: { controlIds: [...rescanned.keys()], basedOn: latest.rescan?.basedOn ?? latest.scannedAt },
    ...(fresh.declarations ? { declarations: fresh.declarations } : {}),
    // The carried-over verdicts keep their names (and why some couldn't be read); the rescanned ones bring theirs.
    names: { ...latest.names, ...fresh.names },
    ...(fresh.namesUnreadable ? { namesUnreadable: fresh.namesUnreadable } : {}),
  };
}
