import { topImprovements } from '../lib/engine/score/improvements';
import { reviewsDue } from '../lib/engine/history/dispositions';
import { borrowedOf, STALE_AFTER_DAYS } from '../lib/engine/secure-score/borrowed';
import type { AppState, ScanProgress } from '../lib/messaging/protocol';
import { ScanProgressBar } from './scan-progress';
import { CategoryBars } from './category-bars';
import { ImprovementList } from './improvement-list';
import { MicrosoftScore } from './microsoft-score';
import { relativeTime, shownDate } from '../lib/engine/format/dates';
import { wholePoints } from '../lib/engine/format/points';
import { ScoreRing } from './score-ring';
import { SignInStatus, type AuthAction } from './sign-in-status';

export interface PopupViewProps {
  state: AppState;
  now: number;
  onRunDemo: () => void;
  onOpenDashboard: () => void;
  /** Sign-in actions (components/sign-in-status.tsx); without it the sign-in section is hidden. */
  onAuthAction?: (a: AuthAction) => void;
  /** The running scan's progress (pushed by the background); with `onCancelScan`, shown while scanning. */
  progress?: ScanProgress | null;
  cancelling?: boolean;
  onCancelScan?: () => void;
}

/** The toolbar popup: the score at a glance, rendered from cached state. */
export function PopupView({
  state,
  now,
  onRunDemo,
  onOpenDashboard,
  onAuthAction,
  progress = null,
  cancelling = false,
  onCancelScan,
}: PopupViewProps) {
  const { scan } = state;
  const due = scan ? reviewsDue(scan).length : 0;
  // Aged against the scan's own time, so an old scan shows what was stale when it was made.
  const stale = scan ? scan.controls.filter((c) => borrowedOf(c, scan.scannedAt)?.stale).length : 0;
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Posture Lens</h1>
        {scan && (
          <p class="tenant">
            <span class="tenant-name">{scan.tenant.displayName}</span>
            {state.demo && <span class="tag">Demo tenant</span>}
          </p>
        )}
      </header>
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      {state.notice && (
        <p class="notice" role="status">
          {state.notice}
        </p>
      )}
      {state.scanning && onCancelScan && (
        <ScanProgressBar progress={progress} cancelling={cancelling} onCancel={onCancelScan} />
      )}
      {state.auth && onAuthAction && (
        <SignInStatus auth={state.auth} scanning={state.scanning} onAction={onAuthAction} />
      )}
      {!scan ? (
        <section class="empty">
          <p>No scan yet — try the demo tenant to see what Posture Lens shows, with no sign-in.</p>
          <button type="button" class="primary" onClick={onRunDemo} disabled={state.scanning}>
            {state.scanning ? 'Scanning the demo tenant…' : 'Try the demo tenant'}
          </button>
        </section>
      ) : (
        <>
          <section class="score" aria-label="Security score">
            <ScoreRing percent={scan.score.percent} achieved={scan.score.achieved} available={scan.score.available} />
            <p class="measured">
              Measured{' '}
              <time dateTime={scan.scannedAt} title={shownDate(scan.scannedAt)}>
                {relativeTime(scan.scannedAt, now)}
              </time>{' '}
              · {scan.controls.length} controls
              {scan.summary.coverage.unknown > 0 && <> · {scan.summary.coverage.unknown} couldn't be decided</>}
              {scan.summary.coverage.notApplicable > 0 && <> · {scan.summary.coverage.notApplicable} not applicable</>}
            </p>
          </section>
          <MicrosoftScore
            microsoft={scan.microsoft}
            {...(onAuthAction && !state.demo ? { onConsent: () => onAuthAction({ kind: 'consent' }) } : {})}
          />
          {stale > 0 && (
            <p class="stale-note" role="note">
              {stale === 1 ? '1 verdict' : `${stale} verdicts`} borrowed from Microsoft Secure Score{' '}
              {stale === 1 ? 'is' : 'are'} stale: Microsoft measured {stale === 1 ? 'it' : 'them'} more than{' '}
              {STALE_AFTER_DAYS} days before this scan.
            </p>
          )}
          <CategoryBars byCategory={scan.summary.byCategory} />
          {due > 0 && (
            <p class="review-due-note">
              {due === 1 ? '1 accepted risk is' : `${due} accepted risks are`} past the review date: open the dashboard
              to review.
            </p>
          )}
          {scan.summary.unlock.map((u) => (
            <p class="unlock" key={u.licence}>
              {wholePoints(u.points)} more points could be unlocked with {u.licence}.
            </p>
          ))}
          <section>
            <h2>Top improvements</h2>
            <ImprovementList
              // The engine's one ranking, the same the dashboard, the CLI and the exports list.
              items={topImprovements(scan.controls)}
              borrowed={(id) => {
                const c = scan.controls.find((x) => x.id === id);
                return c && borrowedOf(c, scan.scannedAt);
              }}
            />
          </section>
          <footer class="actions">
            <button type="button" onClick={onRunDemo} disabled={state.scanning}>
              {state.scanning ? 'Scanning…' : state.demo ? 'Rescan demo tenant' : 'Scan the demo tenant'}
            </button>
            <button type="button" class="primary" onClick={onOpenDashboard}>
              Open dashboard
            </button>
          </footer>
        </>
      )}
    </main>
  );
}
