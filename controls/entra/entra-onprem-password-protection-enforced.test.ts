import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import control from './entra-onprem-password-protection-enforced';

const RULES = '5cf42378-d67d-4f36-ba46-e8b86229381d';

const hybrid = (t: TenantModel): void => {
  t.organization.onPremisesSyncEnabled = true;
};
const setValue = (t: TenantModel, name: string, value: string | null): void => {
  const entry = t.groupSettings.find((s) => s.templateId === RULES)!;
  entry.values = (entry.values ?? []).map((x) => (x.name === name ? { ...x, value } : x));
};
const hybridWith =
  (name: string, value: string | null) =>
  (t: TenantModel): void => {
    hybrid(t);
    setValue(t, name, value);
  };

describeControl(control, {
  pass: {
    'a hybrid tenant enforcing password protection on premises': {
      tenant: hybrid,
      reasonIncludes: 'On-premises password protection is on and enforced.',
      evidence: ['Password Rule Settings'],
    },
  },
  notApplicable: {
    'a tenant no longer synchronised (false) is cloud-only': {
      tenant: (t) => {
        t.organization.onPremisesSyncEnabled = false;
        setValue(t, 'BannedPasswordCheckOnPremisesMode', 'Audit');
      },
      reasonIncludes: 'onPremisesSyncEnabled is false',
    },
    'a cloud-only tenant has no on-premises directory to protect': {
      reasonIncludes: ['does not synchronise from on-premises Active Directory', 'onPremisesSyncEnabled is null'],
      evidence: ['organization'],
    },
  },
  fail: {
    'Audit mode only logs': {
      tenant: hybridWith('BannedPasswordCheckOnPremisesMode', 'Audit'),
      reasonIncludes: 'only audits (BannedPasswordCheckOnPremisesMode is Audit).',
    },
    'the on-premises check is off': {
      tenant: hybridWith('EnableBannedPasswordCheckOnPremises', 'False'),
      reasonIncludes: 'is off (EnableBannedPasswordCheckOnPremises is False).',
    },
    'no Password Rule Settings entry means the Audit default': {
      tenant: (t) => {
        hybrid(t);
        t.groupSettings = t.groupSettings.filter((s) => s.templateId !== RULES);
      },
      reasonIncludes: 'No Password Rule Settings entry',
    },
  },
  unknown: {
    '403 on group settings names GroupSettings.Read.All': {
      faults: [forbidden('/groupSettings')],
      reasonIncludes: ['HTTP 403', 'GroupSettings.Read.All'],
    },
    '403 on the organization names Organization.Read.All': {
      faults: [forbidden('/organization')],
      reasonIncludes: ['HTTP 403', 'Organization.Read.All'],
    },
    'an organization without onPremisesSyncEnabled': {
      faults: [malformed('/organization', { value: [{ id: 'x', displayName: 'X' }] })],
      reasonIncludes: "'value[0].onPremisesSyncEnabled' (missing)",
    },
    'a mode that is neither Enforce nor Audit': {
      tenant: hybridWith('BannedPasswordCheckOnPremisesMode', 'Sometimes'),
      reasonIncludes: "expected Enforce or Audit, got 'Sometimes'",
    },
    'a missing mode': {
      tenant: hybridWith('BannedPasswordCheckOnPremisesMode', null),
      reasonIncludes: "values['BannedPasswordCheckOnPremisesMode']' (null)",
    },
    '500 on group settings': {
      faults: [failing('/groupSettings', 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
