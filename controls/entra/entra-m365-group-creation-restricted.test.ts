import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import { SettingTemplateIds } from '../../lib/graph/sources/group-settings';
import control from './entra-m365-group-creation-restricted';

const GS = '/groupSettings';
const TEMPLATE = SettingTemplateIds.groupUnified;

const unified = (t: TenantModel): Graph.GroupSetting => t.groupSettings.find((s) => s.templateId === TEMPLATE)!;
const setValue = (t: TenantModel, name: string, value: string | null): void => {
  unified(t).values!.find((v) => v.name === name)!.value = value;
};

describeControl(control, {
  pass: {
    'group creation is limited to a named group': {
      reasonIncludes: 'Only admins and members of group',
      evidence: ['groupSettings', 'Group.Unified'],
      check: (r) => expect(r.evidence[0]?.fields).toMatchObject({ EnableGroupCreation: 'false' }),
    },
    'group creation is limited to admins (no allowed group)': {
      tenant: (t) => setValue(t, 'GroupCreationAllowedGroupId', ''),
      reasonIncludes: 'Only admins can create Microsoft 365 groups.',
    },
    'the value in upper case': {
      tenant: (t) => setValue(t, 'EnableGroupCreation', 'False'),
    },
  },
  fail: {
    'anyone can create groups': {
      tenant: (t) => setValue(t, 'EnableGroupCreation', 'true'),
      reasonIncludes: 'Any user can create Microsoft 365 groups (EnableGroupCreation is true).',
      evidence: ['Group.Unified'],
    },
    'no Group.Unified entry (the defaults)': {
      tenant: (t) => {
        t.groupSettings = t.groupSettings.filter((s) => s.templateId !== TEMPLATE);
      },
      reasonIncludes: 'No Group.Unified setting: the defaults apply, so any user can create Microsoft 365 groups.',
      evidence: ['groupSettings'],
    },
  },
  unknown: {
    '403 on group settings names GroupSettings.Read.All': {
      faults: [forbidden(GS)],
      reasonIncludes: ['HTTP 403', 'GroupSettings.Read.All', '/groupSettings'],
    },
    'EnableGroupCreation missing': {
      tenant: (t) => {
        const entry = unified(t);
        entry.values = entry.values!.filter((v) => v.name !== 'EnableGroupCreation');
      },
      reasonIncludes: ["values['EnableGroupCreation']", '(missing)'],
    },
    'EnableGroupCreation of null': {
      tenant: (t) => setValue(t, 'EnableGroupCreation', null),
      reasonIncludes: ["values['EnableGroupCreation']", '(null)'],
    },
    'EnableGroupCreation neither true nor false': {
      tenant: (t) => setValue(t, 'EnableGroupCreation', 'no'),
      reasonIncludes: "expected true or false, got 'no'",
    },
    'two Group.Unified entries': {
      tenant: (t) => {
        t.groupSettings.push({ ...unified(t), id: 'second' });
      },
      reasonIncludes: '2 Group.Unified entries, where Graph allows one',
    },
    'a value sent as a boolean': {
      faults: [
        malformed(GS, {
          value: [{ id: 'x', templateId: TEMPLATE, values: [{ name: 'EnableGroupCreation', value: false }] }],
        }),
      ],
      reasonIncludes: "'value[0].values[0].value' (expected string, got boolean)",
    },
    '500 on group settings': {
      faults: [failing(GS, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
