/**
 * What every scan reads about the tenant itself — its identity, licences and Microsoft's Secure Score —
 * through the same fail-closed read as any control's source (`readSource`). Identity and licences keep
 * a short phrase of why they couldn't be read, which reasons and the scan's failure quote.
 */
import type { GraphOutcome } from '../../graph/sources/graph-request';
import { sourceKey, type SourceDef } from '../../graph/sources/define-source';
import { organization } from '../../graph/sources/organization';
import { secureScores } from '../../graph/sources/secure-scores';
import { subscribedSkus } from '../../graph/sources/subscribed-skus';
import { describeReason, type UnknownReason } from '../verdict/reasons';
import { licenceStateOf, type LicenceState } from './licences';
import { NOT_READ_MESSAGE, readSource, type Read } from './run-control';
import { tenantIdentityOf, type TenantIdentity } from './tenant-identity';

export interface TenantReads {
  readonly identity: TenantIdentity;
  readonly licences: LicenceState;
  readonly scores: Read;
}

/**
 * Why a tenant-level source couldn't be read, as a phrase to quote inside a sentence:
 * "GET /v1.0/subscribedSkus failed with HTTP 403 (needs Organization.Read.All)".
 */
export function briefWhy(reason: UnknownReason): string {
  switch (reason.kind) {
    case 'requestFailed':
      return reason.status === 'offline' && reason.message === NOT_READ_MESSAGE
        ? `${reason.source} was not read`
        : `${reason.source} failed with HTTP ${reason.status}`;
    case 'missingPermission':
      return `${reason.source} failed with HTTP 403 (needs ${reason.permission})`;
    case 'throttled':
      return `${reason.source} failed with HTTP 429`;
    case 'malformedField':
      return `${reason.source} returned a malformed '${reason.path}'`;
    case 'notLicensed':
      return `${reason.source} needs ${reason.feature}, which the tenant lacks`;
    // A static source's read never fails these ways; the full sentence, should one ever arrive.
    case 'dnsFailed':
    case 'serviceFailed':
    case 'noDnsResolver':
    case 'notEvaluated':
    case 'evaluatorError':
      return describeReason(reason);
  }
}

/** A read with its failure as a phrase. */
function briefly<T>(read: Read<T>): { ok: true; value: T } | { ok: false; why: string } {
  return read.ok ? read : { ok: false, why: briefWhy(read.reason) };
}

export function readTenant(outcomes: ReadonlyMap<string, GraphOutcome>): TenantReads {
  const read = <T>(source: SourceDef<T>) => readSource(source, outcomes.get(sourceKey(source)));
  const skus = briefly(read(subscribedSkus));
  return {
    identity: tenantIdentityOf(briefly(read(organization))),
    licences: skus.ok ? licenceStateOf(skus.value) : { known: false, why: skus.why },
    scores: read(secureScores),
  };
}
