/**
 * Types for Microsoft Secure Score beside Posture Lens: Microsoft's verdict on one control, the
 * reasons the two can disagree, and the scan-level section. Types only, so stored scans read without code.
 */
import type { UnknownReason } from '../verdict/reasons';
import type { Status } from '../verdict/status';

/**
 * Microsoft's verdict: its measured points decide pass/partial/fail; a control it doesn't score is
 * notLicensed; a state an admin set in Secure Score (third party, ignored, reviewed) is `attested`,
 * never a measurement; an answer Posture Lens can't use is `unknown`.
 */
export type MicrosoftStatus = 'pass' | 'partial' | 'fail' | 'notLicensed' | 'attested' | 'unknown';

/** What a Secure Score state means, after Secure Score's own improvement-action statuses. */
export type AttestationKind = 'thirdParty' | 'riskAccepted' | 'reviewed' | 'unrecognised';

/** A Secure Score state someone set: who said what, when. An attestation, not a measurement. */
export interface Attestation extends ControlStateView {
  readonly kind: AttestationKind;
  /** "Microsoft Secure Score: marked resolved by a third party by … on … — an attestation, not a measurement." */
  readonly says: string;
}

/** Why Posture Lens and Microsoft likely disagree on a control. */
export type DifferenceKind = 'stale' | 'rule' | 'licence';

export interface Difference {
  readonly kind: DifferenceKind;
  /** One or two sentences naming the likely cause. */
  readonly explanation: string;
}

/** Microsoft's read-only state for a control (ignored, third party, reviewed …), from controlStateUpdates. */
export interface ControlStateView {
  readonly state: string;
  readonly updatedBy?: string;
  readonly updatedDateTime?: string;
  readonly comment?: string;
}

export interface MicrosoftVerdict {
  /** The `secureScoreControlProfile.id`. */
  readonly profileId: string;
  /** Microsoft's title for the control (its rule). */
  readonly title: string;
  readonly status: MicrosoftStatus;
  readonly score: number;
  readonly maxScore: number;
  /** When Microsoft measured it (its snapshot's date, or the control's lastSynced). */
  readonly measuredAt: string;
  readonly implementationStatus?: string;
  /** Microsoft's fix, as plain text (its markup removed: lib/engine/secure-score/microsoft-text.ts). */
  readonly remediation?: string;
  /** What the fix does to users, in Microsoft's words, as plain text. */
  readonly remediationImpact?: string;
  /** When Microsoft last changed the control's profile (its `lastModifiedDateTime`), when it says so. */
  readonly profileModifiedAt?: string;
  readonly tier?: string;
  readonly service?: string;
  readonly threats?: readonly string[];
  readonly state?: ControlStateView;
  /** Set when `status` is `attested`: the state that decided it. */
  readonly attestation?: Attestation;
  /** Set when `status` is `unknown`: which field of Microsoft's answer couldn't be used. */
  readonly unknownReason?: UnknownReason;
  /** Whole days from `measuredAt` to the scan (null: a date didn't parse); absent in scans stored before it was kept. */
  readonly ageDays?: number | null;
  /** Measured more than 7 days before the scan (lib/engine/secure-score/borrowed.ts). */
  readonly stale?: boolean;
  /** Set on Posture Lens's own controls when Microsoft's verdict differs from ours. */
  readonly difference?: Difference;
}

export interface MicrosoftDifference extends Difference {
  readonly controlId: string;
  readonly title: string;
  readonly ours: Status;
  readonly theirs: MicrosoftStatus;
  readonly microsoftTitle: string;
  readonly measuredAt: string;
}

export interface ScorePoint {
  readonly date: string;
  readonly currentScore: number;
  readonly maxScore: number;
  readonly percent: number;
}

export interface ComparativeScore {
  /** Microsoft's basis: AllTenants, TotalSeats (similar size), IndustryTypes. */
  readonly basis: string;
  readonly averageScore: number;
  readonly percent: number;
}

export interface NewMicrosoftControl {
  readonly profileId: string;
  readonly title: string;
  readonly maxScore: number;
}

export interface MicrosoftStateRow extends ControlStateView {
  readonly profileId: string;
  readonly title: string;
}

export type MicrosoftSection =
  | {
      readonly available: false;
      /** The permission to grant when Graph refused (403); absent for other failures. */
      readonly permission?: string;
      /** One sentence for the UI, e.g. "SecurityEvents.Read.All not granted". */
      readonly why: string;
    }
  | {
      readonly available: true;
      readonly currentScore: number;
      readonly maxScore: number;
      readonly percent: number;
      readonly measuredAt: string;
      /** Whole days from `measuredAt` to the scan, and whether that is more than 7. */
      readonly ageDays?: number | null;
      readonly stale?: boolean;
      readonly comparisons: readonly ComparativeScore[];
      /** Daily snapshots, oldest first. */
      readonly history: readonly ScorePoint[];
      readonly states: readonly MicrosoftStateRow[];
      /** Ids of every non-deprecated profile, for the next scan's new-control detection. */
      readonly profileIds: readonly string[];
      /** Profiles this scan has that the previous scan's didn't; empty on a first scan. */
      readonly newControls: readonly NewMicrosoftControl[];
      readonly newPoints: number;
      /** The scan new controls were computed against, when there was one with Microsoft's data. */
      readonly comparedWith?: string;
      readonly differences: readonly MicrosoftDifference[];
    };
