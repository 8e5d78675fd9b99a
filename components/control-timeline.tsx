import type {
  ControlTimeline as Timeline,
  TimelineDisposition,
  TimelineMark,
  TimelineScan,
  TimelineUnchanged,
} from '../lib/engine/history/timeline';
import { actorText, type AuditEvent } from '../lib/engine/watch/audit-event';
import { shownCalendarDay, shownDate, shownDayRange } from '../lib/engine/format/dates';
import { shownPoints } from '../lib/engine/format/points';
import { outOfScore } from '../lib/engine/score/score';
import { statusIcon, statusLabel } from '../lib/engine/verdict/status-words';

/** The id the deep link `#control=<id>&view=timeline` scrolls to. */
export const TIMELINE_ANCHOR = 'control-timeline';

function markText(m: TimelineMark): string {
  if (outOfScore(m.status)) return `${statusLabel[m.status]} · not counted in the score`;
  return `${statusLabel[m.status]} · ${shownPoints(m.score)} of ${shownPoints(m.maxScore)} points`;
}

function When({ at }: { at: string }) {
  return <time dateTime={at}>{shownDate(at)}</time>;
}

/** Who did what to which object, when, and each field that changed: all Graph text, shown as text. */
function AuditItem({ e }: { e: AuditEvent }) {
  const names = e.targets.map((t) => t.name).filter((n) => n !== null);
  return (
    <li>
      <strong class="timeline-actor">{actorText(e.actor)}</strong> · {e.activity}
      {names.length > 0 && ` “${names.join('”, “')}”`} · <When at={e.at} />
      {e.changed.length > 0 && (
        <ul class="timeline-fields" aria-label="What changed">
          {e.changed.map((c, i) => (
            <li key={i}>
              {c.field}: {c.before} → {c.after}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function ScanItem({ s }: { s: TimelineScan }) {
  return (
    <li class="timeline-scan">
      <p>
        <When at={s.at} /> · <strong>{s.change ?? 'Oldest scan shown here'}</strong>
      </p>
      <p class="timeline-mark">
        <span class={`status-${s.mark.status}`} aria-hidden="true">
          {statusIcon[s.mark.status]}
        </span>{' '}
        {markText(s.mark)}
      </p>
      {s.events.length > 0 && (
        <ul class="timeline-events" aria-label="Who changed it">
          {s.events.map((e) => (
            <AuditItem key={e.id} e={e} />
          ))}
        </ul>
      )}
      {s.whoUnknown && <p class="muted">{s.whoUnknown}</p>}
    </li>
  );
}

function UnchangedItem({ u }: { u: TimelineUnchanged }) {
  return (
    <li class="timeline-unchanged muted">
      Unchanged in {u.scans === 1 ? '1 scan' : `${u.scans} scans`}, {shownDayRange(u.from, u.to)} · {markText(u.mark)}
    </li>
  );
}

function DispositionItem({ d }: { d: TimelineDisposition }) {
  return (
    <li class="timeline-disposition">
      <p>
        <When at={d.at} /> · <strong>{d.by}</strong> {d.action === 'set' ? 'recorded' : 'cleared'} “{d.label}”
        {d.reviewBy && `, review by ${shownCalendarDay(d.reviewBy)}`}
      </p>
      {/* Worded apart from the disposition panel's "Reason:" and "Note:", which show the current one above. */}
      {d.reason && <p class="timeline-note">Reason given: {d.reason}</p>}
      {d.note && <p class="timeline-note">Note left: {d.note}</p>}
    </li>
  );
}

/**
 * A control's timeline, newest first: what each scan measured and what changed from the scan before,
 * who changed it where the audit log says (never a guess), the dispositions recorded, and runs of
 * unchanged scans folded into one line. Props only: the dashboard asks the background for it.
 */
export function ControlTimeline({
  title,
  timeline,
  error,
}: {
  /** The control's title, to name the list. */
  title: string;
  /** Null while it loads. */
  timeline: Timeline | null;
  error?: string | null;
}) {
  return (
    <section class="control-timeline" id={TIMELINE_ANCHOR} aria-labelledby="h-control-timeline">
      <h4 id="h-control-timeline">Timeline</h4>
      {error ? (
        <p class="error" role="alert">
          The timeline couldn’t be read: {error}
        </p>
      ) : !timeline ? (
        <p class="muted">Reading the history…</p>
      ) : timeline.entries.length === 0 ? (
        <p class="muted">No stored scan measured this control yet.</p>
      ) : (
        <>
          <ol class="timeline" aria-label={`Timeline of ${title}, newest first`}>
            {timeline.entries.map((e) =>
              e.kind === 'scan' ? (
                <ScanItem key={`s${e.at}`} s={e} />
              ) : e.kind === 'unchanged' ? (
                <UnchangedItem key={`u${e.to}`} u={e} />
              ) : (
                <DispositionItem key={`d${e.at}${e.action}`} d={e} />
              ),
            )}
          </ol>
          {timeline.earlier && (
            <p class="muted">
              Older scans aren’t shown: the timeline covers the {timeline.days} days before the latest scan, at most{' '}
              {timeline.limit} scans.
            </p>
          )}
        </>
      )}
    </section>
  );
}
