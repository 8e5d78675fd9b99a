import { describeControl, failing, forbidden, malformed } from '../../test/describe-control';
import control from './entra-admin-consent-workflow-enabled';

const POLICY = '/policies/adminConsentRequestPolicy';

describeControl(control, {
  pass: {
    'the workflow is on with reviewers who are notified': {
      reasonIncludes: 'The admin consent workflow is on with 2 reviewer scope(s).',
      evidence: ['adminConsentRequestPolicy'],
    },
    'one reviewer is enough': {
      tenant: (t) => {
        t.adminConsentRequestPolicy.reviewers = t.adminConsentRequestPolicy.reviewers!.slice(0, 1);
      },
      reasonIncludes: 'with 1 reviewer scope(s).',
    },
    'reviewers not notified by email is shown, not scored': {
      tenant: (t) => {
        t.adminConsentRequestPolicy.notifyReviewers = false;
      },
      reasonIncludes: 'Reviewers are not notified by email.',
    },
    'notification settings absent from the answer': {
      tenant: (t) => {
        delete t.adminConsentRequestPolicy.notifyReviewers;
        delete t.adminConsentRequestPolicy.remindersEnabled;
      },
    },
  },
  fail: {
    'the workflow is off': {
      tenant: (t) => {
        t.adminConsentRequestPolicy.isEnabled = false;
      },
      reasonIncludes: 'The admin consent workflow is off',
      evidence: ['adminConsentRequestPolicy'],
    },
    'the workflow is on but has no reviewers': {
      tenant: (t) => {
        t.adminConsentRequestPolicy.reviewers = [];
      },
      reasonIncludes: 'has no reviewers, so requests go nowhere',
    },
    'off with reviewers still listed': {
      tenant: (t) => {
        t.adminConsentRequestPolicy.isEnabled = false;
        t.adminConsentRequestPolicy.notifyReviewers = false;
      },
      reasonIncludes: 'The admin consent workflow is off',
    },
  },
  unknown: {
    '403 on the admin consent request policy names Policy.Read.All': {
      faults: [forbidden(POLICY)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.All', 'adminConsentRequestPolicy'],
    },
    "isEnabled as the string 'true'": {
      tenant: (t) => {
        Object.assign(t.adminConsentRequestPolicy, { isEnabled: 'true' });
      },
      reasonIncludes: "'isEnabled' (expected boolean, got string)",
    },
    'isEnabled missing': {
      faults: [malformed(POLICY, { reviewers: [] })],
      reasonIncludes: "'isEnabled' (missing)",
    },
    'reviewers missing': {
      tenant: (t) => {
        delete t.adminConsentRequestPolicy.reviewers;
      },
      reasonIncludes: "'reviewers' (missing)",
    },
    'a reviewer without its query': {
      tenant: (t) => {
        t.adminConsentRequestPolicy.reviewers = [{ queryType: 'MicrosoftGraph', queryRoot: null }];
      },
      reasonIncludes: "'reviewers[0].query' (missing)",
    },
    '500 on the admin consent request policy': {
      faults: [failing(POLICY, 500)],
      reasonIncludes: 'HTTP 500',
    },
    '404 on the admin consent request policy': {
      faults: [failing(POLICY, 404)],
      reasonIncludes: 'HTTP 404',
    },
  },
});
