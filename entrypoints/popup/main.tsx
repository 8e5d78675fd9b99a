import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupLoading, PopupView } from '../../components/popup-view';
import { popupStateOf } from '../../lib/messaging/popup-state';
import { SCAN_PROGRESS_PORT, type AppState, type PopupState, type ScanProgress } from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';
import { readPopupState } from '../../lib/store/popup-cache';
import { runAuthAction } from './sign-in-actions';
import './style.css';

const loading: PopupState = { scan: null, demo: false, scanning: false, error: null };

/** The dashboard, at one control's detail when given its id (the dashboard reads `#control=`). */
function openDashboard(controlId?: string): void {
  openDashboardAt(controlId ? `#control=${encodeURIComponent(controlId)}` : '');
}
const openDashboardAt = (hash: string) =>
  void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${hash}` });

// Both asked for as the script starts, before the first render: the background's copy (read without
// waking the worker) and its answer (after the worker wakes), which replaces the copy.
performance.mark('popup-script');
const copy = readPopupState().catch(() => null);
const answer = send('pages', 'getPopupState', null);
// Handled in the popup's first effect; marked handled now so a failure before it isn't reported unhandled.
answer.catch(() => undefined);

function Popup({ kept }: { kept: PopupState | null }) {
  const [state, setState] = useState<PopupState>(kept ?? loading);
  // Until the background's copy or its answer is here, only the title shows: never "No scan yet"
  // over a stored score.
  const [loaded, setLoaded] = useState(kept !== null);
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const fail = (err: unknown) =>
    setState((s) => ({ ...s, scanning: false, error: err instanceof Error ? err.message : String(err) }));
  const show = (s: AppState) => setState(popupStateOf(s));

  useEffect(() => {
    answer.then(setState, fail).finally(() => {
      performance.mark('popup-answer');
      setLoaded(true);
    });
    // Progress is pushed over a port for as long as the popup is open (a scan started before it
    // opened reports where it is at once); a port closes with the popup, so nothing leaks.
    const port = browser.runtime.connect({ name: SCAN_PROGRESS_PORT });
    port.onMessage.addListener((p: ScanProgress) => setProgress(p));
    return () => port.disconnect();
  }, []);
  // A finished or cancelled scan resets the bar for the next one.
  useEffect(() => {
    if (state.scanning) return;
    setProgress(null);
    setCancelling(false);
  }, [state.scanning]);

  const runDemo = () => {
    setState((s) => ({ ...s, scanning: true, error: null, notice: null }));
    send('pages', 'runDemoScan', null).then(show, fail);
  };
  const cancelScan = () => {
    setCancelling(true);
    // The scan's own request answers with the previous score and "Scan cancelled."
    send('pages', 'cancelScan', null).catch(fail);
  };
  if (!loaded) return <PopupLoading />;
  return (
    <PopupView
      state={state}
      now={Date.now()}
      onRunDemo={runDemo}
      onOpenDashboard={() => openDashboard()}
      onOpenControl={openDashboard}
      onOpenTenants={() => openDashboardAt('#tenants')}
      onAuthAction={(a) => runAuthAction(a, setState, fail)}
      progress={progress}
      cancelling={cancelling}
      onCancelScan={cancelScan}
    />
  );
}

// The first render waits for the copy, a read from memory, so the first frame has the score; but not
// long: without a copy it shows the title until the background answers.
const COPY_WAIT_MS = 50;
void Promise.race([copy, new Promise<null>((r) => setTimeout(r, COPY_WAIT_MS, null))]).then((kept) => {
  // User Timing mark: `npm run bench` reads when the copy was used (bench/popup.ts).
  if (kept) performance.mark('popup-copy');
  render(<Popup kept={kept} />, document.getElementById('app')!);
});
