import { browser } from 'wxt/browser';
import type { AuthAction } from '../../components/sign-in-status';
import { popupStateOf } from '../../lib/messaging/popup-state';
import type { AppState, PopupState } from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';

type SetState = (update: (s: PopupState) => PopupState) => void;

/**
 * The popup's sign-in buttons. Sign-in runs in the background (with MSAL in its offscreen document),
 * so it finishes even though the popup closes when the sign-in window takes focus.
 */
export function runAuthAction(a: AuthAction, setState: SetState, fail: (err: unknown) => void): void {
  const show = (s: AppState) => setState(() => popupStateOf(s));
  const refresh = () => send('pages', 'getPopupState', null).then((s) => setState(() => s), fail);
  switch (a.kind) {
    case 'signIn':
    case 'consent':
      setState((s) => ({
        ...s,
        error: null,
        ...(s.auth ? { auth: { ...s.auth, status: 'signingIn', problem: null } } : {}),
      }));
      send('pages', 'signIn', { consent: a.kind === 'consent' }).then(refresh, fail);
      return;
    case 'scan':
      setState((s) => ({ ...s, scanning: true, error: null, notice: null }));
      send('pages', 'scanSignedInTenant', null).then(show, fail);
      return;
    case 'signOut':
      send('pages', 'signOut', { accountId: a.accountId }).then(refresh, fail);
      return;
    case 'switchAccount':
      send('pages', 'switchAccount', { accountId: a.accountId }).then(show, fail);
      return;
    case 'openSettings':
      void browser.runtime.openOptionsPage();
      return;
  }
}
