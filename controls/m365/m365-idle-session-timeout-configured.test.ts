import type * as Graph from '@microsoft/microsoft-graph-types';
import { describeControl, failing, forbidden, malformed, type TenantModel } from '../../test/describe-control';
import control from './m365-idle-session-timeout-configured';

const ABT = '/policies/activityBasedTimeoutPolicies';
const NAME = 'Idle session timeout for Microsoft 365 web apps';
const policy = (t: TenantModel): Graph.ActivityBasedTimeoutPolicy => t.activityBasedTimeoutPolicies[0]!;
const withTimeout =
  (timeout: string, appId = 'default') =>
  (t: TenantModel) => {
    policy(t).definition = [
      JSON.stringify({
        ActivityBasedTimeoutPolicy: {
          Version: 1,
          ApplicationPolicies: [{ ApplicationId: appId, WebSessionIdleTimeout: timeout }],
        },
      }),
    ];
  };

describeControl(control, {
  pass: {
    'one hour for every web app': {
      reasonIncludes: `${NAME} signs idle web sessions out after 01:00:00.`,
      evidence: [NAME],
    },
    'exactly three hours': { tenant: withTimeout('03:00:00'), reasonIncludes: 'after 03:00:00.' },
  },
  fail: {
    'four hours': {
      tenant: withTimeout('04:00:00'),
      reasonIncludes: `${NAME} signs idle web sessions out only after 04:00:00, more than 3 hours.`,
      evidence: [NAME],
    },
    'one day written as a TimeSpan': { tenant: withTimeout('1.00:00:00'), reasonIncludes: 'after 1.00:00:00' },
    'no policy': {
      tenant: (t) => {
        t.activityBasedTimeoutPolicies = [];
      },
      reasonIncludes: 'No organisation-default activity-based timeout policy',
      evidence: ['activityBasedTimeoutPolicies'],
    },
    'the policy is not the organisation default': {
      tenant: (t) => {
        policy(t).isOrganizationDefault = false;
      },
      reasonIncludes: 'No organisation-default activity-based timeout policy',
    },
    'the policy covers only one application, not default': {
      tenant: withTimeout('01:00:00', '00000003-0000-0ff1-ce00-000000000000'),
      reasonIncludes: 'No organisation-default activity-based timeout policy',
    },
  },
  unknown: {
    '403 names Policy.Read.All': {
      faults: [forbidden(ABT)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.All'],
    },
    'a definition that is not JSON': {
      tenant: (t) => {
        policy(t).definition = ['{not json'];
      },
      reasonIncludes: "'value[0].definition[0]' (not JSON)",
    },
    'a definition without ApplicationPolicies': {
      tenant: (t) => {
        policy(t).definition = [JSON.stringify({ ActivityBasedTimeoutPolicy: { Version: 1 } })];
      },
      reasonIncludes: 'ApplicationPolicies',
    },
    'a timeout that is not a time span': {
      tenant: withTimeout('3 hours'),
      reasonIncludes: 'not a time span (3 hours)',
    },
    'isOrganizationDefault missing': {
      tenant: (t) => {
        delete policy(t).isOrganizationDefault;
      },
      reasonIncludes: "'value[0].isOrganizationDefault' (missing)",
    },
    'a body without definitions': {
      faults: [malformed(ABT, { value: [{ id: 'x', displayName: 'x', isOrganizationDefault: true }] })],
      reasonIncludes: "'value[0].definition' (missing)",
    },
    '500': { faults: [failing(ABT, 500)], reasonIncludes: 'HTTP 500' },
  },
});
