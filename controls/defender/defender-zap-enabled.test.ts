import { describeControl, serviceCases } from '../../test/describe-control';
import { all, changePolicy, PRESET, presetsOff } from '../../test/defender-service-data';
import control from './defender-zap-enabled';

const { manual, unknown } = serviceCases('exchange', 'Get-HostedContentFilterPolicy');

describeControl(control, {
  pass: {
    'Strict preset for everyone': {
      reasonIncludes: [
        'Every Anti-spam policy in effect purges spam and phishing',
        'Every Anti-malware policy in effect purges malware',
      ],
      evidence: [PRESET.strict.policy],
    },
    'presets off: the Default policies purge (as created)': {
      services: presetsOff,
      reasonIncludes: "'Default' covers everyone",
    },
  },
  fail: {
    'phishing ZAP off in the Default anti-spam policy': {
      services: all(presetsOff, changePolicy('Get-HostedContentFilterPolicy', { PhishZapEnabled: false }, 'Default')),
      reasonIncludes: "Anti-spam policy 'Default' (applies to everyone): PhishZapEnabled is False",
    },
    'malware ZAP off in the policy in effect': {
      services: changePolicy('Get-MalwareFilterPolicy', { ZapEnabled: false }),
      reasonIncludes: `Anti-malware policy '${PRESET.strict.policy}' (applies to everyone): ZapEnabled is False`,
    },
  },
  manual: { ...manual, ...serviceCases('exchange', 'Get-MalwareFilterPolicy').manual },
  unknown: {
    ...unknown,
    ...serviceCases('exchange', 'Get-MalwareFilterPolicy').unknown,
    'SpamZapEnabled missing': {
      services: (d) => {
        d.cmdlets['Get-HostedContentFilterPolicy'] = d.cmdlets['Get-HostedContentFilterPolicy']!.map(
          ({ SpamZapEnabled: _, ...p }) => p,
        );
      },
      reasonIncludes: 'SpamZapEnabled',
    },
    'ZapEnabled as text': {
      services: changePolicy('Get-MalwareFilterPolicy', { ZapEnabled: 'True' }),
      reasonIncludes: 'ZapEnabled',
    },
  },
});
