import { expect } from 'vitest';
import { describeControl, serviceCases, withoutServicePlans, type ServiceData } from '../../test/describe-control';
import control from './purview-sensitivity-labels-published';

const { manual, unknown } = serviceCases('compliance', 'Get-LabelPolicy');
const setFirst = (props: Record<string, unknown>) => (d: ServiceData) => {
  const [first, ...rest] = d.cmdlets['Get-LabelPolicy'] ?? [];
  d.cmdlets['Get-LabelPolicy'] = [{ ...first, ...props }, ...rest];
};

describeControl(control, {
  pass: {
    'labels published to everyone': {
      reasonIncludes: 'published to all users by Global sensitivity label policy',
      evidence: ['Global sensitivity label policy'],
      check: (r) => expect(r.sources).toEqual(['Security & Compliance: Get-LabelPolicy']),
    },
  },
  fail: {
    'no label policy': {
      services: (d) => {
        d.cmdlets['Get-LabelPolicy'] = [];
      },
      reasonIncludes: 'No enabled label policy publishes any label',
    },
    'published to one group only': {
      services: setFirst({ ExchangeLocation: ['Finance Team'] }),
      reasonIncludes: 'only to some users and groups (Global sensitivity label policy)',
    },
    'a policy with no labels': { services: setFirst({ Labels: [] }), reasonIncludes: 'No enabled label policy' },
    'the policy turned off': { services: setFirst({ Enabled: false }), reasonIncludes: 'No enabled label policy' },
  },
  manual,
  unknown: {
    ...unknown,
    'Labels missing': { services: setFirst({ Labels: undefined }), reasonIncludes: "'value[0].Labels'" },
    'ExchangeLocation as text': { services: setFirst({ ExchangeLocation: 'All' }), reasonIncludes: 'ExchangeLocation' },
  },
  notLicensed: {
    'no Information Protection plan': {
      tenant: (t) => withoutServicePlans(t, 'MIP_S_CLP1', 'MIP_S_CLP2'),
      reasonIncludes: 'Needs',
    },
  },
});
