import type { GraphOutcome } from '../../graph/sources/graph-request';
import { unidentifiedSentence, type TenantIdentity } from './tenant-identity';

/**
 * The scan could not authenticate or reach Graph at all (results are all unknown), or could not tell
 * whose tenant it read ('unidentified': the results may be measured, but they are nobody's history).
 * A scan with a failure is never saved.
 */
export interface ScanFailure {
  readonly kind: 'unauthenticated' | 'unreachable' | 'unidentified';
  readonly message: string;
}

/** When every request failed the same way, the scan as a whole failed: say so once. */
function graphFailure(outcomes: ReadonlyMap<string, GraphOutcome>): ScanFailure | undefined {
  const all = [...outcomes.values()];
  if (all.length === 0 || all.some((o) => o.ok)) return undefined;
  if (all.every((o) => !o.ok && o.status === 401)) {
    return {
      kind: 'unauthenticated',
      message: 'Microsoft Graph refused the sign-in (HTTP 401): the token is missing, expired or for another cloud.',
    };
  }
  if (all.every((o) => !o.ok && o.status === 'offline')) {
    return {
      kind: 'unreachable',
      message: 'Microsoft Graph could not be reached: check the network or the Graph URL.',
    };
  }
  return undefined;
}

/** Graph unreachable or refusing says more than the missing identity it causes. */
export function scanFailureOf(
  outcomes: ReadonlyMap<string, GraphOutcome>,
  identity: TenantIdentity,
): ScanFailure | undefined {
  return (
    graphFailure(outcomes) ??
    (identity.ok ? undefined : { kind: 'unidentified', message: unidentifiedSentence(identity.why) })
  );
}
