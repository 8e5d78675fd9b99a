/**
 * The order the fuzzer's invariant uses: unknown/fail < partial < pass. Statuses that earn no points
 * (not applicable, not licensed, manual) rank with fail: becoming one of them is never a raise, and
 * leaving one for a pass is. A status this function doesn't know throws, so a new status added to the
 * engine fails the fuzz tests loudly until someone decides where it ranks.
 */
export function rankOf(status: string): number {
  switch (status) {
    case 'pass':
      return 2;
    case 'partial':
      return 1;
    case 'fail':
    case 'unknown':
    case 'notApplicable':
    case 'notLicensed':
    case 'manual':
      return 0;
    default:
      throw new Error(`The fuzzer has no rank for status '${status}': add it to test/fuzz/status-rank.ts.`);
  }
}
