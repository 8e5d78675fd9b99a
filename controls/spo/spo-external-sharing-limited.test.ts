import { describeControl, malformed, sharepointSettingsUnknowns } from '../../test/describe-control';
import control from './spo-external-sharing-limited';

const SPS = '/admin/sharepoint/settings';

describeControl(control, {
  pass: {
    'existing guests only': {
      reasonIncludes: "SharePoint external sharing is 'existingExternalUserSharingOnly' (Existing guests).",
      evidence: ['sharepointSettings'],
    },
    'only people in the organization': {
      tenant: (t) => {
        t.sharepointSettings.sharingCapability = 'disabled';
      },
      reasonIncludes: "'disabled' (Only people in your organization)",
    },
    'the settings wrapped in value, as the Graph docs sample shows them': {
      faults: [malformed(SPS, { value: { sharingCapability: 'existingExternalUserSharingOnly' } })],
    },
  },
  fail: {
    'Anyone links allowed': {
      tenant: (t) => {
        t.sharepointSettings.sharingCapability = 'externalUserAndGuestSharing';
      },
      reasonIncludes: "'externalUserAndGuestSharing' (Anyone)",
      evidence: ['sharepointSettings'],
    },
    'new and existing guests (CIS 7.2.3 accepts it; CISA does not)': {
      tenant: (t) => {
        t.sharepointSettings.sharingCapability = 'externalUserSharingOnly';
      },
      reasonIncludes: "'externalUserSharingOnly' (New and existing guests)",
    },
  },
  unknown: {
    ...sharepointSettingsUnknowns(),
    'sharingCapability missing': {
      tenant: (t) => {
        delete t.sharepointSettings.sharingCapability;
      },
      reasonIncludes: "'sharingCapability' (missing)",
    },
    'sharingCapability null': {
      tenant: (t) => {
        t.sharepointSettings.sharingCapability = null;
      },
      reasonIncludes: "'sharingCapability' (expected one of",
    },
    'a level Graph added later': {
      tenant: (t) => {
        t.sharepointSettings.sharingCapability = 'unknownFutureValue';
      },
      reasonIncludes: "'sharingCapability'",
    },
    'a wrapped body without the field': {
      faults: [malformed(SPS, { value: { isLegacyAuthProtocolsEnabled: false } })],
      reasonIncludes: "'sharingCapability' (missing)",
    },
    'a body that is not an object': {
      faults: [malformed(SPS, '<html>')],
    },
  },
});
