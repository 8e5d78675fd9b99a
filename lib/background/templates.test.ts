import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { applyDispositions } from '../engine/history/dispositions';
import type { Template } from '../engine/partner/template';
import { templatesFile } from '../engine/partner/template-file';
import type { AuthState } from '../messaging/auth-view';
import type { CustomerTenant, TenantsOverview } from '../messaging/partner-protocol';
import { createDispositionStore } from '../store/disposition-store';
import { openStore, type StoreDb } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import { createTemplates, SIGN_IN_TO_APPLY } from './templates';

const NAME = 'posture-lens-templates-test';
const NOW = '2026-12-05T14:30:00.000Z';
const HOME = '11111111-1111-4111-8111-111111111111';
const FABRIKAM = 'aaaaaaaa-2222-4222-8222-000000000001';
const TAILSPIN = 'bbbbbbbb-2222-4222-8222-000000000002';
const WINGTIP = 'cccccccc-2222-4222-8222-000000000003';
const NOT_ADDED = 'dddddddd-2222-4222-8222-000000000004';
const UNSCANNED = 'eeeeeeee-2222-4222-8222-000000000005';
const SAFE_ATTACHMENTS = 'defender-safe-attachments-enabled';
const ATTACHMENT_FILTER = 'defender-attachment-filter-enabled';

const gateway: Template = {
  id: 'tpl-gateway',
  name: 'Mimecast filters mail',
  description: 'Inbound mail goes through Mimecast.',
  lens: 'all',
  dispositions: [
    { controlId: SAFE_ATTACHMENTS, kind: 'thirdParty', note: 'Attachment Protect.' },
    { controlId: ATTACHMENT_FILTER, kind: 'thirdParty' },
  ],
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: 'megan@partner.example',
};
const overview: TenantsOverview = { rows: [], staleAfterDays: 7, partnerName: 'Fabrikam IT' };

function authWith(username: string | null): AuthState {
  const account = { id: 'uid.utid', username: username ?? '', name: 'Megan', tenantId: HOME, tenantName: 'Partner' };
  return {
    status: username ? 'signedIn' : 'signedOut',
    connection: null,
    redirectUri: 'https://ext.chromiumapp.org/',
    accounts: username ? [account] : [],
    active: username ? account : null,
    missingPermissions: [],
    problem: null,
  };
}
const customer = (tenantId: string): CustomerTenant => ({
  tenantId,
  name: tenantId,
  domain: null,
  accountId: 'uid.utid',
  source: 'added',
  addedAt: NOW,
  addedBy: 'megan@partner.example',
});

let db: StoreDb;
let signedIn: string | null;
beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
  signedIn = 'megan@partner.example';
  // Three scanned tenants with the same failing mail controls.
  for (const [id, name] of [
    [FABRIKAM, 'Fabrikam'],
    [TAILSPIN, 'Tailspin'],
    [WINGTIP, 'Wingtip'],
  ] as const) {
    const controls = [
      controlResult({ id: SAFE_ATTACHMENTS, status: 'fail', score: 0, maxScore: 6 }),
      controlResult({ id: ATTACHMENT_FILTER, status: 'fail', score: 0, maxScore: 4 }),
      controlResult({ id: 'entra-legacy-auth-blocked', status: 'pass', score: 10, maxScore: 10 }),
    ];
    const tenant = { id, displayName: name, cloud: 'global' };
    await createScanStore(db).saveScan(scanWith(controls, { tenant, scannedAt: '2026-12-04T09:00:00.000Z' }), {
      demo: false,
    });
  }
});
afterEach(() => db.close());

const service = (customers: CustomerTenant[] = []) =>
  createTemplates({
    getDb: () => Promise.resolve(db),
    getStore: () => Promise.resolve(createScanStore(db)),
    dispositions: () => Promise.resolve(createDispositionStore(db)),
    auth: { state: () => Promise.resolve(authWith(signedIn)) },
    customers: { list: () => Promise.resolve(customers) },
    clock: () => Date.parse(NOW),
    overview: () => Promise.resolve(overview),
  });
const percentOf = async (tenantId: string): Promise<number> => {
  const scan = await createScanStore(db).latestScan(tenantId);
  const { records } = await createDispositionStore(db).forTenant(tenantId);
  return applyDispositions(scan!, records, NOW).score.percent;
};
const sender = {};

describe('applying a template', () => {
  test('changes the chosen tenants’ scores through their dispositions, and not the third’s', async () => {
    const t = service();
    await t.handlers.saveTemplate({ template: gateway }, sender);
    expect([await percentOf(FABRIKAM), await percentOf(TAILSPIN), await percentOf(WINGTIP)]).toEqual([50, 50, 50]);
    const result = await t.handlers.applyTemplate({ templateId: gateway.id, tenantIds: [FABRIKAM, TAILSPIN] }, sender);
    expect(result.applied).toEqual([
      { tenantId: FABRIKAM, controlIds: [SAFE_ATTACHMENTS, ATTACHMENT_FILTER] },
      { tenantId: TAILSPIN, controlIds: [SAFE_ATTACHMENTS, ATTACHMENT_FILTER] },
    ]);
    expect(result.refused).toEqual([]);
    expect(result.overview).toBe(overview);
    expect([await percentOf(FABRIKAM), await percentOf(TAILSPIN), await percentOf(WINGTIP)]).toEqual([100, 100, 50]);
    expect((await createDispositionStore(db).forTenant(WINGTIP)).records).toEqual([]);
    expect(await t.appliedTemplates(WINGTIP)).toEqual([]);
  });

  test('records who applied it and when, on each disposition’s trail and on the tenant', async () => {
    const t = service();
    await t.handlers.saveTemplate({ template: gateway }, sender);
    await t.handlers.applyTemplate({ templateId: gateway.id, tenantIds: [FABRIKAM.toUpperCase()] }, sender);
    expect((await createDispositionStore(db).get(FABRIKAM, SAFE_ATTACHMENTS))?.current).toEqual({
      kind: 'thirdParty',
      note: 'From template “Mimecast filters mail”. Attachment Protect.',
      recordedBy: 'megan@partner.example',
      recordedAt: NOW,
    });
    expect((await createDispositionStore(db).get(FABRIKAM, ATTACHMENT_FILTER))?.current?.note).toBe(
      'From template “Mimecast filters mail”.',
    );
    expect(await t.appliedTemplates(FABRIKAM)).toEqual([
      {
        templateId: 'tpl-gateway',
        templateName: 'Mimecast filters mail',
        appliedBy: 'megan@partner.example',
        appliedAt: NOW,
        controlIds: [SAFE_ATTACHMENTS, ATTACHMENT_FILTER],
      },
    ]);
  });

  test('applying again sets the same dispositions and is recorded again', async () => {
    const t = service();
    await t.handlers.saveTemplate({ template: gateway }, sender);
    await t.handlers.applyTemplate({ templateId: gateway.id, tenantIds: [FABRIKAM] }, sender);
    const first = (await createDispositionStore(db).get(FABRIKAM, SAFE_ATTACHMENTS))?.current;
    await t.handlers.applyTemplate({ templateId: gateway.id, tenantIds: [FABRIKAM] }, sender);
    const again = await createDispositionStore(db).get(FABRIKAM, SAFE_ATTACHMENTS);
    expect(again?.current).toEqual(first);
    expect(again?.trail).toHaveLength(2);
    expect(await percentOf(FABRIKAM)).toBe(100);
    expect(await t.appliedTemplates(FABRIKAM)).toHaveLength(2);
  });

  test('only to known tenants: a customer tenant not yet scanned is one, an unknown id is refused with why', async () => {
    const t = service([customer(UNSCANNED)]);
    await t.handlers.saveTemplate({ template: gateway }, sender);
    const result = await t.handlers.applyTemplate(
      { templateId: gateway.id, tenantIds: [UNSCANNED, NOT_ADDED] },
      sender,
    );
    expect(result.applied.map((a) => a.tenantId)).toEqual([UNSCANNED]);
    expect(result.refused).toEqual([
      {
        tenantId: NOT_ADDED,
        reason: 'Not a tenant Posture Lens knows: add it as a customer tenant (or scan it) first.',
      },
    ]);
    expect((await createDispositionStore(db).forTenant(NOT_ADDED)).records).toEqual([]);
  });

  test('a tenant whose saved disposition is unreadable is refused whole, naming the control; the others apply', async () => {
    const t = service();
    await t.handlers.saveTemplate({ template: gateway }, sender);
    await db.put('dispositions', { tenantId: TAILSPIN, controlId: ATTACHMENT_FILTER, current: 'junk' } as never);
    const result = await t.handlers.applyTemplate({ templateId: gateway.id, tenantIds: [TAILSPIN, FABRIKAM] }, sender);
    expect(result.refused).toEqual([
      {
        tenantId: TAILSPIN,
        reason: `The saved disposition of ${ATTACHMENT_FILTER} couldn't be read; nothing was changed.`,
      },
    ]);
    expect(await createDispositionStore(db).get(TAILSPIN, SAFE_ATTACHMENTS)).toBeUndefined();
    expect(await t.appliedTemplates(TAILSPIN)).toEqual([]);
    expect(result.applied.map((a) => a.tenantId)).toEqual([FABRIKAM]);
  });

  test('nobody signed in: refused, and nothing is set', async () => {
    const t = service();
    await t.handlers.saveTemplate({ template: gateway }, sender);
    signedIn = null;
    await expect(t.handlers.applyTemplate({ templateId: gateway.id, tenantIds: [FABRIKAM] }, sender)).rejects.toThrow(
      SIGN_IN_TO_APPLY,
    );
    expect((await createDispositionStore(db).forTenant(FABRIKAM)).records).toEqual([]);
  });

  test('a risk acceptance whose review date has passed since it was saved stops the template, naming it', async () => {
    const t = service();
    const stale = {
      ...gateway,
      dispositions: [
        { controlId: SAFE_ATTACHMENTS, kind: 'riskAccepted' as const, reason: 'x', reviewBy: '2026-12-01' },
      ],
    };
    await db.put('settings', { key: 'templates', value: [stale] });
    await expect(t.handlers.applyTemplate({ templateId: gateway.id, tenantIds: [FABRIKAM] }, sender)).rejects.toThrow(
      `The template can't be applied as it is: “Mimecast filters mail”, ${SAFE_ATTACHMENTS}: The review date must be after today.`,
    );
  });
});

describe('saving, importing and deleting templates', () => {
  test('a save is stamped with the signed-in account and now, and checked again', async () => {
    const t = service();
    const saved = await t.handlers.saveTemplate({ template: { ...gateway, updatedBy: 'forged' } }, sender);
    expect(saved.templates).toEqual([{ ...gateway, updatedBy: 'megan@partner.example', updatedAt: NOW }]);
    const typo = { ...gateway, dispositions: [{ controlId: 'nope', kind: 'planned' as const }] };
    await expect(t.handlers.saveTemplate({ template: typo }, sender)).rejects.toThrow(
      '“Mimecast filters mail”, nope: not a control in the catalogue.',
    );
  });

  test('import keeps the valid templates (same id replaces), reports the rest; delete removes one', async () => {
    const t = service();
    await t.handlers.saveTemplate({ template: { ...gateway, name: 'Old name' } }, sender);
    const cis: Template = { ...gateway, id: 'tpl-cis', name: 'CIS L1', lens: 'cis', dispositions: [] };
    const bad = { ...cis, id: 'tpl-bad', name: 'Bad', lens: 'nist' } as unknown as Template;
    const result = await t.handlers.importTemplates({ json: templatesFile([gateway, cis, bad]) }, sender);
    expect(result.imported).toBe(2);
    expect(result.error).toBe('Not imported: “Bad” has an unknown lens (choose all, secureScore, cis, scuba).');
    expect(result.templates.map((x) => x.name)).toEqual(['Mimecast filters mail', 'CIS L1']);
    expect((await t.handlers.importTemplates({ json: 'nope' }, sender)).error).toBe(
      'The file is not JSON: nothing was imported.',
    );
    expect((await t.handlers.deleteTemplate({ templateId: 'tpl-cis' }, sender)).templates.map((x) => x.id)).toEqual([
      'tpl-gateway',
    ]);
  });
});
