import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { taggedPolicies } from '../../lib/graph/sources/services/teams-configuration';
import { teamsMeetingPresenters } from '../../lib/graph/sources/services/teams-meeting-policy';

// Read live from Teams (issue 17), decided from the Global (Org-wide default) meeting policy as
// CIS 8.5.6 asks: only organisers and co-organisers present by default (organisers may still
// change it per meeting, which is what "UserOverride" means).
export default defineControl({
  id: 'teams-meeting-presenters-restricted',
  title: 'Only organisers and co-organisers present in Teams meetings by default',
  category: 'apps',
  service: 'teams',
  maxScore: 2,
  refs: {
    secureScore: 'meeting_designatedpresenter_v1',
    cis: '8.5.6',
    learn: 'https://learn.microsoft.com/microsoftteams/meeting-who-present-request-control',
  },
  threats: ['Meeting hijacking by attendees sharing content', 'Inappropriate content shown to a large audience'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'When everyone can present, any attendee — a guest or an anonymous joiner included — can share their screen into the meeting. CIS 8.5.6 and Secure Score (meeting_designatedpresenter_v1) set "Who can present" to organisers and co-organisers in the Global (Org-wide default) meeting policy, which applies to everyone not given another policy; organisers can still choose presenters per meeting. Microsoft Graph does not expose meeting policies: Posture Lens reads them from Teams when that service is on for the tenant, and otherwise shows what to check. Policies an admin created (Tag:…) apply only to the users they are assigned to, so they are named, not judged.',
  remediation: [
    'Teams admin center › Meetings › Meeting policies › Global (Org-wide default): set "Who can present" to "Only organizers and co-organizers".',
  ],
  fixAt: adminPages.teamsMeetingPolicies,
  setTo: { setting: 'Who can present', value: 'Only organizers and co-organizers' },
  manualCheck: {
    how: 'powershell',
    what: ['DesignatedPresenterRoleMode is OrganizerOnlyUserOverride in the Global meeting policy (CIS 8.5.6)'],
    command: 'Get-CsTeamsMeetingPolicy -Identity Global | Format-List DesignatedPresenterRoleMode',
  },
  onPages: [{ page: adminPages.teamsMeetingPolicies, labels: ['Who can present'] }],
  sources: { meetings: teamsMeetingPresenters },
  evaluate: ({ meetings }, v) => {
    const g = meetings.global;
    const tagged = taggedPolicies(meetings.all);
    const note = tagged.length ? `Not judged: ${tagged.join(', ')} (assigned to some users only).` : undefined;
    const ev = [evidence('teamsMeetingPolicies', g, ['DesignatedPresenterRoleMode'], note)];
    return g.DesignatedPresenterRoleMode === 'OrganizerOnlyUserOverride'
      ? v.pass('In the Global meeting policy only organisers and co-organisers present by default.', ev)
      : v.fail(
          `In the Global meeting policy presenters are ${g.DesignatedPresenterRoleMode}, not organisers only.`,
          ev,
        );
  },
});
