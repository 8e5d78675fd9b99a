import { useEffect, useState } from 'preact/hooks';
import { MAX_THRESHOLD_POINTS } from '../lib/engine/watch/watch-settings';
import type { WatchSettings, WatchSettingsView, WatchThreshold } from '../lib/messaging/protocol';

export interface WatchSettingsProps {
  view: WatchSettingsView;
  /** Called with a valid choice to save for `view.tenantId`. */
  onChange: (settings: WatchSettings) => void;
}

type Kind = WatchThreshold['kind'];

const choices: { kind: Kind; label: string }[] = [
  { kind: 'anyDrop', label: 'Any drop' },
  { kind: 'points', label: 'Drops of at least' },
  { kind: 'ownOnly', label: 'Only Posture Lens’s own controls (not verdicts borrowed from Microsoft Secure Score)' },
];

const pointsOf = (t: WatchThreshold): string => (t.kind === 'points' ? String(t.points) : '5');

/** A whole number of points in range, or the sentence saying what is wrong. */
function parsePoints(text: string): { points: number } | { problem: string } {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < 1 || n > MAX_THRESHOLD_POINTS) {
    return { problem: `Give a whole number of points from 1 to ${MAX_THRESHOLD_POINTS}.` };
  }
  return { points: n };
}

/**
 * Settings › Watch: what the signed-in tenant's scheduled scans notify about. Per tenant, because the
 * tenants an admin watches differ in how much noise they can take.
 */
export function WatchSettingsSection({ view, onChange }: WatchSettingsProps) {
  const { settings } = view;
  const [kind, setKind] = useState<Kind>(settings.threshold.kind);
  const [points, setPoints] = useState(pointsOf(settings.threshold));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setKind(settings.threshold.kind);
    setPoints(pointsOf(settings.threshold));
  }, [settings]);

  const save = (next: Kind, notify = settings.notify, text = points) => {
    setKind(next);
    if (next !== 'points') {
      setProblem(null);
      onChange({ notify, threshold: { kind: next } });
      return;
    }
    const parsed = parsePoints(text);
    setProblem('problem' in parsed ? parsed.problem : null);
    if ('points' in parsed) onChange({ notify, threshold: { kind: 'points', points: parsed.points } });
  };

  return (
    <section aria-labelledby="watch">
      <h2 id="watch">Watch</h2>
      {view.tenantId === null ? (
        <p>Sign in to a tenant to watch it: background scans scan the signed-in tenant.</p>
      ) : (
        <>
          <p>
            After each background scan of {view.tenantName ?? view.tenantId}, a browser notification names what got
            worse, the points lost and who changed it (with AuditLog.Read.All). Improvements never notify.
          </p>
          <label>
            <input
              type="checkbox"
              name="watch-notify"
              checked={settings.notify}
              onChange={(e) => save(kind, e.currentTarget.checked)}
            />{' '}
            Notify me when a background scan finds something worse
          </label>
          <fieldset class="watch-threshold" disabled={!settings.notify}>
            <legend>Which drops notify</legend>
            {choices.map((c) => (
              <label key={c.kind}>
                <input
                  type="radio"
                  name="watch-threshold"
                  value={c.kind}
                  checked={kind === c.kind}
                  onChange={() => save(c.kind)}
                />{' '}
                {c.label}
                {c.kind === 'points' && (
                  <>
                    {' '}
                    <input
                      type="number"
                      name="watch-points"
                      aria-label="Points"
                      min={1}
                      max={MAX_THRESHOLD_POINTS}
                      value={points}
                      onInput={(e) => setPoints(e.currentTarget.value)}
                      onChange={(e) => kind === 'points' && save('points', settings.notify, e.currentTarget.value)}
                    />{' '}
                    points
                  </>
                )}
              </label>
            ))}
            {problem && (
              <p class="error" role="alert">
                {problem}
              </p>
            )}
            <p>
              Review dates, people added to groups a Conditional Access policy excludes and new controls always notify.
            </p>
          </fieldset>
        </>
      )}
    </section>
  );
}
