import type { ScanResult } from '../engine/run-scan';

type Failure = NonNullable<ScanResult['failure']>;

const sentences: Record<Failure['kind'], string> = {
  unreachable:
    'Microsoft Graph could not be reached: this browser seems to be offline. Nothing was saved; the last scan is still shown.',
  unauthenticated:
    'Microsoft Graph refused the sign-in’s token (HTTP 401). Nothing was saved; sign in again, then rescan.',
};

/**
 * A scan that measured nothing: Graph was never reached, or refused every request. Saving it would
 * put an all-"couldn't tell" score into the history, so it is reported instead, as one sentence.
 */
export class ScanFailedError extends Error {
  override name = 'ScanFailedError';
  constructor(readonly failure: Failure) {
    super(sentences[failure.kind]);
  }
}
