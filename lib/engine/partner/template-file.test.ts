import { describe, expect, test } from 'vitest';
import type { TemplateControl } from './template-check';
import { readTemplatesFile, templatesFile } from './template-file';
import type { Template } from './template';

const TODAY = '2026-12-05';
const controls: TemplateControl[] = [
  { id: 'defender-safe-links-enabled', title: 'Safe Links checks links' },
  { id: 'entra-legacy-auth-blocked', title: 'Legacy authentication is blocked' },
];
const gateway: Template = {
  id: 'tpl-gateway',
  name: 'Mimecast filters mail',
  description: '',
  lens: 'all',
  dispositions: [{ controlId: 'defender-safe-links-enabled', kind: 'thirdParty', note: 'URL Protect.' }],
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: 'megan@partner.example',
};
const cis: Template = { ...gateway, id: 'tpl-cis', name: 'CIS L1', lens: 'cis', dispositions: [] };

describe('the templates file', () => {
  test('an exported file imports back as the same templates', () => {
    const text = templatesFile([gateway, cis]);
    expect(JSON.parse(text)).toMatchObject({ format: 'posture-lens-templates', version: 1 });
    expect(readTemplatesFile(text, controls, TODAY)).toEqual({ ok: true, valid: [gateway, cis], rejected: [] });
  });

  test('the valid templates import; the rest are reported by name and reason', () => {
    const typo = { ...gateway, id: 'tpl-typo', name: 'Typo', dispositions: [{ controlId: 'nope', kind: 'planned' }] };
    const twin = { ...cis, name: 'CIS again' };
    const r = readTemplatesFile(
      JSON.stringify({ ...JSON.parse(templatesFile([gateway, cis])), templates: [gateway, typo, cis, twin] }),
      controls,
      TODAY,
    );
    expect(r.ok && r.valid.map((t) => t.name)).toEqual(['Mimecast filters mail', 'CIS L1']);
    expect(r.ok && r.rejected).toEqual([
      { name: '“Typo”', reason: '“Typo”, nope: not a control in the catalogue.' },
      { name: '“CIS again”', reason: '“CIS again” has the id of another template in the file.' },
    ]);
  });

  test('a file that is not JSON, not this format, another version or too large is refused with a sentence', () => {
    expect(readTemplatesFile('{oops', controls, TODAY)).toEqual({
      ok: false,
      error: 'The file is not JSON: nothing was imported.',
    });
    expect(readTemplatesFile('{"exemptions": []}', controls, TODAY)).toEqual({
      ok: false,
      error: 'The file is not a Posture Lens templates file (format "posture-lens-templates").',
    });
    const v2 = JSON.stringify({ format: 'posture-lens-templates', version: 2, templates: [] });
    expect(readTemplatesFile(v2, controls, TODAY)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/version 2/),
    });
    expect(readTemplatesFile(' '.repeat(1_000_001), controls, TODAY)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/over 1 MB/),
    });
    const many = JSON.stringify({ format: 'posture-lens-templates', version: 1, templates: Array(201).fill(cis) });
    expect(readTemplatesFile(many, controls, TODAY)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/over 200/),
    });
  });
});
