import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authenticationMethodConfigurations } from '../../lib/graph/sources/authentication-methods-policy';

// SMS and voice (CIS 5.2.3.5) and email one-time passcodes (CIS 5.2.3.7, CISA MS.AAD.3.5v2).
const WEAK = [
  { id: 'Sms', name: 'SMS' },
  { id: 'Voice', name: 'Voice call' },
  { id: 'Email', name: 'Email OTP' },
] as const;

export default defineControl({
  id: 'entra-weak-auth-methods-disabled',
  title: 'SMS, voice call and email one-time passcodes are disabled',
  category: 'identity',
  service: 'entra',
  maxScore: 4,
  refs: {
    cis: '5.2.3.5, 5.2.3.7',
    scuba: 'MS.AAD.3.5v2',
    learn: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-methods-manage',
  },
  threats: ['SIM swapping', 'One-time code phishing', 'Mailbox takeover'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'Codes sent by SMS, voice call or email can be intercepted through SIM swaps, number porting or a taken-over ' +
    'mailbox, and are easy to phish. Passes when the SMS, Voice call and Email OTP methods are all disabled in ' +
    'the authentication methods policy (CIS 5.2.3.5 for SMS and voice, CIS 5.2.3.7 and CISA MS.AAD.3.5v2 ' +
    'for email). Credit is one third for each of the three that is off.',
  remediation: [
    'Move users still on SMS or voice to Microsoft Authenticator or a FIDO2 key (see Authentication methods › User registration details).',
    'Open Entra admin center › Authentication methods › Policies.',
    'Open SMS, Voice call and Email OTP in turn, set Enable to off and save.',
  ],
  fixAt: adminPages.authMethodsPolicies,
  setTo: { setting: 'SMS, Voice call and Email OTP › Enable', value: 'Off' },
  onPages: [{ page: adminPages.authMethodsPolicies, labels: ['SMS', 'Voice call'] }],
  sources: { policy: authenticationMethodConfigurations },
  evaluate: ({ policy }, v) => {
    const configs = policy.authenticationMethodConfigurations;
    const found = WEAK.map((w) => ({ ...w, config: configs.find((c) => c.id.toLowerCase() === w.id.toLowerCase()) }));
    const missing = found.find((f) => !f.config);
    if (missing)
      return v.malformed(
        'authenticationMethodsPolicy',
        'authenticationMethodConfigurations',
        `no '${missing.id}' configuration`,
      );
    const ev = found.flatMap((f) => (f.config ? [evidence('authenticationMethodsPolicy', f.config, ['state'])] : []));
    const on = found.filter((f) => f.config?.state === 'enabled').map((f) => f.name);
    if (on.length === 0) return v.pass('SMS, Voice call and Email OTP are all disabled.', ev);
    const list = on.length === 1 ? on[0]! : `${on.slice(0, -1).join(', ')} and ${on[on.length - 1]!}`;
    const says = `${list} ${on.length === 1 ? 'is' : 'are'} still enabled in the authentication methods policy.`;
    if (on.length === WEAK.length) return v.fail(says, ev);
    return v.partial((WEAK.length - on.length) / WEAK.length, says, ev);
  },
});
