import { describe, expect, test } from 'vitest';
import { catalogue } from '../../../controls/index';
import { appliedNote, checkTemplate, type TemplateControl } from './template-check';
import { templateExamples } from './template-examples';
import type { Template } from './template';

const TODAY = '2026-12-05';
const controls: TemplateControl[] = [
  { id: 'defender-safe-links-enabled', title: 'Safe Links checks links' },
  { id: 'entra-legacy-auth-blocked', title: 'Legacy authentication is blocked' },
  { id: 'entra-privileged-role-reviews-configured', title: 'Privileged roles are reviewed', review: { everyDays: 90 } },
];
const good: Template = {
  id: 'tpl-gateway',
  name: ' Mimecast filters mail ',
  description: 'Inbound mail goes through Mimecast. ',
  lens: 'all',
  dispositions: [
    { controlId: 'defender-safe-links-enabled', kind: 'thirdParty', note: 'Mimecast URL Protect.' },
    { controlId: 'entra-legacy-auth-blocked', kind: 'riskAccepted', reason: 'Old scanner', reviewBy: '2027-01-31' },
  ],
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: 'megan@partner.example',
};
const withDisposition = (d: object): Template => ({ ...good, dispositions: [d as Template['dispositions'][0]] });
const errorsOf = (t: unknown): string[] => {
  const r = checkTemplate(t, controls, TODAY);
  return r.ok ? [] : r.errors;
};

describe('checking a template', () => {
  test('a valid template is kept trimmed, its dispositions as a hand-typed one would be', () => {
    const r = checkTemplate(good, controls, TODAY);
    expect(r.ok && r.value.name).toBe('Mimecast filters mail');
    expect(r.ok && r.value.description).toBe('Inbound mail goes through Mimecast.');
    expect(r.ok && r.value.dispositions).toEqual(good.dispositions);
  });

  test('a risk acceptance needs a reason and a review date after today, naming the template and control', () => {
    expect(errorsOf(withDisposition({ controlId: 'entra-legacy-auth-blocked', kind: 'riskAccepted' }))).toEqual([
      '“Mimecast filters mail”, entra-legacy-auth-blocked: Say why the risk is accepted. Choose when to review the accepted risk.',
    ]);
    const past = { controlId: 'entra-legacy-auth-blocked', kind: 'riskAccepted', reason: 'x', reviewBy: TODAY };
    expect(errorsOf(withDisposition(past))).toEqual([
      '“Mimecast filters mail”, entra-legacy-auth-blocked: The review date must be after today.',
    ]);
  });

  test('a control outside the catalogue, a review control, a Reviewed mark and a control twice are refused', () => {
    const t = {
      ...good,
      dispositions: [
        { controlId: 'entra-mfa-typo', kind: 'thirdParty' },
        { controlId: 'entra-privileged-role-reviews-configured', kind: 'thirdParty' },
        { controlId: 'defender-safe-links-enabled', kind: 'reviewed', note: 'Looked.' },
        { controlId: 'entra-legacy-auth-blocked', kind: 'planned' },
        { controlId: 'entra-legacy-auth-blocked', kind: 'alternateMitigation' },
      ],
    };
    expect(errorsOf(t)).toEqual([
      '“Mimecast filters mail”, entra-mfa-typo: not a control in the catalogue.',
      '“Mimecast filters mail”, entra-privileged-role-reviews-configured: a review control: a review is attested per tenant, never templated.',
      '“Mimecast filters mail”, defender-safe-links-enabled: a Reviewed mark is attested per tenant, never templated.',
      '“Mimecast filters mail”, entra-legacy-auth-blocked: listed twice; keep one disposition per control.',
    ]);
  });

  test('its own fields: a name, a known lens, sizes', () => {
    expect(errorsOf({ ...good, name: '  ' })).toEqual(['“tpl-gateway” needs a name.']);
    expect(errorsOf({ ...good, lens: 'nist' })).toEqual([
      '“Mimecast filters mail” has an unknown lens (choose all, secureScore, cis, scuba).',
    ]);
    expect(errorsOf({ ...good, description: 'x'.repeat(1001) })[0]).toMatch(/at most 1000 characters/);
    expect(errorsOf('a string')).toEqual(['A template without a name is not a template object.']);
  });

  test('the note recorded on each tenant names the template, and must fit with it', () => {
    expect(appliedNote('CIS L1', undefined)).toBe('From template “CIS L1”.');
    expect(appliedNote('CIS L1', 'Agreed with the customer.')).toBe(
      'From template “CIS L1”. Agreed with the customer.',
    );
    const long = withDisposition({
      controlId: 'defender-safe-links-enabled',
      kind: 'thirdParty',
      note: 'n'.repeat(990),
    });
    expect(errorsOf(long)).toEqual([
      "“Mimecast filters mail”, defender-safe-links-enabled: keep the note under 1000 characters with the template's name.",
    ]);
  });
});

describe('the examples offered', () => {
  test.each(templateExamples.map((e) => [e.name, e] as const))('%s is a valid template for the catalogue', (_, e) => {
    const r = checkTemplate({ ...e, id: 'x', updatedAt: '', updatedBy: '' }, catalogue, TODAY);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  test('the gateway example resolves mail-flow controls by third party, and Safe Links (Teams, Office) is not one', () => {
    const gateway = templateExamples[0]!;
    expect(gateway.dispositions.every((d) => d.kind === 'thirdParty')).toBe(true);
    expect(gateway.dispositions.map((d) => d.controlId)).not.toContain('defender-safe-links-enabled');
    expect(templateExamples[1]).toMatchObject({ lens: 'cis', dispositions: [] });
  });
});
