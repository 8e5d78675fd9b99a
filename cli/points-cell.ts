import type { ControlResult } from '../lib/engine/verdict/result';

/** Why a control is out of the score, said beside its "—": "needs Microsoft Entra ID P2", "check by hand". */
export function outOfScoreWhy(c: Pick<ControlResult, 'status' | 'licence'>): string | undefined {
  switch (c.status) {
    case 'notLicensed':
      return c.licence ? `needs ${c.licence}` : 'not licensed';
    case 'manual':
      return 'check by hand';
    case 'notApplicable':
      return 'not applicable';
    case 'pass':
    case 'partial':
    case 'fail':
    case 'unknown':
      return undefined;
  }
}
