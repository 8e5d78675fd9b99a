/**
 * Settings › Watch on the Connect page: the signed-in tenant's watch settings. Background scans scan
 * the active account's tenant, so that is the tenant the page edits; a page left open across an
 * account switch can't save one tenant's choice onto another.
 */
import { defaultWatchSettings } from '../engine/watch/watch-settings';
import type { Handlers } from '../messaging/handle';
import type { WatchSettingsView } from '../messaging/protocol';
import type { AuthPort } from './auth-port';
import type { WatchAlerts } from './watch-alerts';

export function watchHandlers(deps: {
  auth: Pick<AuthPort, 'state'>;
  watch: Pick<WatchAlerts, 'settings' | 'setSettings'>;
}): Pick<Handlers['pages'], 'getWatchSettings' | 'setWatchSettings'> {
  async function view(): Promise<WatchSettingsView> {
    const active = (await deps.auth.state()).active;
    if (!active) return { tenantId: null, tenantName: null, settings: defaultWatchSettings };
    return {
      tenantId: active.tenantId,
      tenantName: active.tenantName,
      settings: await deps.watch.settings(active.tenantId),
    };
  }
  return {
    getWatchSettings: view,
    setWatchSettings: async ({ tenantId, settings }) => {
      if ((await deps.auth.state()).active?.tenantId !== tenantId) {
        throw new Error('The signed-in tenant changed: its watch settings were not saved. Check them again.');
      }
      await deps.watch.setSettings(tenantId, settings);
      return view();
    },
  };
}
