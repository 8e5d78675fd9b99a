import type * as Graph from '@microsoft/microsoft-graph-types';
import { describeControl, failing, forbidden, malformed, AppIds, type TenantModel } from '../../test/describe-control';
import control from './m365-third-party-storage-blocked';

const SPS = '/servicePrincipals';
const storageSp = (t: TenantModel): Graph.ServicePrincipal =>
  t.servicePrincipals.find((s) => s.appId === AppIds.thirdPartyStorage)!;

describeControl(control, {
  pass: {
    'the service principal exists and is disabled': {
      reasonIncludes: ['The third-party storage service principal', 'is disabled.'],
      evidence: ['thirdPartyStoragePrincipal'],
    },
  },
  fail: {
    'the service principal is enabled': {
      tenant: (t) => {
        storageSp(t).accountEnabled = true;
      },
      reasonIncludes: 'is enabled.',
      evidence: ['thirdPartyStoragePrincipal'],
    },
    'no service principal (the switch was never turned off)': {
      tenant: (t) => {
        t.servicePrincipals = t.servicePrincipals.filter((s) => s.appId !== AppIds.thirdPartyStorage);
      },
      reasonIncludes: 'No service principal for the third-party storage app (c1f33bc0-bdb4-4248-ba9b-096807ddb43e)',
      evidence: ['c1f33bc0-bdb4-4248-ba9b-096807ddb43e'],
    },
  },
  unknown: {
    '403 names Application.Read.All': {
      faults: [forbidden(SPS)],
      reasonIncludes: ['HTTP 403', 'Application.Read.All'],
    },
    'accountEnabled missing': {
      tenant: (t) => {
        delete storageSp(t).accountEnabled;
      },
      reasonIncludes: "'value[0].accountEnabled' (expected boolean, got null)",
    },
    'a body without value': {
      faults: [malformed(SPS, { id: 'x' })],
      reasonIncludes: "'value' (missing)",
    },
    '500': { faults: [failing(SPS, 500)], reasonIncludes: 'HTTP 500' },
  },
});
