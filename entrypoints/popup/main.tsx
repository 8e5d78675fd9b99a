import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupLoading, PopupView } from '../../components/popup-view';
import { SCAN_PROGRESS_PORT, type AppState, type ScanProgress } from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';
import { runAuthAction } from './sign-in-actions';
import './style.css';

const loading: AppState = { scan: null, demo: false, scanning: false, error: null };

/** The dashboard, at one control's detail when given its id (the dashboard reads `#control=`). */
function openDashboard(controlId?: string): void {
  const hash = controlId ? `#control=${encodeURIComponent(controlId)}` : '';
  void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${hash}` });
}

function Popup() {
  const [state, setState] = useState<AppState>(loading);
  // Until the background answers, only the title shows: never "No scan yet" over a cached score.
  const [loaded, setLoaded] = useState(false);
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const fail = (err: unknown) =>
    setState((s) => ({ ...s, scanning: false, error: err instanceof Error ? err.message : String(err) }));

  useEffect(() => {
    send('pages', 'getState', null)
      .then(setState, fail)
      .finally(() => setLoaded(true));
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
    send('pages', 'runDemoScan', null).then(setState, fail);
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
      onAuthAction={(a) => runAuthAction(a, setState, fail)}
      progress={progress}
      cancelling={cancelling}
      onCancelScan={cancelScan}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
