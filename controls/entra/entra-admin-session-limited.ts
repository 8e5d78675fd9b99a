import type {
  ConditionalAccessSessionControls,
  PersistentBrowserSessionControl,
  SignInFrequencySessionControl,
} from '@microsoft/microsoft-graph-types';
import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { bool, nullable, object, oneOf, optional, positiveInt, type Need } from '../../lib/graph/sources/shape';
import { adminCoverageVerdict } from '../shared/admin-coverage';
import { coversRole, exclusions } from '../shared/conditional-access';
import { privilegedRolesOf } from '../shared/privileged-roles';

// CIS 5.2.2.4: sign-in frequency of at most 4 hours and "never persistent" browser sessions for admins.
const MAX_HOURS = 4;

type Frequency = Need<SignInFrequencySessionControl, 'isEnabled'> &
  Pick<SignInFrequencySessionControl, 'type' | 'value' | 'frequencyInterval'>;
type Persistence = Need<PersistentBrowserSessionControl, 'isEnabled'> & Pick<PersistentBrowserSessionControl, 'mode'>;
type Session = Pick<ConditionalAccessSessionControls, 'signInFrequency' | 'persistentBrowser'>;

// The shared source accepts any sessionControls; this control reads two of them, so it checks them here.
const sessionShape = nullable(
  object<Session>({
    signInFrequency: optional(
      object<Frequency>({
        isEnabled: bool,
        type: optional(oneOf(['days', 'hours'])),
        value: optional(positiveInt),
        frequencyInterval: optional(oneOf(['timeBased', 'everyTime', 'unknownFutureValue'])),
      }),
    ),
    persistentBrowser: optional(object<Persistence>({ isEnabled: bool, mode: optional(oneOf(['always', 'never'])) })),
  }),
);

const session = (p: CaPolicy): Session => p.sessionControls ?? {};

/** Re-authentication at least every 4 hours ("every time" is stricter still). */
const limitsFrequency = (p: CaPolicy): boolean => {
  const f = session(p).signInFrequency;
  if (!f?.isEnabled) return false;
  if (f.frequencyInterval === 'everyTime') return true;
  return f.type === 'hours' && typeof f.value === 'number' && f.value <= MAX_HOURS;
};
const neverPersistent = (p: CaPolicy): boolean => {
  const b = session(p).persistentBrowser;
  return b?.isEnabled === true && b.mode === 'never';
};

export default defineControl({
  id: 'entra-admin-session-limited',
  title: 'Administrator sessions end within 4 hours and never persist',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    secureScore: 'aad_sign_in_freq_session_timeout',
    cis: '5.2.2.4',
    learn: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-session-lifetime',
  },
  threats: ['Session token theft', 'Unattended or shared devices'],
  userImpact: 'moderate',
  implementationCost: 'low',
  licence: licences.entraP1,
  rationale:
    'A stolen or left-open administrator session is as good as the password and MFA together; the shorter ' +
    'it lives, the less an attacker or a passer-by can do with it. Passes when enforced conditional access ' +
    'policies for all cloud apps set sign-in frequency to 4 hours or less (or every time) and persistent ' +
    "browser sessions to 'Never persistent', both in the same policy, for every privileged role (CIS 5.2.2.4; " +
    'Secure Score aad_sign_in_freq_session_timeout). Credit is proportional to the privileged roles covered; ' +
    'report-only policies and policies excluding more than the two break-glass accounts do not count.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy.',
    'Users: include the privileged directory roles; exclude only your break-glass accounts. Target resources: All cloud apps.',
    'Session: Sign-in frequency › Periodic reauthentication, 4 hours or less; Persistent browser session › Never persistent.',
    'Enable the policy.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Conditional Access policy for privileged directory roles › Session',
    value: 'Sign-in frequency 4 hours or less, and Persistent browser session Never persistent',
  },
  sources: { policies: conditionalAccessPolicies, groups: excludedGroupMembers },
  evaluate: ({ policies, groups }, v, ctx) => {
    const roles = privilegedRolesOf(ctx);
    for (const [i, p] of policies.entries()) {
      if (!roles.ids.some((r) => coversRole(p, r))) continue;
      const problem = sessionShape(p.sessionControls, `value[${i}].sessionControls`);
      if (problem) return v.malformed('conditionalAccessPolicies', problem.path, problem.problem);
    }
    return adminCoverageVerdict(
      policies,
      exclusions(groups, ctx),
      v,
      {
        acts: (p) => limitsFrequency(p) && neverPersistent(p),
        what: 'limits sessions to 4 hours with no persistent browser',
        fields: ['sessionControls.signInFrequency', 'sessionControls.persistentBrowser'],
      },
      roles,
    );
  },
});
