import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { catalogue } from '../../controls';
import { ConnectPage, type CloudOption } from '../../components/connect-page';
import { DnsResolverSettingSection } from '../../components/dns-resolver-setting';
import { OverlaySwitchList } from '../../components/overlay-switches';
import type { AuthAction } from '../../components/sign-in-status';
import type { DnsResolverSetting } from '../../lib/dns/resolver-setting';
import type { OverlaySwitches } from '../../lib/engine/admin-centers';
import { requiredPermissions } from '../../lib/engine/permissions';
import { clouds } from '../../lib/graph/clouds';
import type { AuthState, SaveConnectionResult, ScanEvery, ScanScheduleView } from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';
import './style.css';

const needs = requiredPermissions(catalogue);
const cloudOptions: CloudOption[] = Object.entries(clouds).map(([id, c]) => ({
  id: id as CloudOption['id'],
  label: c.label,
  graphRoot: c.graphRoot,
}));
type FieldErrors = Extract<SaveConnectionResult, { ok: false }>['errors'];

function Options() {
  const [auth, setAuth] = useState<AuthState | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [schedule, setSchedule] = useState<ScanScheduleView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [overlay, setOverlay] = useState<OverlaySwitches | null>(null);
  const [dnsResolver, setDnsResolver] = useState<DnsResolverSetting | null>(null);
  const fail = (err: unknown) => setFailure(err instanceof Error ? err.message : String(err));
  const refreshSchedule = () => send('pages', 'getScanSchedule', null).then(setSchedule, fail);

  useEffect(() => {
    send('pages', 'getAuthState', null).then(setAuth, fail);
    void refreshSchedule();
    send('pages', 'getOverlaySwitches', null).then(setOverlay, fail);
    send('pages', 'getDnsResolver', null).then(setDnsResolver, fail);
  }, []);

  const changeSchedule = (every: ScanEvery) => {
    send('pages', 'setScanSchedule', { every }).then(setSchedule, fail);
  };

  const save = (input: { clientId: string; tenant: string; cloud: string }) => {
    setSaving(true);
    send('pages', 'saveConnection', input)
      .then((r) => {
        setErrors(r.ok ? {} : r.errors);
        if (r.ok) setAuth(r.auth);
      }, fail)
      .finally(() => setSaving(false));
  };

  const act = (a: AuthAction) => {
    setFailure(null);
    switch (a.kind) {
      case 'signIn':
      case 'consent':
        setAuth((s) => s && { ...s, status: 'signingIn', problem: null });
        send('pages', 'signIn', { consent: a.kind === 'consent' })
          .then(setAuth, fail)
          .finally(() => void refreshSchedule());
        return;
      case 'signOut':
        send('pages', 'signOut', { accountId: a.accountId }).then(setAuth, fail);
        return;
      case 'switchAccount':
        send('pages', 'switchAccount', { accountId: a.accountId }).then((s) => s.auth && setAuth(s.auth), fail);
        return;
      case 'scan':
        send('pages', 'scanSignedInTenant', null)
          .then((s) => s.auth && setAuth(s.auth), fail)
          .finally(() => void refreshSchedule());
        return;
      case 'openSettings':
        return;
    }
  };

  return (
    <>
      {failure && (
        <p class="error page" role="alert">
          {failure}
        </p>
      )}
      <ConnectPage
        auth={auth}
        clouds={cloudOptions}
        needs={needs}
        errors={errors}
        saving={saving}
        onSave={save}
        onAction={act}
        onCopy={(text) => void navigator.clipboard.writeText(text)}
        schedule={schedule}
        onScheduleChange={changeSchedule}
      >
        {overlay && (
          <OverlaySwitchList
            switches={overlay}
            onChange={(center, on) => void send('pages', 'setOverlaySwitch', { center, on }).then(setOverlay, fail)}
          />
        )}
        {dnsResolver && (
          <DnsResolverSettingSection
            setting={dnsResolver}
            onChange={(setting) => void send('pages', 'setDnsResolver', setting).then(setDnsResolver, fail)}
          />
        )}
      </ConnectPage>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
