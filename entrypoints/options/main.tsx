import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { catalogue } from '../../controls';
import { ConnectPage, type CloudOption } from '../../components/connect-page';
import { DeclarationsSettings, type RoleOption } from '../../components/declarations-settings';
import { DnsResolverSettingSection } from '../../components/dns-resolver-setting';
import { OverlaySwitchList } from '../../components/overlay-switches';
import type { AuthAction } from '../../components/sign-in-status';
import { WatchSettingsSection } from '../../components/watch-settings';
import { AdminServicesSection } from '../../components/admin-services-settings';
import type { AdminServiceView, AdminServicesView } from '../../lib/messaging/admin-services-view';
import type { DnsResolverSetting } from '../../lib/dns/resolver-setting';
import type { OverlaySwitches } from '../../lib/engine/pages/admin-centers';
import { privilegedRoles } from '../../lib/graph/sources/privileged-role-ids';
import type { Declarations } from '../../lib/engine/scan/declarations';
import { requiredPermissions } from '../../lib/engine/scan/permissions';
import { clouds } from '../../lib/graph/clouds';
import type {
  AuthState,
  DeclarationsView,
  SaveConnectionResult,
  ScanEvery,
  ScanScheduleView,
  WatchSettings,
  WatchSettingsView,
} from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';
import './style.css';

const needs = requiredPermissions(catalogue);
const cloudOptions: CloudOption[] = Object.entries(clouds).map(([id, c]) => ({
  id: id as CloudOption['id'],
  label: c.label,
  graphRoot: c.graphRoot,
}));
type FieldErrors = Extract<SaveConnectionResult, { ok: false }>['errors'];
// The built-in privileged roles are the list used when none is declared: all of them are the default.
const controlIds = catalogue.map((c) => c.id);
const roleOptions: RoleOption[] = Object.entries(privilegedRoles).map(([id, name]) => ({ id, name, isDefault: true }));

/** Saves the declarations as a file through the browser's downloads. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Options() {
  const [auth, setAuth] = useState<AuthState | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [schedule, setSchedule] = useState<ScanScheduleView | null>(null);
  const [watch, setWatch] = useState<WatchSettingsView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [overlay, setOverlay] = useState<OverlaySwitches | null>(null);
  const [dnsResolver, setDnsResolver] = useState<DnsResolverSetting | null>(null);
  const [declarations, setDeclarations] = useState<DeclarationsView | null>(null);
  const [declaring, setDeclaring] = useState(false);
  const [declareError, setDeclareError] = useState<string | null>(null);
  const [services, setServices] = useState<AdminServicesView | null>(null);
  const [serviceBusy, setServiceBusy] = useState<string | null>(null);
  const [serviceError, setServiceError] = useState<string | null>(null);
  const fail = (err: unknown) => setFailure(err instanceof Error ? err.message : String(err));
  // Both are the signed-in tenant's: they change with sign-in, sign-out and account switches.
  const refreshSchedule = () =>
    Promise.all([
      send('pages', 'getScanSchedule', null).then(setSchedule, fail),
      send('pages', 'getWatchSettings', null).then(setWatch, fail),
    ]);
  const changeWatch = (settings: WatchSettings) => {
    if (!watch?.tenantId) return;
    send('pages', 'setWatchSettings', { tenantId: watch.tenantId, settings }).then(setWatch, fail);
  };
  // The active tenant's: it changes with sign-in, account switches and scans.
  const refreshDeclarations = () =>
    Promise.all([
      send('pages', 'getDeclarations', null).then(setDeclarations, fail),
      send('pages', 'getAdminServices', null).then(setServices, fail),
    ]);
  const toggleService = (s: AdminServiceView, on: boolean) => {
    if (!services?.tenantId) return;
    const tenantId = services.tenantId;
    setServiceBusy(s.service);
    setServiceError(null);
    // Asked in the click itself (the browser requires a user gesture); the demo reads no host.
    const allowed =
      on && !services.demo ? browser.permissions.request({ origins: [...s.hosts] }) : Promise.resolve(true);
    allowed
      .then((ok) => {
        if (!ok) throw new Error(`This browser did not allow ${s.hosts.join(', ')}: ${s.label} stays off.`);
        return send('pages', 'setAdminService', { tenantId, service: s.service, on });
      })
      .then(setServices, (err: unknown) => setServiceError(err instanceof Error ? err.message : String(err)))
      .finally(() => setServiceBusy(null));
  };

  const declare = (next: Declarations) => {
    if (!declarations?.tenantId) return;
    setDeclaring(true);
    setDeclareError(null);
    send('pages', 'setDeclarations', { tenantId: declarations.tenantId, declarations: next })
      .then(setDeclarations, (err: unknown) => setDeclareError(err instanceof Error ? err.message : String(err)))
      .finally(() => setDeclaring(false));
  };
  const scanNow = () => {
    setFailure(null);
    const scan = declarations?.demo ? send('pages', 'runDemoScan', null) : send('pages', 'scanSignedInTenant', null);
    scan.then((s) => (s.error ? setFailure(s.error) : undefined), fail).finally(() => void refreshDeclarations());
  };

  useEffect(() => {
    send('pages', 'getAuthState', null).then(setAuth, fail);
    void refreshSchedule();
    send('pages', 'getOverlaySwitches', null).then(setOverlay, fail);
    send('pages', 'getDnsResolver', null).then(setDnsResolver, fail);
    void refreshDeclarations();
    // Linked from the dashboard: show the section once it has rendered.
    if (location.hash === '#exclusions')
      requestAnimationFrame(() => document.getElementById('exclusions')?.scrollIntoView());
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
          .finally(() => void refreshSchedule().then(refreshDeclarations));
        return;
      case 'signOut':
        send('pages', 'signOut', { accountId: a.accountId })
          .then(setAuth, fail)
          .finally(() => void refreshSchedule().then(refreshDeclarations));
        return;
      case 'switchAccount':
        send('pages', 'switchAccount', { accountId: a.accountId })
          .then((s) => s.auth && setAuth(s.auth), fail)
          .finally(() => void refreshSchedule().then(refreshDeclarations));
        return;
      case 'scan':
        send('pages', 'scanSignedInTenant', null)
          .then((s) => s.auth && setAuth(s.auth), fail)
          .finally(() => void refreshSchedule().then(refreshDeclarations));
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
        {watch && <WatchSettingsSection view={watch} onChange={changeWatch} />}
        {services && (
          <AdminServicesSection view={services} busy={serviceBusy} error={serviceError} onToggle={toggleService} />
        )}
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
        {declarations && (
          <DeclarationsSettings
            view={declarations}
            roles={roleOptions}
            controlIds={controlIds}
            busy={declaring}
            error={declareError}
            onSave={declare}
            onExport={(json) => download(`posture-lens-declarations-${declarations.tenantId ?? 'tenant'}.json`, json)}
            onScanNow={scanNow}
          />
        )}
      </ConnectPage>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
