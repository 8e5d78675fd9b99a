import type { Category, Level, Status } from './status';
import type { ControlRefs } from './control';
import type { Affected, Evidence } from './verdict';
import type { UnknownReason } from './reasons';

/** A control's outcome in one scan: self-contained, so stored history reads without the catalogue. */
export interface ControlResult {
  readonly id: string;
  readonly title: string;
  readonly category: Category;
  readonly status: Status;
  readonly score: number;
  readonly maxScore: number;
  readonly userImpact: Level;
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
  readonly source: 'posture-lens' | 'microsoft';
}
