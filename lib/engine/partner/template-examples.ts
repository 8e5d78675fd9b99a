/**
 * Templates the panel offers to start from. An example is only ever a filled-in form: nothing is saved
 * or applied until the partner saves it and applies it to tenants they choose.
 */
import type { Template } from './template';

export type TemplateExample = Omit<Template, 'id' | 'updatedAt' | 'updatedBy'>;

const GATEWAY = 'The gateway filters inbound mail before Exchange Online receives it.';

export const templateExamples: readonly TemplateExample[] = [
  {
    name: 'Mail filtered by a third-party gateway',
    description:
      'For tenants whose MX points at a mail gateway (Mimecast, Proofpoint…): the inbound-mail protections it performs are resolved by a third party.',
    lens: 'all',
    // Only what a gateway in front of Exchange Online does to every inbound message: impersonation
    // checks, blocking risky file types and sandboxing attachments. Left out on purpose:
    // - defender-safe-links-enabled: Safe Links also covers Teams and Office apps, which mail never crosses;
    // - defender-safe-attachments-collaboration-enabled, defender-teams-zap-enabled: SharePoint, OneDrive, Teams;
    // - defender-zap-enabled: purging delivered mail needs mailbox access a gateway alone doesn't have;
    // - defender-connection-filter-allowlist-empty, defender-spam-allowlists-empty: what Exchange Online
    //   lets skip its own filtering is still decided in Exchange Online, and mail can reach it directly;
    // - defender-preset-*: Microsoft's presets, which the gateway doesn't replace;
    // - email-dmarc/dkim/spf, email-direct-send-rejected: DNS and Exchange settings, measured as they are.
    dispositions: [
      { controlId: 'defender-anti-phishing-configured', kind: 'thirdParty', note: GATEWAY },
      { controlId: 'defender-attachment-filter-enabled', kind: 'thirdParty', note: GATEWAY },
      { controlId: 'defender-safe-attachments-enabled', kind: 'thirdParty', note: GATEWAY },
    ],
  },
  {
    name: 'CIS lens',
    description: 'Compare tenants through the CIS Microsoft 365 benchmark: no dispositions, only the lens.',
    lens: 'cis',
    dispositions: [],
  },
];
