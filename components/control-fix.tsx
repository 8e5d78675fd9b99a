import type { FixValue } from '../lib/engine/verdict/control';
import type { Level, Status } from '../lib/engine/verdict/status';
import { cadenceEvery, type ReviewSpec } from '../lib/engine/verdict/review-spec';
import { levelText } from './improvement-list';

/** Where a control is fixed: its `fixAt` page's title and deep link. */
export interface FixPage {
  readonly title: string;
  readonly url: string;
}

/**
 * What the catalogue says about a control beyond its stored result: how to fix it, where, and why.
 * Absent for a stored scan of a control the catalogue no longer has.
 */
export interface ControlGuide {
  readonly rationale: string;
  readonly remediation: readonly string[];
  readonly threats: readonly string[];
  readonly userImpact: Level;
  readonly implementationCost: Level;
  readonly fixAt: FixPage;
  readonly setTo?: FixValue;
}

// A failing control is told what to set; one that passes, or has nothing to judge, is told what keeps it
// so; one we couldn't read (or that needs a hand check or a licence) is told what to look for.
const FIX_WORDS: Record<Status, { heading: string; lead: string; join: string }> = {
  fail: { heading: 'What to change', lead: 'Set', join: 'to' },
  partial: { heading: 'What to change', lead: 'Set', join: 'to' },
  unknown: { heading: 'The setting', lead: 'Check that', join: 'is set to' },
  manual: { heading: 'The setting', lead: 'Check that', join: 'is set to' },
  notLicensed: { heading: 'What to change', lead: 'With the licence, set', join: 'to' },
  pass: { heading: 'What keeps it passing', lead: 'Keep', join: 'set to' },
  notApplicable: { heading: 'What to set', lead: 'Set', join: 'to' },
};

/** "Set *setting* to **value**.", worded for the verdict ("Keep … set to …" when it passes). */
export function SetToSentence({ status, setTo }: { status: Status; setTo: FixValue }) {
  const words = FIX_WORDS[status];
  return (
    <>
      {words.lead} <em>{setTo.setting}</em> {words.join} <strong>{setTo.value}</strong>.
    </>
  );
}

/**
 * The fix, first: "Set *setting* to **value**" in the admin center's words and the link to the page
 * where it is set, then the steps. Without a guide (a control since removed) only the stored link.
 */
export function ControlFix({
  status,
  guide,
  adminUrl,
  review,
}: {
  status: Status;
  guide: ControlGuide | undefined;
  /** The result's own link, for when the catalogue no longer knows the control. */
  adminUrl: string;
  /** A review control: nothing to set, a report to review on a cadence (its own words, not "Set … to …"). */
  review?: ReviewSpec;
}) {
  const words = review ? { heading: 'What to review' } : FIX_WORDS[status];
  const page: FixPage = guide?.fixAt ?? { title: 'admin center', url: adminUrl };
  const link = (
    <a class="fix-link" href={page.url} target="_blank" rel="noopener noreferrer">
      Open {guide ? page.title : 'in admin center'} <span aria-hidden="true">↗</span>
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
  return (
    <section class="control-fix" aria-label={words.heading}>
      <h4>{words.heading}</h4>
      {review && (
        <p class="set-to">
          Review <em>{guide?.setTo?.setting ?? 'the report'}</em> {cadenceEvery[review.cadence]}: {review.what}
        </p>
      )}
      {!review && guide?.setTo && (
        <p class="set-to">
          <SetToSentence status={status} setTo={guide.setTo} />
        </p>
      )}
      <p>{link}</p>
      {guide && guide.remediation.length > 0 && (
        <ol class="fix-steps" aria-label="Steps">
          {guide.remediation.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Why it matters: the rationale, the threats it stops, and what fixing it costs, in words. */
export function ControlWhy({ guide }: { guide: ControlGuide }) {
  return (
    <section class="control-why" aria-label="Why it matters">
      <h4>Why it matters</h4>
      <p>{guide.rationale}</p>
      {guide.threats.length > 0 && <p>Threats: {guide.threats.join(', ')}.</p>}
      <p class="muted">
        {levelText(guide.userImpact)} user impact · {levelText(guide.implementationCost)} implementation cost
      </p>
    </section>
  );
}
