import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { activityTimeoutPolicies } from '../../lib/graph/sources/activity-timeout-policies';

const LIMIT_SECONDS = 3 * 3600;

/** `hh:mm:ss` or `d.hh:mm:ss` (a .NET TimeSpan, as the policy definition writes it) → seconds. */
function timeSpanSeconds(s: string): number | null {
  const m = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})$/.exec(s.trim());
  if (!m) return null;
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}

type Found = { ok: true; timeout: string | null } | { ok: false; path: string; problem: string };

/** The WebSessionIdleTimeout for ApplicationId `default` in a policy's definition documents. */
function defaultWebTimeout(definition: readonly string[]): Found {
  for (let i = 0; i < definition.length; i++) {
    let doc: unknown;
    try {
      doc = JSON.parse(definition[i]!);
    } catch {
      return { ok: false, path: `definition[${i}]`, problem: 'not JSON' };
    }
    const apps = (doc as { ActivityBasedTimeoutPolicy?: { ApplicationPolicies?: unknown } } | null)
      ?.ActivityBasedTimeoutPolicy?.ApplicationPolicies;
    if (!Array.isArray(apps))
      return { ok: false, path: `definition[${i}].ActivityBasedTimeoutPolicy.ApplicationPolicies`, problem: 'missing' };
    for (const app of apps as Array<Record<string, unknown>>) {
      if (typeof app?.ApplicationId !== 'string' || app.ApplicationId.toLowerCase() !== 'default') continue;
      if (typeof app.WebSessionIdleTimeout !== 'string')
        return { ok: false, path: `definition[${i}]…WebSessionIdleTimeout`, problem: 'missing' };
      return { ok: true, timeout: app.WebSessionIdleTimeout };
    }
  }
  return { ok: true, timeout: null };
}

export default defineControl({
  id: 'm365-idle-session-timeout-configured',
  title: 'Microsoft 365 on the web signs users out after 3 hours idle or less',
  category: 'identity',
  service: 'm365',
  maxScore: 2,
  refs: {
    cis: '1.3.2',
    learn: 'https://learn.microsoft.com/microsoft-365/admin/manage/idle-session-timeout-web-apps',
  },
  threats: ['Session hijacking on shared or unattended computers'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'An Outlook or Word tab left open on a shared or kiosk computer gives the next person the user’s mail ' +
    'and files. Follows the timeout part of CIS 1.3.2: passes when an organisation-default activity-based ' +
    'timeout policy (what the admin center’s Idle session timeout setting writes) sets WebSessionIdleTimeout ' +
    'for ApplicationId "default" to 3 hours or less. CIS also asks for a conditional access policy with ' +
    'app-enforced restrictions for browser sessions, which this control does not check; SharePoint’s own ' +
    'idle sign-out is a separate control.',
  remediation: [
    'Open Microsoft 365 admin center › Settings › Org settings › Security & privacy › Idle session timeout.',
    "Select 'Turn on to set the period of inactivity for users to be signed off of Microsoft 365 web apps', and under 'When do you want users signed out' choose 3 hours or less.",
    'Save. Users on managed (compliant or hybrid-joined) devices are not signed out.',
  ],
  fixAt: adminPages.m365IdleSessionTimeout,
  setTo: {
    setting: 'Turn on to set the period of inactivity for users to be signed off of Microsoft 365 web apps',
    value: 'Selected, with 3 hours or less',
  },
  onPages: [
    {
      page: adminPages.m365IdleSessionTimeout,
      labels: [
        'Turn on to set the period of inactivity for users to be signed off of Microsoft 365 web apps',
        'Set the period of inactivity for users to be signed off of Microsoft 365 web apps',
      ],
    },
    { page: overlayPages.m365SecurityPrivacy, labels: ['Idle session timeout'] },
  ],
  sources: { policies: activityTimeoutPolicies },
  evaluate: ({ policies }, v) => {
    const orgDefault = policies.filter((p) => p.isOrganizationDefault);
    const ev = policies.map((p) =>
      evidence('activityBasedTimeoutPolicies', p, ['isOrganizationDefault', 'definition']),
    );
    for (const p of orgDefault) {
      const found = defaultWebTimeout(p.definition);
      const index = policies.indexOf(p);
      if (!found.ok) return v.malformed('activityBasedTimeoutPolicies', `value[${index}].${found.path}`, found.problem);
      if (found.timeout === null) continue;
      const seconds = timeSpanSeconds(found.timeout);
      if (seconds === null)
        return v.malformed(
          'activityBasedTimeoutPolicies',
          `value[${index}]…WebSessionIdleTimeout`,
          `not a time span (${found.timeout})`,
        );
      const label = p.displayName ?? p.id;
      return seconds <= LIMIT_SECONDS
        ? v.pass(`${label} signs idle web sessions out after ${found.timeout}.`, ev)
        : v.fail(`${label} signs idle web sessions out only after ${found.timeout}, more than 3 hours.`, ev);
    }
    return v.fail(
      'No organisation-default activity-based timeout policy sets an idle timeout for Microsoft 365 on the web.',
      ev.length > 0
        ? ev
        : [{ source: 'activityBasedTimeoutPolicies', fields: { value: [] }, note: 'The tenant has no such policy.' }],
    );
  },
});
