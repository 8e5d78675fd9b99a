import type { AnySource, LicenceRequirement, SourceValue } from '../../graph/sources/define-source';
import type { AdminPage } from '../pages/admin-pages';
import type { ValueNames } from '../pages/plain-value';
import type { Declarations } from '../scan/declarations';
import type { ManualCheck } from './manual-check';
import type { ReviewSpec } from './review-spec';
import type { UnknownReason } from './reasons';
import type { Category, Level } from './status';
import type { Affected, Evidence, Verdict } from './verdict';

export type Service = 'entra' | 'm365' | 'spo' | 'intune' | 'email' | 'defender' | 'purview' | 'teams';

/**
 * The benchmark requirements this control decides: a ref means the control's verdict is that
 * requirement's verdict, nothing looser (a control stricter or laxer than the requirement doesn't carry
 * it). Several ids in one field, comma-separated, are requirements the control decides together (it
 * passes only when all of them are met). `test/benchmark-refs.test.ts` holds every ref to the published
 * lists and to an audited table.
 */
export interface ControlRefs {
  /** Microsoft Secure Score control id (`secureScoreControlProfile.id`): the same setting, scored by Microsoft. */
  readonly secureScore?: string;
  /** CIS Microsoft 365 Foundations Benchmark v7.0 recommendation number(s). */
  readonly cis?: string;
  /** CISA SCuBA baseline policy id(s), e.g. `MS.AAD.3.1v1`. */
  readonly scuba?: string;
  /** Maester EIDSCA test id(s). */
  readonly eidsca?: string;
  /** Why the control decides no benchmark requirement (e.g. CIS v7 dropped the one it followed). */
  readonly noBenchmark?: string;
  /** A Microsoft Learn or Graph reference page that explains the setting. */
  readonly learn: string;
}

/**
 * Where a control's badge sits on one admin-center page: right after the setting it decides, found by
 * the text an admin reads there (never a generated class name), so a label Microsoft renames is a
 * one-line fix in the control's file.
 */
export interface PageAnchor {
  /** An `adminPages` or `overlayPages` entry (lib/engine/pages): the page itself, never its id as a string. */
  readonly page: AdminPage;
  /**
   * The setting's visible label text (or accessible name) on that page. Several are older and newer
   * wordings side by side: the first one found on the page wins.
   */
  readonly labels: readonly [string, ...string[]];
}

/** A source the control can be decided without: the evaluator gets `undefined` when it failed. */
export interface OptionalSource<S extends AnySource> {
  readonly optional: S;
}
export function optional<S extends AnySource>(source: S): OptionalSource<S> {
  return { optional: source };
}

export type SourceSpec = AnySource | OptionalSource<AnySource>;
export type SourceMap = Record<string, SourceSpec>;

/** The data an evaluator receives: each source parsed, optional ones possibly undefined. */
export type SourceData<S extends SourceMap> = {
  [K in keyof S]: S[K] extends OptionalSource<infer Inner> ? SourceValue<Inner> | undefined : SourceValue<S[K]>;
};

/** What a scan knows before any control runs: the same for every control in it. */
export interface ScanContext {
  /** Scan time, ISO 8601: evaluators never read the clock. */
  readonly now: string;
  readonly tenantId: string;
  /** What the admin declared (emergency accounts, exemptions, privileged roles); absent means nothing. */
  readonly declared?: Declarations;
}

/** What one evaluator is told besides its data; run-control adds the control's own part to the scan's. */
export interface EvalContext extends ScanContext {
  /** The control being evaluated, so shared judgements (declared exemptions per control) need no id literal. */
  readonly controlId: string;
  /**
   * Why each optional source the evaluator got as `undefined` couldn't be read, by its name in
   * `sources`: an evaluator that would pass without it must tell "not licensed, so nothing there"
   * from "refused or malformed, so unknown".
   */
  readonly unread?: Readonly<Record<string, UnknownReason>>;
}

/** Builds verdicts for one control; it knows the control's maxScore so evaluators never compute points. */
export interface VerdictKit {
  pass(reason: string, evidence?: readonly Evidence[], affected?: Affected): Verdict;
  fail(reason: string, evidence?: readonly Evidence[], affected?: Affected): Verdict;
  /** Proportional credit: `fraction` of maxScore (1 is a pass, 0 a fail). */
  partial(fraction: number, reason: string, evidence?: readonly Evidence[], affected?: Affected): Verdict;
  /**
   * Nothing to judge — no custom mail domain, no policy, the feature switched off — so no points either
   * way: out of the available points, like `manual`. Never for a state that is itself secure (that is a
   * pass), and never for data we couldn't read (that is `unknown`).
   */
  notApplicable(reason: string, evidence?: readonly Evidence[]): Verdict;
  /** A field Graph returned that the control can't read (found inside evaluate). */
  malformed(source: string, path: string, problem: string): Verdict;
  unknown(reason: UnknownReason, evidence?: readonly Evidence[]): Verdict;
}

/** One setting and the value to choose for it, as the admin center labels them. */
export interface FixValue {
  /** The setting's label on the `fixAt` page, as the portal shows it ("Users can register applications"). */
  readonly setting: string;
  /** The option or value to pick ("No"); for a policy to create, what it must do ("Require multifactor authentication"). */
  readonly value: string;
}

export interface ControlMeta {
  /** Stable, kebab-case, equal to the file name, never changed (keys stored history). */
  readonly id: string;
  readonly title: string;
  readonly category: Category;
  readonly service: Service;
  readonly maxScore: number;
  readonly refs: ControlRefs;
  readonly threats: readonly string[];
  readonly userImpact: Level;
  readonly implementationCost: Level;
  /** Licence the control needs; without it the control is `notLicensed` and out of the available points. */
  readonly licence?: LicenceRequirement;
  /** Why this matters and which benchmark the rule follows, with its source. */
  readonly rationale: string;
  /** Steps a person can follow. */
  readonly remediation: readonly string[];
  /** The admin-center page where the setting is changed: "Open in admin center" goes there. */
  readonly fixAt: AdminPage;
  /**
   * The change that passes the control, in the admin center's own words, shown first in the control's
   * detail and in its badge card: "Set *setting* to **value**" on the `fixAt` page.
   */
  readonly setTo: FixValue;
  /**
   * The admin-center pages the overlay shows this control on, each with the label its inline badge
   * sits beside. Every control is listed on its `fixAt` page, and on Microsoft Secure Score's page when
   * it has `refs.secureScore`, without an entry here: an entry for one of those only places the badge.
   * Any other page named here shows the control too, because a setting there also decides it (security
   * defaults for admin MFA, a row of Org settings). Where a page shows the control but has no entry, it
   * is listed in that page's panel only. The overlay's page map is derived from this
   * (lib/engine/pages/page-map.ts).
   */
  readonly onPages?: readonly PageAnchor[];
  /**
   * The admin center's words for an evidence field's Graph values, by field name
   * (`sharingCapability: { existingExternalUserSharingOnly: 'Existing guests' }`): the badge card shows
   * these instead of the raw value (lib/engine/pages/plain-value.ts).
   */
  readonly valueNames?: ValueNames;
  /**
   * When the control answers `notApplicable`, in one sentence ("The tenant has no custom mail domain.");
   * absent means it never does. Shown in docs/controls.md; required of controls that can answer it.
   */
  readonly notApplicableWhen?: string;
  /** For a control Graph can't decide: what a person checks, and where (see manual-control.ts). */
  readonly manualCheck?: ManualCheck;
  /** For a review control, an admin's recurring attestation, not a measurement (see review-control.ts). */
  readonly review?: ReviewSpec;
}

export interface Control<S extends SourceMap = SourceMap> extends ControlMeta {
  readonly sources: S;
  /** Pure, synchronous, total: no I/O, clock or globals. */
  readonly evaluate: (data: SourceData<S>, v: VerdictKit, ctx: EvalContext) => Verdict;
}

/** Any control, for lists that hold controls of different source maps. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- evaluate is contravariant in its data
export type AnyControl = Control<any>;

export function defineControl<S extends SourceMap>(control: Control<S>): Control<S> {
  return Object.freeze({ ...control });
}

export function isOptionalSource(spec: SourceSpec): spec is OptionalSource<AnySource> {
  return 'optional' in spec;
}

export function sourceOf(spec: SourceSpec): AnySource {
  return isOptionalSource(spec) ? spec.optional : spec;
}
