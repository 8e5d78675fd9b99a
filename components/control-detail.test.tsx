import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { controlResult } from '../test/fixtures/scan-result';
import { ControlDetail, type ControlGuide } from './control-detail';

afterEach(cleanup);

const statusLine = (): string => screen.getByRole('heading', { level: 3 }).nextElementSibling?.textContent ?? '';

describe('ControlDetail points line', () => {
  test('a not-licensed control says it is not counted, never 0 of 7 points', () => {
    render(
      <ControlDetail
        result={controlResult({
          id: 'entra-risky',
          status: 'notLicensed',
          maxScore: 7,
          licence: 'Microsoft Entra ID P2',
        })}
        guide={undefined}
      />,
    );
    expect(statusLine()).toContain('Not licensed · — needs Microsoft Entra ID P2 · not counted in the score');
    expect(statusLine()).not.toContain('0 of 7');
  });

  test('a control checked by hand says it is not counted, never 0 of 4 points', () => {
    render(
      <ControlDetail result={controlResult({ id: 'email-preset', status: 'manual', maxScore: 4 })} guide={undefined} />,
    );
    expect(statusLine()).toContain('Check by hand · not counted in the score');
    expect(statusLine()).not.toContain('0 of 4');
  });

  test('a measured failure keeps its points', () => {
    render(<ControlDetail result={controlResult({ id: 'entra-x', status: 'fail', maxScore: 8 })} guide={undefined} />);
    expect(statusLine()).toContain('Failing · 0 of 8 points');
  });
});

const guide: ControlGuide = {
  rationale: 'An app registration created by any user can hold credentials.',
  remediation: ['Open Entra admin center › Users › User settings.', "Set 'Users can register applications' to No."],
  threats: ['Consent phishing'],
  userImpact: 'low',
  implementationCost: 'moderate',
  fixAt: {
    title: 'Entra admin center › Users › User settings',
    url: 'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/UserSettings',
  },
  setTo: { setting: 'Users can register applications', value: 'No' },
};
const failing = controlResult({
  id: 'entra-app-registration-restricted',
  status: 'fail',
  reason: 'Any user can register applications.',
  evidence: [{ source: 'authorizationPolicy', fields: { 'defaultUserRolePermissions.allowedToCreateApps': true } }],
  sources: ['GET /v1.0/policies/authorizationPolicy'],
  permissions: ['Policy.Read.All'],
});
/** The detail's section headings, top to bottom. */
const headings = (): string[] => screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '');

describe('ControlDetail leads with the fix', () => {
  test('verdict, then what to set and where, the steps, why, evidence, requests, and the disposition last', () => {
    const { container } = render(
      <ControlDetail result={failing} guide={guide} dispositionPanel={<section aria-label="Disposition" />} />,
    );
    expect(headings()).toEqual(['What to change', 'Why it matters', 'Evidence', 'Graph requests']);
    const sentence = container.querySelector('.set-to')!;
    expect(sentence.textContent).toBe('Set Users can register applications to No.');
    expect(sentence.querySelector('em')?.textContent).toBe('Users can register applications');
    expect(sentence.querySelector('strong')?.textContent).toBe('No');
    const link = screen.getByRole('link', { name: /^Open Entra admin center › Users › User settings/ });
    expect(link.getAttribute('href')).toBe(guide.fixAt.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    // Document order: reason, sentence, link, steps, rationale, evidence, requests, disposition.
    const order = [
      screen.getByText('Any user can register applications.'),
      sentence,
      link,
      screen.getByRole('list', { name: 'Steps' }),
      screen.getByText(guide.rationale),
      screen.getByText('Threats: Consent phishing.'),
      screen.getByText('Low user impact · Moderate implementation cost'),
      screen.getByRole('heading', { name: 'Evidence' }),
      screen.getByText('GET /v1.0/policies/authorizationPolicy'),
      screen.getByRole('region', { name: 'Disposition' }),
    ];
    order.slice(1).forEach((node, i) => {
      expect(order[i]!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });
  });

  test('a passing control says what keeps it passing, not to change it', () => {
    const { container } = render(<ControlDetail result={{ ...failing, status: 'pass', score: 10 }} guide={guide} />);
    expect(headings()[0]).toBe('What keeps it passing');
    expect(container.querySelector('.set-to')?.textContent).toBe('Keep Users can register applications set to No.');
  });

  test('without setTo the link still leads; without a guide (a removed control) the stored link', () => {
    const { container, rerender } = render(<ControlDetail result={failing} guide={{ ...guide, setTo: undefined }} />);
    expect(container.querySelector('.set-to')).toBeNull();
    expect(headings()[0]).toBe('What to change');
    expect(screen.getByRole('link', { name: /^Open Entra admin center › Users › User settings/ })).toBeTruthy();

    rerender(<ControlDetail result={failing} guide={undefined} />);
    expect(headings()).toEqual(['What to change', 'Evidence', 'Graph requests']);
    expect(screen.getByRole('link', { name: /^Open in admin center/ }).getAttribute('href')).toBe(failing.adminUrl);
    expect(screen.queryByText(guide.rationale)).toBeNull();
  });

  test('a control checked by hand still opens on the value to set, before what to check', () => {
    const manual = {
      ...failing,
      status: 'manual' as const,
      score: 0,
      manualCheck: { what: ['Users can register applications is No'], how: 'portal' as const },
    };
    const { container } = render(<ControlDetail result={manual} guide={guide} />);
    const sentence = container.querySelector('.set-to')!;
    expect(sentence.textContent).toContain('Users can register applications');
    const check = screen.getByRole('heading', { name: 'What to check' });
    expect(sentence.compareDocumentPosition(check) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
