import type { ComponentChildren } from 'preact';
import type { DisposedControl } from '../lib/engine/history/dispositions';
import { shownStatus } from './disposition-status';
import { NewTag } from './new-tag';
import { ReviewTag } from './review-tag';
import { EvidenceList } from './evidence-list';
import { MicrosoftVerdictPanel } from './microsoft-verdict-panel';
import { ManualCheckPanel } from './manual-check';
import { ServiceReadNote } from './service-read-note';
import { shownReason } from '../lib/engine/verdict/status-words';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { outOfScore, outOfScoreWhy } from '../lib/engine/score/score';
import { ControlFix, ControlWhy, type ControlGuide } from './control-fix';
import { shownPoints } from '../lib/engine/format/points';

export type { ControlGuide } from './control-fix';

/**
 * One control, the fix first (as Secure Score's action flyout opens with its steps): the verdict and
 * reason, what to set and the link to where, the steps, why it matters, then the evidence, the requests
 * and permissions, the disposition form, and last the timeline (`#control=<id>&view=timeline` scrolls to it).
 */
export function ControlDetail({
  result,
  guide,
  dispositionPanel,
  timeline,
  names,
  isNew,
}: {
  result: DisposedControl;
  /** From the catalogue; undefined for a stored scan of a control it no longer has. */
  guide: ControlGuide | undefined;
  /** The disposition form and trail (components/disposition-panel.tsx), when the page can record one. */
  dispositionPanel?: ComponentChildren;
  /** The control's timeline (components/control-timeline.tsx), when the page has the history. */
  timeline?: ComponentChildren;
  /** The scan's names for the ids evidence shows, and why some couldn't be read. */
  names?: Pick<ScanResult, 'names' | 'namesUnreadable'>;
  /** New to the tenant and not seen before this detail opened (issue 15 §5). */
  isNew?: boolean;
}) {
  const shown = shownStatus(result);
  const refs = Object.entries(result.refs).filter(([k]) => k !== 'learn');
  return (
    <article class="control-detail" aria-labelledby={`t-${result.id}`}>
      <h3 id={`t-${result.id}`}>
        {result.title}
        <NewTag isNew={isNew} />
      </h3>
      <ReviewTag review={result.review} />
      <p class={`status ${shown.className}`}>
        <span aria-hidden="true">{shown.icon}</span> {shown.label}
        {result.status === 'notApplicable'
          ? ' · no points either way'
          : outOfScore(result.status)
            ? ` · ${result.status === 'notLicensed' ? `— ${outOfScoreWhy(result)} · ` : ''}not counted in the score`
            : ` · ${shownPoints(result.score)} of ${shownPoints(result.maxScore)} points`}
      </p>
      <p class="reason">{shownReason(result)}</p>
      <ServiceReadNote result={result} />
      {result.affected && result.affected.count > 0 && (
        <p>
          {result.affected.count} {result.affected.noun}
          {result.affected.sample.length > 0 && `: ${result.affected.sample.join(', ')}`}
          {result.affected.count > result.affected.sample.length && ' …'}
        </p>
      )}
      <ControlFix
        status={result.status}
        guide={guide}
        adminUrl={result.adminUrl}
        {...(result.review ? { review: result.review } : {})}
      />
      {/* Microsoft's verdict and the hand check after the fix: above it they pushed the value to set below the fold. */}
      <MicrosoftVerdictPanel result={result} />
      {/* A control read live from its admin service needs no check by hand. */}
      {result.manualCheck && !result.serviceRead?.live && (
        <ManualCheckPanel check={result.manualCheck} adminUrl={result.adminUrl} />
      )}
      {guide && <ControlWhy guide={guide} />}
      {/* A review has no evidence to show: it is an admin's attestation (the review panel below). */}
      {!result.review && (
        <>
          <h4>Evidence</h4>
          <EvidenceList evidence={result.evidence} names={names?.names} namesUnreadable={names?.namesUnreadable} />
        </>
      )}
      <h4>{result.serviceRead ? 'Requests' : 'Graph requests'}</h4>
      {result.sources.length === 0 && (
        <p class="muted">
          {result.review
            ? 'None: a review is attested by an admin, not measured from Graph.'
            : "None: Microsoft Graph can't read this setting."}
        </p>
      )}
      <ul class="requests" aria-label={result.serviceRead ? 'Requests' : 'Graph requests'}>
        {result.sources.map((s, i) => (
          <li key={s}>
            <code>{s}</code> <span class="muted">needs {result.permissions[i]}</span>
          </li>
        ))}
      </ul>
      <p class="detail-refs">
        {refs.length > 0 && <span class="muted">{refs.map(([k, v]) => `${k}: ${v}`).join(' · ')} · </span>}
        <a href={result.refs.learn} target="_blank" rel="noopener noreferrer">
          Reference
        </a>
      </p>
      {dispositionPanel}
      {timeline}
    </article>
  );
}
