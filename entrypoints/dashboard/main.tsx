import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CategoryBars } from '../../components/category-bars';
import { ControlDetail } from '../../components/control-detail';
import { ControlTable } from '../../components/control-table';
import { ControlTimeline, TIMELINE_ANCHOR } from '../../components/control-timeline';
import { ImprovementTable } from '../../components/improvement-table';
import { DispositionPanel } from '../../components/disposition-panel';
import { ReviewPanel } from '../../components/review-panel';
import { ReviewDueList } from '../../components/review-due-list';
import { NewControlsNote } from '../../components/new-controls-note';
import { useNewControls, type NewControlsPort } from '../../components/use-new-controls';
import { RecentAlerts } from '../../components/recent-alerts';
import { useRecentAlerts } from '../../components/use-recent-alerts';
import type { DispositionInput } from '../../lib/engine/history/dispositions';
import { relativeTime, shownDate } from '../../lib/engine/format/dates';
import { ScoreRing } from '../../components/score-ring';
import { ChangeList } from '../../components/change-list';
import { HistoryChart } from '../../components/history-chart';
import { MicrosoftDifferences } from '../../components/microsoft-differences';
import { MicrosoftScore } from '../../components/microsoft-score';
import { ExportActions } from '../../components/export-actions';
import { FirstRun } from '../../components/first-run';
import { PrintReport } from '../../components/print-report';
import { DeclarationsChangedNote, ScanDeclarations } from '../../components/scan-declarations';
import type { Declarations } from '../../lib/engine/scan/declarations';
import { exportFile, type ExportFormat } from '../../lib/engine/export/export-file';
import type { ScanResult } from '../../lib/engine/scan/run-scan';
import type { HistoryView } from '../../lib/engine/history/history';
import type { ControlTimeline as Timeline } from '../../lib/engine/history/timeline';
import type { AppState } from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';
import { download } from './download';
import { guides } from './guides';
import { usePrintView } from './print-view';
import { TenantsShell, useTenantsRoute } from './tenants';
import './style.css';

const exportScan = (scan: ScanResult, format: ExportFormat) => download(exportFile(scan, format));

const fromHash = (): string | null => new URLSearchParams(location.hash.slice(1)).get('control');
/** `#control=<id>&view=timeline`: the detail opens scrolled to its timeline (from "What changed", a notification). */
const timelineAsked = (): boolean => new URLSearchParams(location.hash.slice(1)).get('view') === 'timeline';
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const newControlsPort = (onError: (e: unknown) => void): NewControlsPort => ({
  load: () => send('pages', 'getNewControls', null),
  markSeen: (controlIds) => send('pages', 'markControlsSeen', { controlIds }),
  onError,
});

function Dashboard() {
  const [state, setState] = useState<AppState | null>(null);
  const [history, setHistory] = useState<HistoryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(fromHash());
  const [toTimeline, setToTimeline] = useState(timelineAsked());
  const [timeline, setTimeline] = useState<{ id: string; value: Timeline | null; error: string | null } | null>(null);
  const scrolledTo = useRef<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [declared, setDeclared] = useState<{ declarations: Declarations; problem: string | null } | null>(null);

  useEffect(() => {
    send('pages', 'getState', null).then(setState, (e: unknown) => setError(String(e)));
    send('pages', 'getHistory', null).then(setHistory, (e: unknown) => setError(String(e)));
    send('pages', 'getDeclarations', null).then(setDeclared, (e: unknown) => setError(String(e)));
    const onHash = () => {
      // A new link, even back to a timeline already shown, scrolls to it again.
      scrolledTo.current = null;
      setSelected(fromHash());
      setToTimeline(timelineAsked());
    };
    addEventListener('hashchange', onHash);
    // A link followed between the first render and this listener (a fast click, a page.goto) is not lost.
    if (fromHash() !== selected) onHash();
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const select = (id: string) => {
    location.hash = `control=${encodeURIComponent(id)}`;
  };
  const scan = state?.scan;
  const printView = usePrintView(Boolean(scan));
  const current = scan?.controls.find((c) => c.id === selected) ?? null;
  const alerts = useRecentAlerts(() => send('pages', 'getAlerts', null), scan?.scannedAt);
  // Controls new to the tenant: tagged until their detail is opened or all are marked seen (issue 15 §5).
  const fresh = useNewControls(
    newControlsPort((e) => setError(messageOf(e))),
    scan?.scannedAt,
    current?.id ?? null,
  );
  // A control chosen above the fold (the improvement actions, a link from the popup) or below it (the
  // table on a narrow window): bring its detail's top, where the fix is, into view; again once the
  // history and declarations above it have loaded and moved it. One already in view stays put.
  const loaded = history !== null && declared !== null;
  useEffect(() => {
    const detail = current && document.querySelector('.control-detail');
    if (!detail) return;
    const { top } = detail.getBoundingClientRect();
    if (top < 0 || top > innerHeight / 2) detail.scrollIntoView({ block: 'start' });
  }, [current?.id, loaded]);
  const record = (current && state?.dispositions?.find((r) => r.controlId === current.id)) ?? null;
  // The chosen control's timeline, again after a scan or a disposition adds to it.
  useEffect(() => {
    if (!current) return;
    const id = current.id;
    let live = true;
    setTimeline((t) => (t?.id === id ? t : { id, value: null, error: null }));
    send('pages', 'getControlTimeline', { controlId: id }).then(
      (value) => live && setTimeline({ id, value, error: null }),
      (e: unknown) => live && setTimeline({ id, value: null, error: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [current?.id, scan?.scannedAt, record?.trail.length]);
  const shownTimeline = current && timeline?.id === current.id ? timeline : null;
  // A deep link to the timeline scrolls to it once it and everything above it have loaded; once per link.
  useEffect(() => {
    if (!toTimeline || !current || !loaded || !shownTimeline?.value || scrolledTo.current === location.hash) return;
    scrolledTo.current = location.hash;
    document.getElementById(TIMELINE_ANCHOR)?.scrollIntoView({ block: 'start' });
  }, [toTimeline, current?.id, loaded, shownTimeline?.value]);
  // Recorded in the background (who, when, the trail); the answer is the rescored state.
  const submit = (sent: Promise<AppState>) => {
    setSaving(true);
    setError(null);
    sent
      .then((next) => {
        setState(next);
        // The chart's latest point is scored with today's dispositions too.
        return send('pages', 'getHistory', null).then(setHistory);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setSaving(false));
  };
  const dispose = (controlId: string, change: DispositionInput | null) =>
    submit(
      change
        ? send('pages', 'setDisposition', { controlId, disposition: change })
        : send('pages', 'clearDisposition', { controlId }),
    );
  const runDemo = () => {
    setState((s) => s && { ...s, scanning: true, error: null });
    send('pages', 'runDemoScan', null)
      .then((next) => {
        setState(next);
        return send('pages', 'getHistory', null).then(setHistory);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <main class="page">
      <div class="screen-only">
        <header class="page-head">
          <h1>
            Posture Lens{scan && ` — ${scan.tenant.displayName}`}
            {state?.demo && <span class="tag">Demo tenant</span>}
          </h1>
          <a href="#tenants">Tenants</a>
          {scan && <ExportActions onExport={(f) => exportScan(scan, f)} onPrint={printView.print} />}
        </header>
        {(error ?? state?.error) && (
          <p class="error" role="alert">
            {error ?? state?.error}
          </p>
        )}
        {state && !scan && <FirstRun connectHref="/options.html" onTryDemo={runDemo} scanning={state.scanning} />}
        {scan && (
          <>
            <section class="overview" aria-label="Score">
              <ScoreRing
                percent={scan.score.percent}
                achieved={scan.score.achieved}
                available={scan.score.available}
                size={140}
              />
              <div>
                <p class="muted">
                  Measured {relativeTime(scan.scannedAt, Date.now())} ({shownDate(scan.scannedAt)}) ·{' '}
                  {scan.stats.graphRequests === 1 ? '1 Graph request' : `${scan.stats.graphRequests} Graph requests`}
                </p>
                <ScanDeclarations
                  recorded={scan.declarations}
                  current={declared?.declarations ?? null}
                  problem={declared?.problem ?? null}
                  settingsHref="/options.html#exclusions"
                />
                <CategoryBars byCategory={scan.summary.byCategory} />
                <MicrosoftScore
                  microsoft={scan.microsoft}
                  {...(state?.demo ? {} : { onConsent: () => void send('pages', 'signIn', { consent: true }) })}
                />
              </div>
            </section>
            <NewControlsNote
              controls={scan.controls.filter((c) => fresh.newIds.has(c.id))}
              onSelect={select}
              onMarkAllSeen={fresh.markAllSeen}
            />
            <ImprovementTable scan={scan} onSelect={select} />
            <ReviewDueList scan={scan} onSelect={select} />
            {history && (
              <div class="history-row">
                <section aria-labelledby="h-history">
                  <h2 id="h-history">Score history</h2>
                  <HistoryChart
                    points={history.points}
                    microsoft={scan.microsoft?.available ? scan.microsoft.history : []}
                  />
                </section>
                <section aria-labelledby="h-changes">
                  <h2 id="h-changes">What changed</h2>
                  <DeclarationsChangedNote changed={history.declarationsChanged ?? false} />
                  <ChangeList changes={history.changes} since={history.previousScannedAt} />
                </section>
              </div>
            )}
            <RecentAlerts {...alerts} now={Date.now()} watchHref="/options.html#watch" />
            <MicrosoftDifferences microsoft={scan.microsoft} onSelect={select} />
            <div class="layout">
              <ControlTable
                results={scan.controls}
                scannedAt={scan.scannedAt}
                selected={selected}
                onSelect={select}
                newIds={fresh.newIds}
              />
              {current ? (
                <ControlDetail
                  // A fresh element per control: its own scroll starts at the top, at the fix.
                  key={current.id}
                  result={current}
                  guide={guides.get(current.id)}
                  names={scan}
                  isNew={fresh.detailIsNew(current.id)}
                  dispositionPanel={
                    current.review ? (
                      <ReviewPanel
                        key={`${current.id}|${record?.trail.length ?? 0}`}
                        control={{ ...current, review: current.review }}
                        record={record}
                        busy={saving}
                        onReviewed={(note) => submit(send('pages', 'markReviewed', { controlId: current.id, note }))}
                      />
                    ) : (
                      <DispositionPanel
                        // A new key after each save or clear: the form starts from what is now recorded.
                        key={`${current.id}|${record?.trail.length ?? 0}`}
                        control={current}
                        record={record}
                        today={new Date().toISOString().slice(0, 10)}
                        busy={saving}
                        onSave={(d) => dispose(current.id, d)}
                        onClear={() => dispose(current.id, null)}
                      />
                    )
                  }
                  timeline={
                    <ControlTimeline
                      title={current.title}
                      timeline={shownTimeline?.value ?? null}
                      error={shownTimeline?.error ?? null}
                    />
                  }
                />
              ) : (
                <p class="muted">Choose a control to see the evidence behind its verdict.</p>
              )}
            </div>
          </>
        )}
      </div>
      {scan && (
        <PrintReport
          scan={scan}
          demo={state?.demo ?? false}
          setTo={(id) => guides.get(id)?.setTo}
          partnerName={printView.partnerName}
        />
      )}
    </main>
  );
}

/** `#tenants` shows the Tenants overview (issue 16); any other hash, `#control=…` included, the dashboard. */
function Routed() {
  return useTenantsRoute() ? <TenantsShell /> : <Dashboard />;
}

render(<Routed />, document.getElementById('app')!);
