import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Template } from '../engine/partner/template';
import type { AppliedTemplate } from '../messaging/partner-protocol';
import { openStore, type StoreDb } from './open-store';
import { createTemplateStore } from './template-store';

const NAME = 'posture-lens-template-store-test';
let db: StoreDb;
const store = () => createTemplateStore(() => Promise.resolve(db));
const cis: Template = {
  id: 'tpl-cis',
  name: 'CIS L1',
  description: '',
  lens: 'cis',
  dispositions: [],
  updatedAt: '2026-12-05T10:00:00.000Z',
  updatedBy: 'megan@partner.example',
};
const applied = (n: number): AppliedTemplate => ({
  templateId: 'tpl-cis',
  templateName: 'CIS L1',
  appliedBy: 'megan@partner.example',
  appliedAt: `2026-12-05T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
  controlIds: [],
});

beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

describe('the template store', () => {
  test('a saved entry that no longer reads as a template is skipped, not guessed at', async () => {
    await db.put('settings', { key: 'templates', value: [{ id: 'x' }, 'junk', cis] });
    expect((await store().list()).map((t) => t.id)).toEqual(['tpl-cis']);
  });

  test('what was applied is kept per tenant, never mixed, and the newest 100 are kept', async () => {
    for (let n = 0; n < 102; n++) await store().recordApplied('tenant-a', applied(n));
    await store().recordApplied('TENANT-B', applied(7));
    const a = await store().appliedTemplates('tenant-a');
    expect(a).toHaveLength(100);
    expect(a[0]).toEqual(applied(2));
    expect(await store().appliedTemplates('tenant-b')).toEqual([applied(7)]);
    expect(await store().appliedTemplates('tenant-c')).toEqual([]);
  });

  test('more than 200 templates are refused', async () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ ...cis, id: `tpl-${i}` }));
    await expect(store().put(many)).rejects.toThrow('Keep at most 200 templates.');
    expect(await store().list()).toEqual([]);
  });
});
