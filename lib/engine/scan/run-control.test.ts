import { describe, expect, test } from 'vitest';
import type { GraphOutcome } from '../../graph/sources/graph-request';
import { defineSource, sourceKey, type LicenceRequirement } from '../../graph/sources/define-source';
import { bool, collection, entity, str } from '../../graph/sources/shape';
import { adminPages } from '../pages/admin-pages';
import {
  defineControl,
  optional,
  type Control,
  type EvalContext,
  type ScanContext,
  type SourceMap,
} from '../verdict/control';
import type { LicenceState } from './licences';
import { runControl } from './run-control';
import type { Verdict } from '../verdict/verdict';

const P1: LicenceRequirement = { name: 'Microsoft Entra ID P1', servicePlans: ['AAD_PREMIUM'] };

interface Settings {
  id: string;
  blocked: boolean;
}
const settings = defineSource<Settings>({
  id: 'settings',
  version: 'v1.0',
  path: '/policies/testSettings',
  query: { $select: 'id,blocked' },
  permission: 'Policy.Read.All',
  collection: false,
  parse: entity<Settings>({ id: str, blocked: bool }),
});

interface Policy {
  id: string;
  state: string;
}
/** A source that itself needs a licence: Graph answers 403 with a licence code without it. */
const policies = defineSource<Policy[]>({
  id: 'policies',
  version: 'beta',
  path: '/identity/conditionalAccess/policies',
  permission: 'Policy.Read.ConditionalAccess',
  collection: true,
  licence: P1,
  parse: collection<Policy>({ id: str, state: str }),
});

const SETTINGS = 'GET /v1.0/policies/testSettings?$select=id,blocked';
const POLICIES = 'GET /beta/identity/conditionalAccess/policies';

const ctx: ScanContext = { now: '2026-03-01T10:00:00.000Z', tenantId: 'tenant-1' };
const licensed: LicenceState = { known: true, plans: new Set(['AAD_PREMIUM']), skus: ['AAD_PREMIUM'] };
const unlicensed: LicenceState = { known: true, plans: new Set(), skus: [] };
const licencesUnknown: LicenceState = { known: false, why: 'GET /v1.0/subscribedSkus failed with HTTP 403' };

const ok = (body: unknown): GraphOutcome => ({ ok: true, status: 200, body, pages: 1 });
const failed = (status: number | 'offline', message = '', code?: string): GraphOutcome => ({
  ok: false,
  status,
  message,
  ...(code ? { code } : {}),
});
const outcomes = (entries: Record<string, GraphOutcome>): Map<string, GraphOutcome> => new Map(Object.entries(entries));

const good = { id: 'settings', blocked: true };

/** A tiny control: passes when the setting blocks, and records what it was given. */
function makeControl<S extends SourceMap>(
  sources: S,
  evaluate: Control<S>['evaluate'],
  extra: { licence?: LicenceRequirement } = {},
) {
  const calls: unknown[] = [];
  const control = defineControl<S>({
    id: 'test-setting-blocked',
    title: 'The test setting is blocked',
    category: 'apps',
    service: 'entra',
    maxScore: 6,
    refs: { learn: 'https://learn.microsoft.com/graph/' },
    threats: ['Testing'],
    userImpact: 'moderate',
    implementationCost: 'low',
    rationale: 'For tests.',
    remediation: ['Block it.'],
    fixAt: adminPages.entraUserSettings,
    setTo: { setting: 'A setting', value: 'Its passing value' },
    ...extra,
    sources,
    evaluate: (data, v, c) => {
      calls.push(data);
      return evaluate(data, v, c);
    },
  });
  return { control, calls };
}

const blockedControl = (extra: { licence?: LicenceRequirement } = {}) =>
  makeControl(
    { settings },
    ({ settings: s }, v) => (s.blocked ? v.pass('The setting is blocked.') : v.fail('The setting is allowed.')),
    extra,
  );

describe('runControl: describing the control', () => {
  test('the result carries the control’s title, category, impact, cost, sources, permissions and fix link', () => {
    const { control } = makeControl({ settings, policies }, (_d, v) => v.pass('Fine.'), { licence: P1 });
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good), [POLICIES]: ok({ value: [] }) }), licensed, ctx);
    expect(r).toMatchObject({
      id: 'test-setting-blocked',
      title: 'The test setting is blocked',
      category: 'apps',
      userImpact: 'moderate',
      implementationCost: 'low',
      maxScore: 6,
      refs: { learn: 'https://learn.microsoft.com/graph/' },
      sources: [SETTINGS, POLICIES],
      permissions: ['Policy.Read.All', 'Policy.Read.ConditionalAccess'],
      licence: 'Microsoft Entra ID P1',
      adminUrl: adminPages.entraUserSettings.url,
      source: 'posture-lens',
    });
  });

  test('source keys are the requests people see, and match what the scan reads', () => {
    expect(sourceKey(settings)).toBe(SETTINGS);
    expect(sourceKey(policies)).toBe(POLICIES);
  });

  test('a control without a licence has no licence on its result', () => {
    const { control } = blockedControl();
    expect(runControl(control, outcomes({ [SETTINGS]: ok(good) }), licensed, ctx)).not.toHaveProperty('licence');
  });
});

describe('runControl: evaluating', () => {
  test('passes with every point when the data says so', () => {
    const { control } = blockedControl();
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good) }), licensed, ctx);
    expect(r).toMatchObject({ status: 'pass', score: 6, reason: 'The setting is blocked.' });
  });

  test('fails with no points when the data says so', () => {
    const { control } = blockedControl();
    const r = runControl(control, outcomes({ [SETTINGS]: ok({ id: 'settings', blocked: false }) }), licensed, ctx);
    expect(r).toMatchObject({ status: 'fail', score: 0, reason: 'The setting is allowed.' });
  });

  test('the evaluator gets the parsed data, the scan context and its own control id', () => {
    let seen: EvalContext | undefined;
    const { control, calls } = makeControl({ settings }, (_d, v, c) => {
      seen = c;
      return v.pass('Fine.');
    });
    runControl(control, outcomes({ [SETTINGS]: ok(good) }), licensed, ctx);
    expect(calls).toEqual([{ settings: good }]);
    expect(seen).toEqual({ ...ctx, controlId: control.id });
  });

  // A setting can be on without the licence that enforces it (the fuzzer's class 1): unreadable licences
  // must not let a tenant without the licence pass.
  test("a control needing a licence is couldn't tell when the licences could not be read, naming why", () => {
    const { control, calls } = blockedControl({ licence: P1 });
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good) }), licencesUnknown, ctx);
    expect(r).toMatchObject({ status: 'unknown', score: 0 });
    expect(r.reason).toContain('Microsoft Entra ID P1');
    expect(r.reason).toContain('GET /v1.0/subscribedSkus failed with HTTP 403');
    expect(calls).toHaveLength(0);
  });

  test('a control needing no licence is evaluated when the licences could not be read', () => {
    const { control, calls } = blockedControl();
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good) }), licencesUnknown, ctx);
    expect(r.status).toBe('pass');
    expect(calls).toHaveLength(1);
  });
});

describe('runControl: a licence the tenant lacks', () => {
  test('is not licensed, scores nothing, names the licence, and never runs the evaluator', () => {
    const { control, calls } = blockedControl({ licence: P1 });
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good) }), unlicensed, ctx);
    expect(r).toMatchObject({
      status: 'notLicensed',
      score: 0,
      reason: "Needs Microsoft Entra ID P1, which this tenant doesn't have.",
      licence: 'Microsoft Entra ID P1',
    });
    expect(calls).toEqual([]);
  });

  test('a 403 with a licence code on a licensed source makes a licensed control not licensed', () => {
    const { control, calls } = makeControl({ policies }, (_d, v) => v.pass('Fine.'), { licence: P1 });
    const r = runControl(
      control,
      outcomes({
        [POLICIES]: failed(403, 'Tenant is not premium', 'Authentication_RequestFromNonPremiumTenantOrB2CTenant'),
      }),
      licencesUnknown,
      ctx,
    );
    expect(r).toMatchObject({ status: 'notLicensed', score: 0 });
    expect(r.reason).toContain('Microsoft Entra ID P1');
    expect(r.unknownReason).toEqual({ kind: 'notLicensed', feature: 'Microsoft Entra ID P1', source: POLICIES });
    expect(calls).toEqual([]);
  });

  test('the same 403 on a control that needs no licence is unknown, never a pass or out of the score', () => {
    const { control } = makeControl({ policies }, (_d, v) => v.pass('Fine.'));
    const r = runControl(
      control,
      outcomes({ [POLICIES]: failed(403, '', 'Authentication_RequestFromNonPremiumTenantOrB2CTenant') }),
      licensed,
      ctx,
    );
    expect(r).toMatchObject({ status: 'unknown', score: 0 });
    expect(r.reason).toBe(
      `Couldn't read ${POLICIES}: Graph says the tenant has no Microsoft Entra ID P1 licence for it.`,
    );
  });

  test('a licence code on a source that declares no licence is treated as a missing permission', () => {
    const { control } = blockedControl({ licence: P1 });
    const r = runControl(
      control,
      outcomes({ [SETTINGS]: failed(403, '', 'Authentication_RequestFromNonPremiumTenantOrB2CTenant') }),
      licencesUnknown,
      ctx,
    );
    expect(r.status).toBe('unknown');
    expect(r.unknownReason).toMatchObject({ kind: 'missingPermission', permission: 'Policy.Read.All' });
  });
});

describe('runControl: sources that could not be read are unknown, never a pass', () => {
  test('a 403 names the permission to grant', () => {
    const { control, calls } = blockedControl();
    const r = runControl(
      control,
      outcomes({ [SETTINGS]: failed(403, 'Insufficient privileges', 'Authorization_RequestDenied') }),
      licensed,
      ctx,
    );
    expect(r).toMatchObject({ status: 'unknown', score: 0 });
    expect(r.reason).toContain('Grant the Policy.Read.All permission');
    expect(r.unknownReason).toEqual({ kind: 'missingPermission', permission: 'Policy.Read.All', source: SETTINGS });
    expect(calls).toEqual([]);
  });

  test('a 429 after retries is throttled', () => {
    const { control } = blockedControl();
    const r = runControl(control, outcomes({ [SETTINGS]: failed(429, 'Too many requests') }), licensed, ctx);
    expect(r).toMatchObject({ status: 'unknown', score: 0, unknownReason: { kind: 'throttled', source: SETTINGS } });
    expect(r.reason).toContain('HTTP 429');
  });

  test.each([
    [404, 'Resource not found', `Couldn't read ${SETTINGS}: Graph answered HTTP 404 (Resource not found).`],
    [500, 'Internal error', `Couldn't read ${SETTINGS}: Graph answered HTTP 500 (Internal error).`],
    ['offline', 'fetch failed', `Couldn't reach Microsoft Graph for ${SETTINGS} (offline or blocked).`],
  ] as const)('a %s is a failed request', (status, message, reason) => {
    const { control } = blockedControl();
    const r = runControl(control, outcomes({ [SETTINGS]: failed(status, message) }), licensed, ctx);
    expect(r).toMatchObject({ status: 'unknown', score: 0, reason });
    expect(r.unknownReason).toEqual({ kind: 'requestFailed', source: SETTINGS, status, message });
  });

  test('a malformed body names the field that was wrong', () => {
    const { control, calls } = blockedControl();
    const r = runControl(control, outcomes({ [SETTINGS]: ok({ id: 'settings', blocked: 'yes' }) }), licensed, ctx);
    expect(r).toMatchObject({ status: 'unknown', score: 0 });
    expect(r.reason).toBe(
      `Couldn't decide: ${SETTINGS} returned a missing or malformed 'blocked' (expected boolean, got string).`,
    );
    expect(r.unknownReason).toMatchObject({ kind: 'malformedField', path: 'blocked' });
    expect(calls).toEqual([]);
  });

  test('a malformed collection item names its index', () => {
    const { control } = makeControl({ policies }, (_d, v) => v.pass('Fine.'));
    const r = runControl(
      control,
      outcomes({ [POLICIES]: ok({ value: [{ id: 'p1', state: 'enabled' }, { id: 'p2' }] }) }),
      licensed,
      ctx,
    );
    expect(r.status).toBe('unknown');
    expect(r.reason).toContain("'value[1].state' (missing)");
  });

  test('a source with no outcome at all is unknown', () => {
    const { control, calls } = blockedControl();
    const r = runControl(control, outcomes({}), licensed, ctx);
    expect(r).toMatchObject({ status: 'unknown', score: 0 });
    expect(r.reason).toContain(SETTINGS);
    expect(calls).toEqual([]);
  });

  test('one failed source among several makes the whole control unknown', () => {
    const { control } = makeControl({ settings, policies }, (_d, v) => v.pass('Fine.'));
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good), [POLICIES]: failed(500, 'boom') }), licensed, ctx);
    expect(r).toMatchObject({
      status: 'unknown',
      score: 0,
      unknownReason: { kind: 'requestFailed', source: POLICIES },
    });
  });
});

describe('runControl: optional sources', () => {
  test('a failed optional source reaches the evaluator as undefined', () => {
    const { control, calls } = makeControl({ settings, extra: optional(policies) }, ({ extra }, v) =>
      extra === undefined ? v.partial(0.5, 'Policies unreadable; judged on settings alone.') : v.pass('Fine.'),
    );
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good), [POLICIES]: failed(403, 'denied') }), licensed, ctx);
    expect(calls).toEqual([{ settings: good, extra: undefined }]);
    expect(r).toMatchObject({ status: 'partial', score: 3, reason: 'Policies unreadable; judged on settings alone.' });
  });

  test('the evaluator learns why an optional source is missing: refused, malformed, or not licensed', () => {
    const seen: unknown[] = [];
    const { control } = makeControl({ settings, extra: optional(policies) }, (_d, v, c) => {
      seen.push(c.unread?.extra?.kind);
      return v.pass('Fine.');
    });
    const run = (o: GraphOutcome) =>
      runControl(control, outcomes({ [SETTINGS]: ok(good), [POLICIES]: o }), licensed, ctx);
    run(failed(403, 'denied'));
    run(ok({ nope: true }));
    // PIM says "no licence" with a 400 and this code; the code decides, not the status.
    run(failed(400, 'needs P2', 'AadPremiumLicenseRequired'));
    run(ok({ value: [] }));
    expect(seen).toEqual(['missingPermission', 'malformedField', 'notLicensed', undefined]);
  });

  test('a malformed optional source also reaches the evaluator as undefined', () => {
    const { control, calls } = makeControl({ settings, extra: optional(policies) }, (_d, v) => v.pass('Fine.'));
    runControl(control, outcomes({ [SETTINGS]: ok(good), [POLICIES]: ok({ nope: true }) }), licensed, ctx);
    expect(calls).toEqual([{ settings: good, extra: undefined }]);
  });

  test('an optional source that was read reaches the evaluator parsed, and is listed with its permission', () => {
    const { control, calls } = makeControl({ settings, extra: optional(policies) }, (_d, v) => v.pass('Fine.'));
    const r = runControl(
      control,
      outcomes({ [SETTINGS]: ok(good), [POLICIES]: ok({ value: [{ id: 'p1', state: 'enabled' }] }) }),
      licensed,
      ctx,
    );
    expect(calls).toEqual([{ settings: good, extra: [{ id: 'p1', state: 'enabled' }] }]);
    expect(r.sources).toEqual([SETTINGS, POLICIES]);
    expect(r.permissions).toEqual(['Policy.Read.All', 'Policy.Read.ConditionalAccess']);
  });
});

describe('runControl: a broken evaluator is unknown, never points', () => {
  test('a throwing evaluator is an evaluator error with its message', () => {
    const { control } = makeControl({ settings }, () => {
      throw new TypeError("Cannot read properties of undefined (reading 'length')");
    });
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good) }), licensed, ctx);
    expect(r).toMatchObject({ status: 'unknown', score: 0 });
    expect(r.unknownReason).toEqual({
      kind: 'evaluatorError',
      message: "Cannot read properties of undefined (reading 'length')",
    });
    expect(r.reason).toContain('Posture Lens bug');
  });

  test('a thrown non-error is reported too', () => {
    const { control } = makeControl({ settings }, () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- testing exactly this
      throw 'plain string';
    });
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good) }), licensed, ctx);
    expect(r.unknownReason).toEqual({ kind: 'evaluatorError', message: 'plain string' });
  });

  const inconsistent: Array<[string, Verdict]> = [
    ['a pass with no points', { status: 'pass', score: 0, reason: 'Fine.', evidence: [] }],
    ['a pass with fewer than every point', { status: 'pass', score: 5, reason: 'Fine.', evidence: [] }],
    ['more points than the control is worth', { status: 'pass', score: 7, reason: 'Fine.', evidence: [] }],
    ['negative points', { status: 'fail', score: -1, reason: 'Bad.', evidence: [] }],
    ['a fail with points', { status: 'fail', score: 2, reason: 'Bad.', evidence: [] }],
    ['a partial with every point', { status: 'partial', score: 6, reason: 'Most.', evidence: [] }],
    ['a partial with no points', { status: 'partial', score: 0, reason: 'Some.', evidence: [] }],
    ['NaN points', { status: 'partial', score: Number.NaN, reason: 'Some.', evidence: [] }],
    ['an empty reason', { status: 'pass', score: 6, reason: '  ', evidence: [] }],
    ['a not-applicable verdict with points', { status: 'notApplicable', score: 6, reason: 'None.', evidence: [] }],
  ];

  test('an evaluator may say there is nothing to judge: not applicable, no points, its reason kept', () => {
    const { control } = makeControl({ settings }, (_d, v) => v.notApplicable('No custom domain to check.'));
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good) }), licensed, ctx);
    expect(r).toMatchObject({ status: 'notApplicable', score: 0, reason: 'No custom domain to check.' });
    expect(r.unknownReason).toBeUndefined();
  });
  test.each(inconsistent)('%s is an evaluator error', (_, verdict) => {
    const { control } = makeControl({ settings }, () => verdict);
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good) }), licensed, ctx);
    expect(r).toMatchObject({ status: 'unknown', score: 0, unknownReason: { kind: 'evaluatorError' } });
    expect(r.reason).toContain(`verdict ${verdict.status} with score`);
  });

  test('an evaluator may itself say it cannot decide', () => {
    const { control } = makeControl({ settings }, (_d, v) => v.malformed('settings', 'id', 'empty'));
    const r = runControl(control, outcomes({ [SETTINGS]: ok(good) }), licensed, ctx);
    expect(r).toMatchObject({ status: 'unknown', score: 0, unknownReason: { kind: 'malformedField', path: 'id' } });
  });
});
