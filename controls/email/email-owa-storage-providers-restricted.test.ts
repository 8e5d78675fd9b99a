import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-owa-storage-providers-restricted';

const { manual, unknown } = serviceCases('exchange', 'Get-OwaMailboxPolicy');
const setDefault = (value: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-OwaMailboxPolicy']![0]!.AdditionalStorageProvidersAvailable = value;
};

describeControl(control, {
  pass: {
    'no policy offers storage providers': {
      reasonIncludes: 'No Outlook on the web policy offers other storage providers',
      evidence: ['OwaMailboxPolicy-Default'],
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-OwaMailboxPolicy']),
    },
  },
  fail: {
    "the default policy offers them (Microsoft's default)": {
      services: setDefault(true),
      reasonIncludes: 'in OwaMailboxPolicy-Default (AdditionalStorageProvidersAvailable is True)',
    },
    'a second policy offers them': {
      services: (d) => {
        d.cmdlets['Get-OwaMailboxPolicy']!.push({
          Identity: 'Contractors',
          Name: 'Contractors',
          IsDefault: false,
          AdditionalStorageProvidersAvailable: true,
        });
      },
      reasonIncludes: 'in Contractors',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'AdditionalStorageProvidersAvailable as text': {
      services: setDefault('False'),
      reasonIncludes: 'AdditionalStorageProvidersAvailable',
    },
    'no policy at all': {
      services: (d) => {
        d.cmdlets['Get-OwaMailboxPolicy'] = [];
      },
      reasonIncludes: 'no Outlook on the web policy',
    },
  },
});
