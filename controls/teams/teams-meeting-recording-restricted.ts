import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { taggedPolicies } from '../../lib/graph/sources/services/teams-configuration';
import { teamsMeetingRecording } from '../../lib/graph/sources/services/teams-meeting-policy';

// Read live from Teams (issue 17). ScubaGear MS.TEAMS.1.6v1 checks the Global meeting policy only and
// lets custom policies allow recording for the people who need it; so does this.
export default defineControl({
  id: 'teams-meeting-recording-restricted',
  title: 'Teams meetings are not recorded by default',
  category: 'data',
  service: 'teams',
  maxScore: 1,
  refs: {
    scuba: 'MS.TEAMS.1.6v1',
    learn: 'https://learn.microsoft.com/microsoftteams/meeting-recording',
  },
  threats: ['Unauthorised disclosure of recorded audio, video and shared screens'],
  userImpact: 'high',
  implementationCost: 'low',
  rationale:
    'A recording keeps everything said and shown in a meeting, shared screens included, in a file that can travel further than the meeting did. CISA MS.TEAMS.1.6v1 turns cloud recording off in the Global (Org-wide default) meeting policy and gives it back through custom policies to the people who need it. Microsoft Graph does not expose meeting policies: Posture Lens reads them from Teams when that service is on for the tenant, and otherwise shows what to check. Policies an admin created (Tag:…) are how recording is given back, so they are named, not judged.',
  remediation: [
    'Teams admin center › Meetings › Meeting policies › Global (Org-wide default): turn off "Meeting recording".',
    'Create a custom meeting policy with recording on and assign it to the people who need it.',
  ],
  fixAt: adminPages.teamsMeetingPolicies,
  setTo: { setting: 'Meeting recording', value: 'Off' },
  manualCheck: {
    how: 'powershell',
    what: ['AllowCloudRecording is False in the Global meeting policy (CISA MS.TEAMS.1.6v1)'],
    command: 'Get-CsTeamsMeetingPolicy -Identity Global | Format-List AllowCloudRecording',
  },
  onPages: [{ page: adminPages.teamsMeetingPolicies, labels: ['Meeting recording'] }],
  sources: { meetings: teamsMeetingRecording },
  evaluate: ({ meetings }, v) => {
    const g = meetings.global;
    const tagged = taggedPolicies(meetings.all);
    const note = tagged.length ? `Not judged: ${tagged.join(', ')} (assigned to some users only).` : undefined;
    const ev = [evidence('teamsMeetingPolicies', g, ['AllowCloudRecording'], note)];
    return g.AllowCloudRecording
      ? v.fail('The Global meeting policy lets everyone record meetings to the cloud.', ev)
      : v.pass('The Global meeting policy turns cloud recording off.', ev);
  },
});
