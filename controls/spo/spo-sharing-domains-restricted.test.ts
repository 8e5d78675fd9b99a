import { describeControl, malformed, sharepointSettingsUnknowns } from '../../test/describe-control';
import control from './spo-sharing-domains-restricted';

const SPS = '/admin/sharepoint/settings';

describeControl(control, {
  pass: {
    'an allow-list of two partner domains': {
      reasonIncludes: 'External sharing is allowed only with 2 listed domain(s): fabrikam.com, contoso.com.',
      evidence: ['sharepointSettings'],
    },
    'the block list is not read in allow-list mode': {
      tenant: (t) => {
        t.sharepointSettings.sharingBlockedDomainList = null;
      },
    },
  },
  partial: {
    'a block-list earns half': {
      tenant: (t) => {
        t.sharepointSettings.sharingDomainRestrictionMode = 'blockList';
        t.sharepointSettings.sharingBlockedDomainList = ['gmail.com', 'outlook.com'];
      },
      reasonIncludes: 'blocks 2 domain(s) (gmail.com, outlook.com) but allows every other domain.',
      score: 1.5,
    },
  },
  notApplicable: {
    'external sharing off makes a list unnecessary (CISA: not applicable)': {
      tenant: (t) => {
        t.sharepointSettings.sharingCapability = 'disabled';
        t.sharepointSettings.sharingDomainRestrictionMode = 'none';
      },
      reasonIncludes: 'so there is no domain list to judge.',
    },
  },
  fail: {
    'no domain restriction': {
      tenant: (t) => {
        t.sharepointSettings.sharingDomainRestrictionMode = 'none';
      },
      reasonIncludes: "with no domain restriction (sharingDomainRestrictionMode 'none').",
      evidence: ['sharepointSettings'],
    },
    'an empty allow-list': {
      tenant: (t) => {
        t.sharepointSettings.sharingAllowedDomainList = [];
      },
      reasonIncludes: 'allow-list of domains, but the list is empty.',
    },
    'block-list mode with an empty list': {
      tenant: (t) => {
        t.sharepointSettings.sharingDomainRestrictionMode = 'blockList';
        t.sharepointSettings.sharingBlockedDomainList = [];
      },
      reasonIncludes: 'block-list of domains, but the list is empty.',
    },
  },
  unknown: {
    ...sharepointSettingsUnknowns(),
    'restriction mode missing': {
      tenant: (t) => {
        delete t.sharepointSettings.sharingDomainRestrictionMode;
      },
      reasonIncludes: "'sharingDomainRestrictionMode' (missing)",
    },
    'allow-list mode without the allow list': {
      tenant: (t) => {
        t.sharepointSettings.sharingAllowedDomainList = null;
      },
      reasonIncludes: 'sharingAllowedDomainList',
    },
    'a domain that is not a string': {
      faults: [
        malformed(SPS, {
          sharingCapability: 'externalUserSharingOnly',
          sharingDomainRestrictionMode: 'allowList',
          sharingAllowedDomainList: [42],
        }),
      ],
      reasonIncludes: "'sharingAllowedDomainList[0]' (expected string, got number)",
    },
  },
});
