import type { ScanResult } from '../engine/scan/run-scan';

type Failure = NonNullable<ScanResult['failure']>;

function sentence(failure: Failure): string {
  switch (failure.kind) {
    case 'unreachable':
      return 'Microsoft Graph could not be reached: this browser seems to be offline. Nothing was saved; the last scan is still shown.';
    case 'unauthenticated':
      return 'Microsoft Graph refused the sign-in’s token (HTTP 401). Nothing was saved; sign in again, then rescan.';
    case 'unidentified':
      // Its message names why (the organization read's status or permission).
      return `${failure.message} Nothing was saved; the last scan is still shown.`;
  }
}

/**
 * A scan that measured nothing (Graph was never reached, or refused every request), or that can't
 * say whose tenant it measured. Saving it would put an all-"couldn't tell" score, or a score of
 * nobody's tenant, into a history, so it is reported instead, as one sentence.
 */
export class ScanFailedError extends Error {
  override name = 'ScanFailedError';
  constructor(readonly failure: Failure) {
    super(sentence(failure));
  }
}
