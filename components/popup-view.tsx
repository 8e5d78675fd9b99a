import { STALE_AFTER_DAYS } from '../lib/engine/secure-score/borrowed';
import type { PopupState, ScanProgress } from '../lib/messaging/protocol';
import { ReviewsDueNote } from './reviews-due-note';
import { ScanProgressBar } from './scan-progress';
import { CategoryBars } from './category-bars';
import { ActionList } from './popup-actions';
import { MicrosoftScore } from './microsoft-score';
import { relativeTime, shownDate } from '../lib/engine/format/dates';
import { wholePoints } from '../lib/engine/format/points';
import { ScoreChange } from './score-change';
import { ScoreRing } from './score-ring';
import { SignInStatus, type AuthAction } from './sign-in-status';
import { RegressedTenantsNote } from './regressed-tenants-note';

/** Actions on the first screen; the next ones of the same ranking follow below it (five in all). */
export const FIRST_SCREEN_ACTIONS = 3;

export interface PopupViewProps {
  /** The popup's slim state (lib/messaging/popup-state.ts): painted from the background's copy first. */
  state: PopupState;
  now: number;
  onRunDemo: () => void;
  onOpenDashboard: () => void;
  /** Opens the dashboard at one control's detail; without it, actions open the dashboard. */
  onOpenControl?: (controlId: string) => void;
  /** Sign-in actions (components/sign-in-status.tsx); without it the sign-in section is hidden. */
  onAuthAction?: (a: AuthAction) => void;
  /** The running scan's progress (pushed by the background); with `onCancelScan`, shown while scanning. */
  progress?: ScanProgress | null;
  cancelling?: boolean;
  onCancelScan?: () => void;
  /** Opens the dashboard's Tenants overview; without it, the "tenants regressed" line isn't shown. */
  onOpenTenants?: () => void;
}

interface ScanButton {
  label: string;
  disabled: boolean;
  run: () => void;
  /** The sign-in action this button is, so the sign-in section below doesn't offer it twice. */
  kind?: AuthAction['kind'];
}

/** The first screen's scan button: rescan what is shown, or the sign-in step a real tenant's rescan needs. */
function scanButton({ state, onRunDemo, onAuthAction }: PopupViewProps): ScanButton {
  const { auth, scanning } = state;
  if (state.demo || !auth || !onAuthAction) {
    const label = state.demo ? 'Rescan demo tenant' : 'Scan the demo tenant';
    return { label: scanning ? 'Scanning…' : label, disabled: scanning, run: onRunDemo };
  }
  const act = (a: AuthAction) => () => onAuthAction(a);
  switch (auth.status) {
    case 'signedIn':
    case 'consentNeeded': {
      const label = scanning ? 'Scanning…' : `Scan ${auth.active?.tenantName ?? 'tenant'}`;
      return { label, disabled: scanning, run: act({ kind: 'scan' }), kind: 'scan' };
    }
    case 'signedOut':
    case 'signingIn':
    case 'expired': {
      const label = auth.status === 'expired' ? 'Sign in again' : 'Sign in';
      return { label, disabled: auth.status === 'signingIn', run: act({ kind: 'signIn' }), kind: 'signIn' };
    }
    case 'notConfigured':
      return { label: 'Connect a tenant', disabled: false, run: act({ kind: 'openSettings' }), kind: 'openSettings' };
  }
}

/** Why consent matters here: what it leaves undecided. */
const consentSentence = (n: number): string =>
  `Consent is needed for ${n === 1 ? '1 permission' : `${n} permissions`}: the controls that need ${n === 1 ? 'it' : 'them'} couldn't be decided.`;

/** Says the score is the demo's, and how to see a real tenant's instead. */
function DemoBanner({ tenant, onConnect }: { tenant: string; onConnect?: (() => void) | undefined }) {
  return (
    <p class="demo-banner" role="note">
      Demo tenant ({tenant}) — simulated data.{' '}
      {onConnect && (
        <button type="button" class="link" onClick={onConnect}>
          Connect your tenant →
        </button>
      )}
    </p>
  );
}

/**
 * The toolbar popup, rendered from cached state. Its first screen (≤ 600 px, Chrome's popup height)
 * holds the score, the change since the scan before, the top three actions and the buttons; the rest
 * (the next actions, categories, Microsoft's score, notes, sign-in details) follows below.
 */
export function PopupView(props: PopupViewProps) {
  const { state, now, onRunDemo, onOpenDashboard, onAuthAction, progress = null, cancelling = false } = props;
  const { scan, auth } = state;
  if (!scan) {
    return (
      <main class="popup">
        <PopupHead {...props} progress={progress} cancelling={cancelling} />
        {auth && onAuthAction && <SignInStatus auth={auth} scanning={state.scanning} onAction={onAuthAction} />}
        <section class="empty">
          <p>No scan yet — try the demo tenant to see what Posture Lens shows, with no sign-in.</p>
          <button type="button" class="primary" onClick={onRunDemo} disabled={state.scanning}>
            {state.scanning ? 'Scanning the demo tenant…' : 'Try the demo tenant'}
          </button>
        </section>
      </main>
    );
  }
  const { reviewsDue: due, staleBorrowed: stale, actions } = scan;
  // The engine's one ranking, the same the dashboard, the CLI and the exports list.
  const borrowed = (id: string) => actions.find((a) => a.id === id)?.borrowedFrom;
  const open = props.onOpenControl ?? (() => onOpenDashboard());
  const rescan = scanButton(props);
  // The Connect page is where a real tenant is connected and signed in to, until someone is.
  // Missing consent leaves controls undecided: said on the first screen, with the button that fixes it.
  const consent = !state.demo && auth?.status === 'consentNeeded' && auth.missingPermissions.length > 0 && onAuthAction;
  const connect = onAuthAction && (!auth || ['notConfigured', 'signedOut', 'expired'].includes(auth.status));
  return (
    <main class="popup">
      <PopupHead {...props} progress={progress} cancelling={cancelling} />
      {state.demo && (
        <DemoBanner
          tenant={scan.tenantName}
          onConnect={connect ? () => onAuthAction({ kind: 'openSettings' }) : undefined}
        />
      )}
      <section class="score" aria-label="Security score">
        <ScoreRing
          percent={scan.score.percent}
          achieved={scan.score.achieved}
          available={scan.score.available}
          size={96}
        />
        <div class="score-facts">
          <ScoreChange percent={scan.score.percent} previous={state.previous} now={now} />
          <p class="measured" elementtiming="popup-score">
            Measured{' '}
            <time dateTime={scan.scannedAt} title={shownDate(scan.scannedAt)}>
              {relativeTime(scan.scannedAt, now)}
            </time>{' '}
            · {scan.controls} controls
            {scan.coverage.unknown > 0 && <> · {scan.coverage.unknown} couldn't be decided</>}
            {scan.coverage.notApplicable > 0 && <> · {scan.coverage.notApplicable} not applicable</>}
          </p>
        </div>
      </section>
      {consent && (
        <p class="consent-note" role="note">
          {consentSentence(auth.missingPermissions.length)}{' '}
          <button type="button" class="link" onClick={() => onAuthAction({ kind: 'consent' })}>
            Grant consent
          </button>
        </p>
      )}
      <section class="top-actions" aria-labelledby="top-actions-title">
        <h2 id="top-actions-title">Fix first</h2>
        {actions.length === 0 ? (
          <p class="muted">Nothing left to gain among the controls decided.</p>
        ) : (
          <ActionList
            items={actions.slice(0, FIRST_SCREEN_ACTIONS)}
            label="Top improvement actions"
            onOpen={open}
            borrowed={borrowed}
          />
        )}
      </section>
      <footer class="actions">
        <button type="button" onClick={rescan.run} disabled={rescan.disabled}>
          {rescan.label}
        </button>
        <button type="button" class="primary" onClick={onOpenDashboard}>
          Open dashboard
        </button>
      </footer>
      <div class="below-fold">
        {actions.length > FIRST_SCREEN_ACTIONS && (
          <section aria-labelledby="more-actions-title">
            <h2 id="more-actions-title">Then</h2>
            <ActionList
              items={actions.slice(FIRST_SCREEN_ACTIONS)}
              label="More improvement actions"
              onOpen={open}
              borrowed={borrowed}
            />
          </section>
        )}
        <CategoryBars byCategory={scan.byCategory} />
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
        {due > 0 && (
          <p class="review-due-note">
            {due === 1 ? '1 accepted risk is' : `${due} accepted risks are`} past the review date: open the dashboard to
            review.
          </p>
        )}
        <ReviewsDueNote count={scan.reviewControlsDue} />
        {scan.unlock.map((u) => (
          <p class="unlock" key={u.licence}>
            {wholePoints(u.points)} more points could be unlocked with {u.licence}.
          </p>
        ))}
        {auth && onAuthAction && !(state.demo && auth.status === 'notConfigured') && (
          <SignInStatus
            auth={auth}
            scanning={state.scanning}
            onAction={onAuthAction}
            except={[...(rescan.kind ? [rescan.kind] : []), ...(consent ? (['consent'] as const) : [])]}
          />
        )}
      </div>
    </main>
  );
}

/** The title, the tenant shown, and what is happening now: an error, a notice, a scan's progress. */
function PopupHead({
  state,
  progress,
  cancelling,
  onCancelScan,
  onOpenTenants,
}: Pick<PopupViewProps, 'state' | 'onCancelScan' | 'onOpenTenants'> & {
  progress: ScanProgress | null;
  cancelling: boolean;
}) {
  return (
    <>
      <header class="popup-head">
        <h1>Posture Lens</h1>
        {state.scan && (
          <p class="tenant">
            <span class="tenant-name">{state.scan.tenantName}</span>
          </p>
        )}
      </header>
      {onOpenTenants && <RegressedTenantsNote regressed={state.regressedTenants} onOpenTenants={onOpenTenants} />}
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
    </>
  );
}

/** What shows for the moment before the background answers with the cached state. */
export function PopupLoading() {
  return (
    <main class="popup" aria-busy="true">
      <header class="popup-head">
        <h1>Posture Lens</h1>
      </header>
    </main>
  );
}
