import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup-view';
import { topImprovements } from '../../lib/engine/improvements';
import type { AppState } from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';
import { runAuthAction } from './sign-in-actions';
import './style.css';

const loading: AppState = { scan: null, demo: false, scanning: false, error: null };

function Popup() {
  const [state, setState] = useState<AppState>(loading);
  const fail = (err: unknown) =>
    setState((s) => ({ ...s, scanning: false, error: err instanceof Error ? err.message : String(err) }));

  useEffect(() => {
    send('pages', 'getState', null).then(setState, fail);
  }, []);

  const runDemo = () => {
    setState((s) => ({ ...s, scanning: true, error: null }));
    send('pages', 'runDemoScan', null).then(setState, fail);
  };
  const openDashboard = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  };
  const improvements = state.scan ? topImprovements(state.scan.controls) : [];
  return (
    <PopupView
      state={state}
      improvements={improvements}
      now={Date.now()}
      onRunDemo={runDemo}
      onOpenDashboard={openDashboard}
      onAuthAction={(a) => runAuthAction(a, setState, fail)}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
