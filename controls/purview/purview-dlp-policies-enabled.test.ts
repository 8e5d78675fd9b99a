import { describeControl, serviceCases, withoutServicePlans, type ServiceData } from '../../test/describe-control';
import control from './purview-dlp-policies-enabled';

const { manual, unknown } = serviceCases('compliance', 'Get-DlpCompliancePolicy');
const policies = (d: ServiceData) => d.cmdlets['Get-DlpCompliancePolicy'] ?? [];
/** Change the first policy (the PCI one, covering Exchange, SharePoint, OneDrive and Teams). */
const setFirst = (props: Record<string, unknown>) => (d: ServiceData) => {
  const [first, ...rest] = policies(d);
  d.cmdlets['Get-DlpCompliancePolicy'] = [{ ...first, ...props }, ...rest];
};

describeControl(control, {
  pass: {
    'enforced policies cover every workload': {
      reasonIncludes: 'cover Exchange, SharePoint, OneDrive and Teams',
      evidence: ['Financial data (PCI DSS)', 'Default policy for Teams'],
    },
  },
  fail: {
    'no DLP policy at all': {
      services: (d) => {
        d.cmdlets['Get-DlpCompliancePolicy'] = [];
      },
      reasonIncludes: 'No DLP policy exists',
    },
    'the main policy only in simulation': {
      services: setFirst({ Mode: 'TestWithNotifications' }),
      reasonIncludes: ['Exchange, SharePoint, OneDrive', 'in test mode only: Financial data (PCI DSS)'],
    },
    'the main policy turned off': {
      services: setFirst({ Enabled: false }),
      reasonIncludes: 'covers all of Exchange, SharePoint, OneDrive.',
    },
    'mail scoped to some mailboxes only': {
      services: setFirst({ ExchangeLocation: ['finance@woodgrovebank.com'] }),
      reasonIncludes: 'covers all of Exchange.',
    },
    'Teams not covered': {
      services: (d) => {
        d.cmdlets['Get-DlpCompliancePolicy'] = [{ ...policies(d)[0], TeamsLocation: [] }];
      },
      reasonIncludes: 'covers all of Teams.',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'Mode missing': { services: setFirst({ Mode: undefined }), reasonIncludes: "'value[0].Mode'" },
    'a location as an object': {
      services: setFirst({ TeamsLocation: [{ Name: 'All' }] }),
      reasonIncludes: "'value[0].TeamsLocation[0]'",
    },
    'Enabled as text': { services: setFirst({ Enabled: 'True' }), reasonIncludes: 'Enabled' },
    'a policy listed twice': {
      services: (d) => {
        d.cmdlets['Get-DlpCompliancePolicy'] = [policies(d)[0]!, policies(d)[0]!];
      },
      reasonIncludes: 'is listed twice',
    },
  },
  notLicensed: {
    'no plan with data loss prevention': {
      tenant: (t) => withoutServicePlans(t, 'MIP_S_CLP1', 'MIP_S_CLP2', 'EXCHANGE_S_ENTERPRISE'),
      reasonIncludes: 'Needs',
    },
    'Security & Compliance lacks the cmdlet': {
      services: (d) => {
        delete d.cmdlets['Get-DlpCompliancePolicy'];
      },
      reasonIncludes: 'data loss prevention',
    },
  },
});
