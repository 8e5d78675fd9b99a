import type { AdminService } from '../../graph/sources/admin-services';
import type { Category, Level, Status } from './status';
import type { ControlRefs } from './control';
import type { ManualCheck } from './manual-check';
import type { ReviewResult } from './review-spec';
import type { Affected, Evidence } from './verdict';
import type { UnknownReason } from './reasons';
import type { MicrosoftVerdict } from '../secure-score/microsoft-verdict';

/**
 * Whether a control read from admin services was decided from them in this scan (`live`), or went
 * back to its check by hand because one wasn't read (`why`: off for this tenant, or refused).
 */
export interface ServiceRead {
  readonly services: readonly AdminService[];
  readonly live: boolean;
  readonly why?: string;
}

/** A control's outcome in one scan: self-contained, so stored history reads without the catalogue. */
export interface ControlResult {
  readonly id: string;
  readonly title: string;
  readonly category: Category;
  readonly status: Status;
  readonly score: number;
  readonly maxScore: number;
  readonly userImpact: Level;
  /** Effort to fix it, Secure Score's column; absent from scans stored before results carried it. */
  readonly implementationCost?: Level;
  readonly refs: ControlRefs;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  readonly affected?: Affected;
  readonly unknownReason?: UnknownReason;
  /** The Graph requests the control read, e.g. `GET /v1.0/policies/authorizationPolicy`. */
  readonly sources: readonly string[];
  /** The read permission each request needed, in the same order. */
  readonly permissions: readonly string[];
  /** Licence the control needs, when it needs one. */
  readonly licence?: string;
  readonly adminUrl: string;
  /** For a manual control: what to check and where, since Graph can't read it. */
  readonly manualCheck?: ManualCheck;
  /**
   * For a review control (an attestation, not a measurement): its cadence, what to review and where it
   * stands. A scan always says `never`; only the extension's scored view, from its Reviewed records, says more.
   */
  readonly review?: ReviewResult;
  /** For a control read from an admin service (Exchange Online, Teams …; issue 17): which, and whether it was. */
  readonly serviceRead?: ServiceRead;
  readonly source: 'posture-lens' | 'microsoft';
  /** Microsoft Secure Score's verdict on the same setting, when the scan could read it. */
  readonly microsoft?: MicrosoftVerdict;
}
