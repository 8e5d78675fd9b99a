import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './spo-b2b-integration-enabled';

const { manual, unknown } = serviceCases('sharepoint', 'SPO.Tenant');
const set = (value: unknown) => (d: ServiceData) => {
  d.sharepoint = { ...d.sharepoint, EnableAzureADB2BIntegration: value };
};

describeControl(control, {
  pass: { 'B2B integration on': { reasonIncludes: 'become Entra guests', evidence: ['spoTenant'] } },
  fail: { 'B2B integration off (the default)': { services: set(false), reasonIncludes: 'outside Entra B2B' } },
  manual,
  unknown: {
    ...unknown,
    'integration flag as null': { services: set(null), reasonIncludes: 'EnableAzureADB2BIntegration' },
  },
});
