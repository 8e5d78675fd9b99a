import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import control from './entra-password-hash-sync-enabled';

const SYNC = '/directory/onPremisesSynchronization';

/** A hybrid tenant scanned by a Global Administrator, with password hash sync on or off. */
const hybrid =
  (phs: boolean, globalAdmin = true) =>
  (t: TenantModel): void => {
    t.organization.onPremisesSyncEnabled = true;
    t.callerIsGlobalAdmin = globalAdmin;
    t.onPremisesSynchronization[0]!.features!.passwordSyncEnabled = phs;
  };

describeControl(control, {
  pass: {
    'a hybrid tenant with password hash sync on': {
      tenant: hybrid(true),
      reasonIncludes: 'password hash sync is on.',
      evidence: ['onPremisesSynchronization'],
    },
  },
  notApplicable: {
    'a cloud-only tenant has nothing to synchronise, even though Global Reader cannot read sync settings': {
      reasonIncludes: ['does not synchronise from on-premises Active Directory', 'onPremisesSyncEnabled is null'],
      evidence: ['organization'],
    },
  },
  fail: {
    'a hybrid tenant with password hash sync off': {
      tenant: hybrid(false),
      reasonIncludes: 'password hash sync is off (features.passwordSyncEnabled is false).',
    },
  },
  unknown: {
    'a hybrid tenant scanned as Global Reader: Graph answers 403 for sync settings': {
      tenant: hybrid(true, false),
      reasonIncludes: ['directory/onPremisesSynchronization', 'only a Global Administrator'],
    },
    '403 on sync settings names the endpoint': {
      tenant: hybrid(true),
      faults: [forbidden(SYNC)],
      reasonIncludes: 'OnPremDirectorySynchronization.Read.All',
    },
    'sync settings without passwordSyncEnabled are not trusted': {
      tenant: hybrid(true),
      faults: [malformed(SYNC, { value: [{ id: 'x', features: {} }] })],
      reasonIncludes: "Couldn't read directory/onPremisesSynchronization",
    },
    '403 on the organization names Organization.Read.All': {
      faults: [forbidden('/organization')],
      reasonIncludes: ['HTTP 403', 'Organization.Read.All'],
    },
    'an organization without onPremisesSyncEnabled': {
      faults: [malformed('/organization', { value: [{ id: 'x', displayName: 'X' }] })],
      reasonIncludes: "'value[0].onPremisesSyncEnabled' (missing)",
    },
    '500 on the organization': {
      faults: [failing('/organization', 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
