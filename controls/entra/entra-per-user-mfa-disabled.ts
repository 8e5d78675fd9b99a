import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import {
  PER_USER_MFA_READ_LIMIT,
  perUserMfaReadable,
  perUserMfaStates,
} from '../../lib/graph/sources/per-user-mfa-states';
import { userDirectory, type UserRow } from '../../lib/graph/sources/users';

/** Users named in the evidence of a failing tenant; the count says how many there are in all. */
const EVIDENCE_USERS = 20;

export default defineControl({
  id: 'entra-per-user-mfa-disabled',
  title: 'Legacy per-user MFA is off for every user',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    cis: '5.1.2.1',
    learn: 'https://learn.microsoft.com/entra/identity/authentication/howto-mfa-userstates',
  },
  threats: ['Legacy protocol sign-in with app passwords', 'MFA gaps from conflicting policies'],
  userImpact: 'low',
  implementationCost: 'moderate',
  rationale:
    'Legacy per-user MFA (enabled or enforced on a user) predates conditional access: it ignores conditions ' +
    'such as risk, device and location, lets users create app passwords that sign in to legacy protocols ' +
    'without MFA, and runs beside conditional access, so each user has two policies to reason about. ' +
    'Microsoft recommends turning it off and requiring MFA through conditional access, or security defaults ' +
    'without Entra ID P1 (Microsoft Learn, "Enable per-user Microsoft Entra multifactor authentication"); ' +
    'CIS 5.1.2.1 requires it disabled for all users. Passes when every user — members and guests, enabled ' +
    'or disabled, as CIS says all users and a disabled account keeps its state when re-enabled — has ' +
    `perUserMfaState disabled. Graph reads it one user at a time, so above ${PER_USER_MFA_READ_LIMIT} users ` +
    'the directory is not read and the control is unknown, never passed on a sample.',
  remediation: [
    'First make sure MFA is required for these users by a conditional access policy (or by security defaults without Entra ID P1), so turning per-user MFA off leaves no gap.',
    'Open Entra admin center › Users › All users and select Per-user MFA.',
    'Select the users whose status is Enabled or Enforced and choose Disable MFA.',
    'Once nobody uses per-user MFA, turn off app passwords in the per-user MFA service settings.',
  ],
  fixAt: adminPages.entraAllUsers,
  setTo: { setting: 'Per-user MFA › Status (every user)', value: 'Disabled' },
  sources: { directory: userDirectory, states: perUserMfaStates },
  evaluate: ({ directory, states }, v) => {
    if (!perUserMfaReadable(directory))
      return v.unknown({
        kind: 'notEvaluated',
        why:
          `The directory has ${Math.max(directory.count, directory.users.length).toLocaleString('en-US')} users, more than the ` +
          `${PER_USER_MFA_READ_LIMIT} whose per-user MFA state a scan reads one by one (Graph has no list for it); ` +
          'check Entra admin center › Users › All users › Per-user MFA by hand.',
      });
    if (directory.users.length === 0) return v.malformed('userDirectory', 'value', 'no users in the directory');
    const users = [...directory.users].sort((a, b) => a.userPrincipalName.localeCompare(b.userPrincipalName));
    for (const u of users) {
      const s = states[u.id];
      if (!s) return v.malformed('perUserMfaStates', u.id, 'missing');
      if (s.perUserMfaState === 'unknownFutureValue')
        return v.malformed(
          'perUserMfaStates',
          `${u.userPrincipalName}.perUserMfaState`,
          'unknownFutureValue, a state this version cannot judge',
        );
    }
    const stateOf = (u: UserRow) => states[u.id]!.perUserMfaState;
    const on = users.filter((u) => stateOf(u) !== 'disabled');
    const summary = evidence(
      'userDirectory',
      { displayName: 'Users read', count: directory.count, read: users.length, perUserMfaOn: on.length },
      ['count', 'read', 'perUserMfaOn'],
      'Each user read from GET /beta/users/{id}/authentication/requirements.',
    );
    const ev = [
      summary,
      ...on
        .slice(0, EVIDENCE_USERS)
        .map((u) =>
          evidence(
            'perUserMfaStates',
            { ...u, perUserMfaState: stateOf(u) },
            ['userPrincipalName', 'perUserMfaState', 'userType', 'accountEnabled'],
            u.accountEnabled === false ? 'Account disabled: the state applies again if it is re-enabled.' : undefined,
          ),
        ),
    ];
    if (on.length === 0) return v.pass(`Per-user MFA is disabled for all ${users.length} users.`, ev);
    const label = (u: UserRow) => `${u.displayName ?? u.userPrincipalName} (${stateOf(u)})`;
    return v.fail(
      `${on.length} of ${users.length} users have legacy per-user MFA on: ${on.slice(0, 5).map(label).join(', ')}${on.length > 5 ? ' …' : ''}.`,
      ev,
      { noun: 'users with per-user MFA on', count: on.length, sample: sample(on.map(label)) },
    );
  },
});
