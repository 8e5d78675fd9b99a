import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import { change } from '../../test/defender-service-data';
import control from './defender-connection-filter-allowlist-empty';

const { manual, unknown } = serviceCases('exchange', 'Get-HostedConnectionFilterPolicy');

describeControl(control, {
  pass: {
    'empty allow list, safe list off': {
      reasonIncludes: 'allows no IP address',
      evidence: ['Default'],
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-HostedConnectionFilterPolicy']),
    },
    'allow list null': {
      services: change('Get-HostedConnectionFilterPolicy', { IPAllowList: null }),
      reasonIncludes: 'allows no IP address',
    },
  },
  fail: {
    'a scanner relay allowed': {
      services: change('Get-HostedConnectionFilterPolicy', { IPAllowList: ['203.0.113.25', '198.51.100.0/24'] }),
      reasonIncludes: "'Default' allows 203.0.113.25, 198.51.100.0/24",
    },
    'safe list on': {
      services: change('Get-HostedConnectionFilterPolicy', { EnableSafeList: true }),
      reasonIncludes: "'Default' has the safe list on",
    },
  },
  manual,
  unknown: {
    ...unknown,
    'no policy listed': {
      services: (d) => {
        d.cmdlets['Get-HostedConnectionFilterPolicy'] = [];
      },
      reasonIncludes: 'every tenant has Default',
    },
    'EnableSafeList as text': {
      services: change('Get-HostedConnectionFilterPolicy', { EnableSafeList: 'False' }),
      reasonIncludes: 'EnableSafeList',
    },
    'IPAllowList missing': {
      services: (d) => {
        d.cmdlets['Get-HostedConnectionFilterPolicy'] = [
          { Identity: 'Default', Name: 'Default', EnableSafeList: false },
        ];
      },
      reasonIncludes: 'IPAllowList',
    },
  },
});
