import type { ComponentChildren } from 'preact';
import type { DisposedControl } from '../lib/engine/history/dispositions';
import { shownStatus } from './disposition-status';
import { EvidenceList } from './evidence-list';
import { MicrosoftVerdictPanel } from './microsoft-verdict-panel';
import { ManualCheckPanel } from './manual-check';
import { shownReason } from '../lib/engine/verdict/status-words';
import { outOfScore, outOfScoreWhy } from '../lib/engine/score/score';

export interface ControlGuide {
  rationale: string;
  remediation: readonly string[];
}

/** One control: verdict and reason, the evidence, the requests and permissions, and how to fix it. */
export function ControlDetail({
  result,
  guide,
  dispositionPanel,
}: {
  result: DisposedControl;
  guide: ControlGuide | undefined;
  /** The disposition form and trail (components/disposition-panel.tsx), when the page can record one. */
  dispositionPanel?: ComponentChildren;
}) {
  const shown = shownStatus(result);
  const refs = Object.entries(result.refs).filter(([k]) => k !== 'learn');
  return (
    <article class="control-detail" aria-labelledby={`t-${result.id}`}>
      <h3 id={`t-${result.id}`}>{result.title}</h3>
      <p class={`status ${shown.className}`}>
        <span aria-hidden="true">{shown.icon}</span> {shown.label}
        {result.status === 'notApplicable'
          ? ' · no points either way'
          : outOfScore(result.status)
            ? ` · ${result.status === 'notLicensed' ? `— ${outOfScoreWhy(result)} · ` : ''}not counted in the score`
            : ` · ${result.score} of ${result.maxScore} points`}
      </p>
      <p class="reason">{shownReason(result)}</p>
      <MicrosoftVerdictPanel result={result} />
      {result.manualCheck && <ManualCheckPanel check={result.manualCheck} adminUrl={result.adminUrl} />}
      {dispositionPanel}
      {result.affected && result.affected.count > 0 && (
        <p>
          {result.affected.count} {result.affected.noun}
          {result.affected.sample.length > 0 && `: ${result.affected.sample.join(', ')}`}
          {result.affected.count > result.affected.sample.length && ' …'}
        </p>
      )}
      <h4>Evidence</h4>
      <EvidenceList evidence={result.evidence} />
      <h4>Graph requests</h4>
      {result.sources.length === 0 && <p class="muted">None: Microsoft Graph can't read this setting.</p>}
      <ul class="requests" aria-label="Graph requests">
        {result.sources.map((s, i) => (
          <li key={s}>
            <code>{s}</code> <span class="muted">needs {result.permissions[i]}</span>
          </li>
        ))}
      </ul>
      {guide && (
        <>
          <h4>Why it matters</h4>
          <p>{guide.rationale}</p>
          <h4>How to fix it</h4>
          <ol>
            {guide.remediation.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      <p>
        <a href={result.adminUrl} target="_blank" rel="noopener noreferrer">
          Open in admin center
        </a>
        {refs.length > 0 && <span class="muted"> · {refs.map(([k, v]) => `${k}: ${v}`).join(' · ')}</span>} ·{' '}
        <a href={result.refs.learn} target="_blank" rel="noopener noreferrer">
          Reference
        </a>
      </p>
    </article>
  );
}
