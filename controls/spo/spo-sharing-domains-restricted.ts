import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import { sharepointSharingDomains } from '../../lib/graph/sources/sharepoint-settings';
import { describeSharingLevel } from '../shared/sharepoint-sharing';

const FIELDS = [
  'sharingCapability',
  'sharingDomainRestrictionMode',
  'sharingAllowedDomainList',
  'sharingBlockedDomainList',
] as const;

export default defineControl({
  id: 'spo-sharing-domains-restricted',
  title: 'SharePoint sharing is restricted to an allow-list of domains',
  category: 'data',
  service: 'spo',
  maxScore: 3,
  refs: {
    secureScore: 'spo_external_sharing_managed',
    cis: '7.2.6',
    scuba: 'MS.SHAREPOINT.1.3v1',
    learn: 'https://learn.microsoft.com/sharepoint/restricted-domains-sharing',
  },
  threats: ['Data exfiltration', 'Sharing to personal or look-alike domains'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  notApplicableWhen:
    "SharePoint external sharing is off ('Only people in your organization'): no domain can receive files, and spo-external-sharing-limited already credits that.",
  rationale:
    'An allow-list of partner domains means an invitation to a personal mailbox or a look-alike domain is refused. ' +
    "Follows CIS 7.2.6 and CISA SCuBA MS.SHAREPOINT.1.3v1: passes when sharingDomainRestrictionMode is 'allowList' " +
    "with at least one domain, or when external sharing is 'disabled' (CISA treats the rule as not applicable then). " +
    'A block-list earns half the points: Secure Score (spo_external_sharing_managed) counts allow or block lists, ' +
    'but a block-list still lets files go to every domain not on it. No list at all fails.',
  remediation: [
    'Open the SharePoint admin center › Policies › Sharing (the link goes through admin.microsoft.com to your tenant’s <tenant>-admin.sharepoint.com).',
    "Expand 'More external sharing settings' and tick 'Limit external sharing by domain'.",
    "Choose 'Allow only specific domains', add your partners' domains, and save.",
  ],
  fixAt: adminPages.spoSharing,
  setTo: { setting: 'Limit external sharing by domain', value: 'Selected, with Allow only specific domains' },
  onPages: [{ page: adminPages.spoSharing, labels: ['Limit external sharing by domain'] }],
  sources: { settings: sharepointSharingDomains },
  evaluate: ({ settings }, v) => {
    const ev = [evidence('sharepointSettings', settings, FIELDS)];
    // CISA MS.SHAREPOINT.1.3v1 applies only when external sharing is on; spo-external-sharing-limited
    // already credits sharing being off, so crediting it here too would count it twice.
    if (settings.sharingCapability === 'disabled')
      return v.notApplicable(
        `External sharing is ${describeSharingLevel('disabled')}, so there is no domain list to judge.`,
        ev,
      );
    switch (settings.sharingDomainRestrictionMode) {
      case 'allowList': {
        const list = settings.sharingAllowedDomainList;
        if (list == null)
          return v.malformed('sharepointSettings', 'sharingAllowedDomainList', 'missing in allowList mode');
        return list.length > 0
          ? v.pass(
              `External sharing is allowed only with ${list.length} listed domain(s): ${sample(list).join(', ')}.`,
              ev,
            )
          : v.fail('Sharing is set to an allow-list of domains, but the list is empty.', ev);
      }
      case 'blockList': {
        const list = settings.sharingBlockedDomainList;
        if (list == null)
          return v.malformed('sharepointSettings', 'sharingBlockedDomainList', 'missing in blockList mode');
        return list.length > 0
          ? v.partial(
              0.5,
              `External sharing blocks ${list.length} domain(s) (${sample(list).join(', ')}) but allows every other domain.`,
              ev,
            )
          : v.fail('Sharing is set to a block-list of domains, but the list is empty.', ev);
      }
      case 'unknownFutureValue': // refused by the parse; kept so the switch is total
        return v.malformed('sharepointSettings', 'sharingDomainRestrictionMode', 'a value Graph added later');
      case 'none':
        return v.fail(
          `External sharing is ${describeSharingLevel(settings.sharingCapability)} with no domain restriction (sharingDomainRestrictionMode 'none').`,
          ev,
        );
    }
  },
});
