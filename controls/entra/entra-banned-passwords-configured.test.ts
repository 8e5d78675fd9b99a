import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  describeControl,
  failing,
  forbidden,
  malformed,
  needsEntraP1,
  type TenantModel,
} from '../../test/describe-control';
import { SettingTemplateIds } from '../../lib/graph/sources/group-settings';
import control from './entra-banned-passwords-configured';

const GS = '/groupSettings';
const TEMPLATE = SettingTemplateIds.passwordRuleSettings;

const passwordRules = (t: TenantModel): Graph.GroupSetting => t.groupSettings.find((s) => s.templateId === TEMPLATE)!;
const setValue = (t: TenantModel, name: string, value: string | null): void => {
  passwordRules(t).values!.find((v) => v.name === name)!.value = value;
};
const dropValue = (t: TenantModel, name: string): void => {
  const entry = passwordRules(t);
  entry.values = entry.values!.filter((v) => v.name !== name);
};

describeControl(control, {
  pass: {
    'a custom list of five words is enforced': {
      reasonIncludes: [
        'A custom list of 5 banned passwords is enforced.',
        'Smart lockout locks after 10 failed sign-ins for 60 s.',
      ],
      evidence: ['groupSettings', 'Password Rule Settings'],
      check: (r) => {
        expect(r.evidence[0]?.fields).toMatchObject({ EnableBannedPasswordCheck: 'True', BannedPasswordCount: 5 });
        expect(JSON.stringify(r.evidence)).not.toContain('woodgrove');
      },
    },
    'a one-word list': {
      tenant: (t) => setValue(t, 'BannedPasswordList', 'woodgrove'),
      reasonIncludes: 'A custom list of 1 banned password is enforced.',
    },
    'the check value in lower case': {
      tenant: (t) => setValue(t, 'EnableBannedPasswordCheck', 'true'),
    },
    'a lockout threshold above 10 is shown, not scored': {
      tenant: (t) => setValue(t, 'LockoutThreshold', '50'),
      reasonIncludes: 'locks after 50 failed sign-ins for 60 s, more than the 10 CIS v7 5.2.3.8 allows.',
    },
    'no lockout values: the lockout sentence is left out': {
      tenant: (t) => {
        dropValue(t, 'LockoutThreshold');
        dropValue(t, 'LockoutDurationInSeconds');
      },
      reasonIncludes: 'A custom list of 5 banned passwords is enforced.',
      check: (r) => expect(r.reason).not.toContain('lockout'),
    },
  },
  fail: {
    'no Password Rule Settings entry (the defaults)': {
      tenant: (t) => {
        t.groupSettings = t.groupSettings.filter((s) => s.templateId !== TEMPLATE);
      },
      reasonIncludes: 'No Password Rule Settings entry: the defaults apply, with no custom banned password list.',
      evidence: ['groupSettings'],
    },
    'no directory settings at all': {
      tenant: (t) => {
        t.groupSettings = [];
      },
      reasonIncludes: 'No Password Rule Settings entry',
    },
    'the custom list is not enforced': {
      tenant: (t) => setValue(t, 'EnableBannedPasswordCheck', 'False'),
      reasonIncludes: 'The custom banned password list is not enforced (EnableBannedPasswordCheck is False).',
      evidence: ['Password Rule Settings'],
    },
    'the check is on but the list is empty': {
      tenant: (t) => setValue(t, 'BannedPasswordList', ''),
      reasonIncludes: 'The custom banned password check is on, but BannedPasswordList is empty.',
    },
    'a list of only separators is empty': {
      tenant: (t) => setValue(t, 'BannedPasswordList', '\t \t'),
      reasonIncludes: 'BannedPasswordList is empty.',
    },
  },
  notLicensed: needsEntraP1(),
  unknown: {
    '403 on group settings names GroupSettings.Read.All': {
      faults: [forbidden(GS)],
      reasonIncludes: ['HTTP 403', 'GroupSettings.Read.All', '/groupSettings'],
    },
    'EnableBannedPasswordCheck missing': {
      tenant: (t) => dropValue(t, 'EnableBannedPasswordCheck'),
      reasonIncludes: ["values['EnableBannedPasswordCheck']", '(missing)'],
    },
    'EnableBannedPasswordCheck of null': {
      tenant: (t) => setValue(t, 'EnableBannedPasswordCheck', null),
      reasonIncludes: ["values['EnableBannedPasswordCheck']", '(null)'],
    },
    'EnableBannedPasswordCheck neither True nor False': {
      tenant: (t) => setValue(t, 'EnableBannedPasswordCheck', 'Enforce'),
      reasonIncludes: "expected True or False, got 'Enforce'",
    },
    'BannedPasswordList missing': {
      tenant: (t) => dropValue(t, 'BannedPasswordList'),
      reasonIncludes: ["values['BannedPasswordList']", '(missing)'],
    },
    'two Password Rule Settings entries': {
      tenant: (t) => {
        t.groupSettings.push({ ...passwordRules(t), id: 'second' });
      },
      reasonIncludes: '2 Password Rule Settings entries, where Graph allows one',
    },
    'an entry without values': {
      faults: [malformed(GS, { value: [{ id: 'x', templateId: TEMPLATE }] })],
      reasonIncludes: "'value[0].values' (missing)",
    },
    'an entry without a templateId': {
      faults: [malformed(GS, { value: [{ id: 'x', values: [] }] })],
      reasonIncludes: "'value[0].templateId' (missing)",
    },
    'a value without a name': {
      faults: [malformed(GS, { value: [{ id: 'x', templateId: TEMPLATE, values: [{ value: 'True' }] }] })],
      reasonIncludes: "'value[0].values[0].name' (missing)",
    },
    '500 on group settings': {
      faults: [failing(GS, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
