import type { AlertRecord, AlertRecordFinding, AlertsView } from '../lib/messaging/alerts-view';
import { relativeTime, shownDate } from '../lib/engine/format/dates';
import { timelineHash } from '../lib/engine/history/timeline';

/** Alerts shown open; older ones fold under one summary, so a long watch doesn't bury the page. */
export const OPEN_ALERTS = 3;

function FindingItem({ f }: { f: AlertRecordFinding }) {
  return (
    <li class={f.notified ? 'alert-finding' : 'alert-finding alert-finding-quiet'}>
      {f.controlId ? <a href={timelineHash(f.controlId)}>{f.what}</a> : <span>{f.what}</span>}
      {f.by ? (
        <span>
          {' '}
          — by <span class="alert-actor">{f.by.actor}</span>, <time dateTime={f.by.at}>{shownDate(f.by.at)}</time>
        </span>
      ) : (
        f.unnamed && <span class="muted"> ({f.unnamed})</span>
      )}
      {!f.notified && <span class="muted"> · under your threshold: not in the notification</span>}
    </li>
  );
}

function AlertItem({ a, now }: { a: AlertRecord; now: number }) {
  const n = a.findings.length;
  return (
    <li class="alert-entry">
      <p class="alert-when">
        <time dateTime={a.raisedAt}>{relativeTime(a.raisedAt, now)}</time>{' '}
        <span class="muted">
          ({shownDate(a.raisedAt)}) · from the background scan of {shownDate(a.scannedAt)}
        </span>
      </p>
      <figure class="alert-sent">
        <figcaption class="muted">The notification, as sent</figcaption>
        <blockquote>
          <p class="alert-title">{a.title}</p>
          <p>{a.message}</p>
        </blockquote>
      </figure>
      <ul class="alert-findings" aria-label={n === 1 ? 'What the scan found' : `All ${n} things the scan found`}>
        {a.findings.map((f, i) => (
          <FindingItem key={`${i}|${f.controlId ?? ''}`} f={f} />
        ))}
      </ul>
    </li>
  );
}

function NoAlerts({ watchHref }: { watchHref: string }) {
  return (
    <p class="muted">
      No alerts for this tenant yet. After each background scan the watch compares it with the one before; when the
      posture drops, someone is added to a group a Conditional Access policy excludes, a review comes due or new
      controls arrive, the notification it raises is kept here with everything the scan found and who made each change.
      Choose what notifies and how often the tenant is scanned in the Connect page’s{' '}
      <a href={watchHref}>Watch section</a>.
    </p>
  );
}

/**
 * The dashboard's "Recent alerts" (issue 15 §1): each alert the watch raised for the tenant shown, newest
 * first — when, the notification's text as sent, and every finding of its scan linking to that control's
 * timeline, with who changed it. Microsoft's strings (names, UPNs) arrive as text and are shown as text.
 */
export function RecentAlerts({
  view,
  error,
  now,
  watchHref,
}: {
  /** Null while it loads. */
  view: AlertsView | null;
  error: string | null;
  /** The viewer's clock, for "2 h ago". */
  now: number;
  /** The Connect page's Watch section, where the tenant's watch is set. */
  watchHref: string;
}) {
  const open = view?.alerts.slice(0, OPEN_ALERTS) ?? [];
  const older = view?.alerts.slice(OPEN_ALERTS) ?? [];
  const unreadable = view?.unreadable ?? 0;
  return (
    <section class="recent-alerts" aria-labelledby="h-alerts">
      <h2 id="h-alerts">Recent alerts</h2>
      {error ? (
        <p class="error" role="alert">
          The alerts couldn’t be read: {error}
        </p>
      ) : !view ? (
        <p class="muted">Reading the alerts…</p>
      ) : open.length === 0 ? (
        <NoAlerts watchHref={watchHref} />
      ) : (
        <ol class="alerts" aria-label="Alerts the watch raised, newest first">
          {open.map((a) => (
            <AlertItem key={a.scannedAt} a={a} now={now} />
          ))}
        </ol>
      )}
      {older.length > 0 && (
        <details class="alerts-older">
          <summary>{older.length === 1 ? '1 older alert' : `${older.length} older alerts`}</summary>
          <ol class="alerts" aria-label="Older alerts, newest first">
            {older.map((a) => (
              <AlertItem key={a.scannedAt} a={a} now={now} />
            ))}
          </ol>
        </details>
      )}
      {unreadable > 0 && (
        <p class="muted">
          {unreadable === 1 ? '1 stored alert' : `${unreadable} stored alerts`} couldn’t be read and{' '}
          {unreadable === 1 ? 'isn’t' : 'aren’t'} shown. Nothing was deleted.
        </p>
      )}
    </section>
  );
}
