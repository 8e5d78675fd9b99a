import type { UnknownReason } from './reasons';
import type { Status } from './status';

/** One Graph object (or a field of it) that decided a verdict. */
export interface Evidence {
  /** The source it came from (its id, e.g. `conditionalAccessPolicies`). */
  readonly source: string;
  readonly id?: string;
  readonly displayName?: string;
  /** The fields that mattered, by dot path, with their values as Graph returned them. */
  readonly fields: Readonly<Record<string, unknown>>;
  /**
   * The fields (keys of `fields`) that decided the verdict, when the rest are context shown to read
   * them by; absent: every field decided. Shown highlighted.
   */
  readonly decidedBy?: readonly string[];
  /** A short note on what this object shows, when the fields alone don't say it. */
  readonly note?: string;
}

/** The users, policies, domains … a verdict is about: a count, and a sample to show. */
export interface Affected {
  readonly noun: string;
  readonly count: number;
  readonly sample: readonly string[];
}

export interface Verdict {
  readonly status: Status;
  /** 0..maxScore. */
  readonly score: number;
  /** One sentence a person understands, ending with a period. */
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  readonly affected?: Affected;
  readonly unknownReason?: UnknownReason;
}
