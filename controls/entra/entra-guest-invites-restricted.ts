import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authorizationPolicy } from '../../lib/graph/sources/authorization-policy';

// authorizationPolicy.allowInvitesFrom values, https://learn.microsoft.com/graph/api/resources/authorizationpolicy
const WHO: Readonly<Record<string, { says: string; limited: boolean }>> = {
  none: { says: 'No one can invite guests', limited: true },
  adminsAndGuestInviters: { says: 'Only admins and Guest Inviters can invite guests', limited: true },
  adminsGuestInvitersAndAllMembers: { says: 'Every member can invite guests', limited: false },
  everyone: { says: 'Everyone, guests included, can invite guests', limited: false },
};

export default defineControl({
  id: 'entra-guest-invites-restricted',
  title: 'Only admins and Guest Inviters can invite guests',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    cis: '5.1.6.3',
    scuba: 'MS.AAD.8.2v1',
    eidsca: 'EIDSCA.AP04',
    learn: 'https://learn.microsoft.com/entra/external-id/external-collaboration-settings-configure',
  },
  threats: ['Data exfiltration through guest accounts', 'Unreviewed external access'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'When anyone can invite guests, people outside the organisation get accounts, and with them access to ' +
    "teams, sites and files, without review. 'everyone', Microsoft's default, even lets guests invite guests. " +
    "Passes when authorizationPolicy.allowInvitesFrom is 'adminsAndGuestInviters' (CISA MS.AAD.8.2v1, CIS " +
    "5.1.6.3, EIDSCA.AP04) or 'none', which is stricter still.",
  remediation: [
    'Open Entra admin center › External Identities › External collaboration settings.',
    "Under 'Guest invite settings', choose 'Only users assigned to specific admin roles can invite guest users'.",
    'Give the Guest Inviter role to the people who invite partners, and save.',
  ],
  fixAt: adminPages.entraExternalCollaboration,
  setTo: {
    setting: 'Guest invite restrictions',
    value: 'Only users assigned to specific admin roles can invite guest users',
  },
  onPages: [{ page: adminPages.entraExternalCollaboration, labels: ['Guest invite restrictions'] }],
  sources: { authz: authorizationPolicy },
  evaluate: ({ authz }, v) => {
    const from = authz.allowInvitesFrom;
    // Nullable in Graph's schema with no documented meaning for null: never read as a default.
    if (from == null)
      return v.malformed(
        'authorizationPolicy',
        'allowInvitesFrom',
        from === null ? 'expected string, got null' : 'missing',
      );
    const who = WHO[from];
    // Graph's enum is open ('unknownFutureValue'): a value we can't judge is unknown, never a pass.
    if (!who) return v.malformed('authorizationPolicy', 'allowInvitesFrom', `not a value we can judge (${from})`);
    const ev = [evidence('authorizationPolicy', authz, ['allowInvitesFrom'])];
    const says = `${who.says} (allowInvitesFrom is '${from}').`;
    return who.limited ? v.pass(says, ev) : v.fail(says, ev);
  },
});
