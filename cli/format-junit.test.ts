import { describe, expect, test } from 'vitest';
import type { ControlResult } from '../lib/engine/verdict/result';
import { controlResult, scanWith as scanOf } from '../test/fixtures/scan-result';
import type { Baseline } from './baseline';
import { changesSince } from './changes';
import { toJunit } from './format-junit';

const control = (over: Partial<ControlResult> & Pick<ControlResult, 'id' | 'status'>): ControlResult =>
  controlResult(over);
const scanWith = (controls: ControlResult[], tenant?: { id: string; displayName: string; cloud: string }) =>
  scanOf(controls, tenant ? { tenant } : {});

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const NAME = '[A-Za-z_][\\w.-]*';
const ATTR_VALUE = '"(?:[^"<&]|&(?:amp|lt|gt|quot|apos);)*"';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}=${ATTR_VALUE})*)\\s*(/?)>$`);
// Anything outside XML 1.0's Char production (§2.2): C0 controls but tab/LF/CR, surrogates, U+FFFE, U+FFFF.
// https://www.w3.org/TR/xml/#charsets
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * A strict little XML reader for the subset JUnit reports use: it throws on an unbalanced tag, an
 * unquoted or unescaped attribute, a bare `&` or `<`, or a control character XML 1.0 can't carry.
 */
function parseXml(doc: string): XmlElement {
  const body = doc.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  if (body === doc) throw new Error('missing XML declaration');
  if (ILLEGAL.test(body)) throw new Error('illegal control character');
  const root: XmlElement = { name: '#document', attrs: {}, text: '', children: [] };
  const stack = [root];
  for (const token of body.match(/<[^>]*>|[^<]+/g) ?? []) {
    const top = stack[stack.length - 1]!;
    if (!token.startsWith('<')) {
      if (/&(?!(?:amp|lt|gt|quot|apos);)/.test(token)) throw new Error(`bare & in text: ${token}`);
      top.text += decode(token);
      continue;
    }
    const m = TAG.exec(token);
    if (!m) throw new Error(`malformed tag: ${token}`);
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, k, v] of attrText!.matchAll(new RegExp(`(${NAME})="([^"]*)"`, 'g'))) {
      if (k! in attrs) throw new Error(`duplicate attribute ${k}`);
      attrs[k!] = decode(v!);
    }
    const el: XmlElement = { name: name!, attrs, text: '', children: [] };
    top.children.push(el);
    if (!selfClosing) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (root.children.length !== 1 || root.text.trim() !== '') throw new Error('expected exactly one root element');
  return root.children[0]!;
}

const casesOf = (doc: string): XmlElement[] => parseXml(doc).children[0]!.children;

describe('the XML checker these tests use', () => {
  test.each([
    ['an unescaped < in an attribute', '<a b="<"/>'],
    ['a bare &', '<a>fish & chips</a>'],
    ['an unclosed element', '<a><b></a>'],
    ['an unquoted attribute', '<a b=1/>'],
    ['two roots', '<a/><b/>'],
  ])('refuses %s', (_, body) => {
    expect(() => parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`)).toThrow();
  });
});

describe('toJunit', () => {
  const scan = scanWith([
    control({ id: 'passes', status: 'pass', score: 10 }),
    control({ id: 'fails', status: 'fail' }),
    control({ id: 'partly', status: 'partial', score: 4, category: 'data' }),
    control({ id: 'unreadable', status: 'unknown' }),
    control({ id: 'unlicensed', status: 'notLicensed', licence: 'Microsoft Entra ID P2' }),
    control({ id: 'by-hand', status: 'manual' }),
  ]);
  const doc = toJunit(scan);

  test('is well-formed XML with one test suite for the tenant', () => {
    const root = parseXml(doc);
    expect(root.name).toBe('testsuites');
    expect(root.children.map((s) => [s.name, s.attrs.name, s.attrs.timestamp])).toEqual([
      ['testsuite', 'Contoso (tenant-1)', '2026-03-01T10:00:00.000Z'],
    ]);
  });

  test('counts tests, failures, errors and skipped on both levels', () => {
    const root = parseXml(doc);
    const counts = { tests: '6', failures: '2', errors: '1', skipped: '2' };
    expect(root.attrs).toMatchObject(counts);
    expect(root.children[0]!.attrs).toMatchObject(counts);
  });

  test('each control is a test case named by id and title, classed by category', () => {
    expect(casesOf(doc).map((c) => [c.attrs.classname, c.attrs.name])).toEqual([
      ['posture-lens.identity', 'passes: Control passes'],
      ['posture-lens.identity', 'fails: Control fails'],
      ['posture-lens.data', 'partly: Control partly'],
      ['posture-lens.identity', 'unreadable: Control unreadable'],
      ['posture-lens.identity', 'unlicensed: Control unlicensed'],
      ['posture-lens.identity', 'by-hand: Control by-hand'],
    ]);
  });

  test('a pass has no child; fail and partial are failures; unknown is an error; the rest are skipped', () => {
    expect(casesOf(doc).map((c) => c.children.map((x) => [x.name, x.attrs.type ?? null]))).toEqual([
      [],
      [['failure', 'fail']],
      [['failure', 'partial']],
      [['error', 'unknown']],
      [['skipped', null]],
      [['skipped', null]],
    ]);
  });

  test('a not-applicable control is skipped with "Not applicable — <reason>" and counted as skipped', () => {
    const na = toJunit(
      scanWith([control({ id: 'mail', status: 'notApplicable', reason: 'The tenant has no custom mail domain.' })]),
    );
    const [c] = casesOf(na);
    expect(c!.children.map((x) => [x.name, x.attrs.message])).toEqual([
      ['skipped', 'Not applicable — The tenant has no custom mail domain.'],
    ]);
    expect(parseXml(na).attrs).toMatchObject({ tests: '1', failures: '0', errors: '0', skipped: '1' });
  });

  test('a failure carries the reason as its message and the score and fix link in its text', () => {
    const failure = casesOf(doc)[2]!.children[0]!;
    expect(failure.attrs.message).toBe('Reason for partly.');
    expect(failure.text).toBe('Reason for partly.\nScore 4/10. Fix: https://entra.microsoft.com/#partly');
  });

  test('a skipped control says why it is out of the score, then its reason', () => {
    expect(casesOf(doc)[4]!.children[0]!.attrs.message).toBe('Needs Microsoft Entra ID P2 — Reason for unlicensed.');
    const byHand = casesOf(
      toJunit(scanWith([control({ id: 'lockbox', status: 'manual', reason: 'Graph can’t read it.' })])),
    );
    expect(byHand[0]!.children[0]!.attrs.message).toBe('Check by hand — Graph can’t read it.');
    // A reason that already says it isn't said twice.
    const said = control({
      id: 'p2',
      status: 'notLicensed',
      licence: 'Microsoft Entra ID P2',
      reason: 'Needs Microsoft Entra ID P2, which this tenant doesn’t have.',
    });
    expect(casesOf(toJunit(scanWith([said])))[0]!.children[0]!.attrs.message).toBe(
      'Needs Microsoft Entra ID P2, which this tenant doesn’t have.',
    );
  });

  test('escapes markup and quotes from Graph strings, and reads back to the same text', () => {
    const reason = `Policy "<script>alert('x')</script>" & co. is off.`;
    const hostile = toJunit(
      scanWith([control({ id: 'ca', status: 'fail', title: 'Block "legacy" <auth>', reason })], {
        id: 'tenant-1',
        displayName: `Evil" injected="1"><x>`,
        cloud: 'global',
      }),
    );
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<x>');
    const root = parseXml(hostile);
    expect(root.children[0]!.attrs.name).toBe(`Evil" injected="1"><x> (tenant-1)`);
    expect(root.children[0]!.attrs).not.toHaveProperty('injected');
    const [testcase] = casesOf(hostile);
    expect(testcase!.attrs.name).toBe('ca: Block "legacy" <auth>');
    expect(testcase!.children[0]!.attrs.message).toBe(reason);
    expect(testcase!.children[0]!.text).toContain(reason);
  });

  test('drops control characters XML cannot carry', () => {
    const out = toJunit(
      scanWith([control({ id: 'c', status: 'fail', reason: 'Bell\u0007 and escape\u001b[31m red.' })]),
    );
    const message = casesOf(out)[0]!.children[0]!.attrs.message;
    expect(message).toBe('Bell and escape[31m red.');
  });

  test('drops what XML 1.0 forbids from every string it writes: U+FFFE, U+FFFF, lone surrogates, C0 controls', () => {
    const hostile = 'A\uFFFEB\uFFFFC\uD800D\uDC00E\u0001F';
    const out = toJunit(
      scanWith(
        [control({ id: 'c', status: 'unknown', title: `T${hostile}`, category: 'identity', reason: `R${hostile}.` })],
        { id: `t${hostile}`, displayName: `Contoso${hostile}`, cloud: 'global' },
      ),
    );
    const root = parseXml(out); // throws on any character outside XML 1.0's Char production
    expect(root.children[0]!.attrs.name).toBe('ContosoABCDEF (tABCDEF)');
    const [testcase] = casesOf(out);
    expect(testcase!.attrs.name).toBe('c: TABCDEF');
    expect(testcase!.children[0]!.attrs.message).toBe('RABCDEF.');
  });

  test('keeps characters outside the BMP (a valid surrogate pair) and tab, LF, CR in text', () => {
    const out = toJunit(scanWith([control({ id: 'c', status: 'fail', reason: 'Group 🔐 admins\tok.' })]));
    expect(casesOf(out)[0]!.children[0]!.attrs.message).toBe('Group 🔐 admins\tok.');
  });

  test('an empty scan is still a valid report', () => {
    const root = parseXml(toJunit(scanWith([])));
    expect(root.attrs).toMatchObject({ tests: '0', failures: '0', errors: '0', skipped: '0' });
    expect(root.children[0]!.children).toEqual([]);
  });
});

describe('borrowed verdicts in JUnit', () => {
  const microsoft = (measuredAt: string, stale: boolean): ControlResult['microsoft'] => ({
    profileId: 'mdo_autoforwardingmode',
    title: "Microsoft's rule",
    status: 'pass',
    score: 8,
    maxScore: 8,
    measuredAt,
    ageDays: stale ? 9 : 1,
    stale,
  });
  const doc = toJunit(
    scanWith([
      control({
        id: 'stale-pass',
        status: 'pass',
        score: 10,
        source: 'microsoft',
        microsoft: microsoft('2026-02-20T06:00:00Z', true),
      }),
      control({
        id: 'fresh-fail',
        status: 'fail',
        source: 'microsoft',
        microsoft: { ...microsoft('2026-02-28T06:00:00Z', false)!, status: 'fail', score: 0 },
      }),
      control({ id: 'ours', status: 'pass', score: 10 }),
    ]),
  );

  test('a stale borrowed pass says whose verdict it is and that it is stale, in its system-out', () => {
    const [stale] = casesOf(doc);
    expect(stale!.children.map((x) => x.name)).toEqual(['system-out']);
    expect(stale!.children[0]!.text).toBe(
      'Verdict by Microsoft Secure Score, measured 2026-02-20T06:00:00Z (STALE — stale: measured 9 days before this scan (more than 7)).',
    );
  });

  test('a fresh borrowed failure names Microsoft without a stale mark; our own verdicts carry neither', () => {
    const [, fresh, ours] = casesOf(doc);
    expect(fresh!.children[0]!.text).toContain('\nVerdict by Microsoft Secure Score, measured 2026-02-28T06:00:00Z.');
    expect(fresh!.children[0]!.text).not.toContain('STALE');
    expect(ours!.children).toEqual([]);
  });
});

describe('toJunit with --baseline', () => {
  const scan = scanOf(
    [
      control({ id: 'mfa', status: 'fail' }),
      control({ id: 'consent', status: 'pass', score: 10 }),
      control({ id: 'same', status: 'fail' }),
    ],
    {
      audit: {
        status: 'read',
        from: '2026-02-28T10:00:00.000Z',
        to: '2026-03-01T10:00:00.000Z',
        events: [
          {
            id: 'e1',
            activity: 'Update conditional access policy',
            at: '2026-03-01T08:12:00Z',
            actor: { kind: 'user', upn: 'alex@contoso.com' },
            targets: [],
            changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
            controls: ['mfa'],
          },
        ],
      },
    },
  );
  const baseline: Baseline = {
    scannedAt: '2026-02-28T10:00:00.000Z',
    tenantId: 'tenant-1',
    percent: 100,
    achieved: 20,
    controls: [
      { id: 'mfa', title: 'Control mfa', status: 'pass', score: 10 },
      { id: 'consent', title: 'Control consent', status: 'fail', score: 0 },
      { id: 'same', title: 'Control same', status: 'fail', score: 0 },
    ],
  };
  const cases = casesOf(toJunit(scan, changesSince(baseline, scan)));
  const out = (id: string) =>
    cases.find((c) => c.attrs.name?.startsWith(`${id}:`))!.children.find((x) => x.name === 'system-out')?.text;

  test('a regressed control keeps its name and outcome and says what changed, and who, in its system-out', () => {
    expect(cases.map((c) => [c.attrs.name, c.children.map((x) => x.name)])).toEqual([
      ['mfa: Control mfa', ['failure', 'system-out']],
      ['consent: Control consent', ['system-out']],
      ['same: Control same', ['failure']],
    ]);
    expect(out('mfa')).toBe(
      'Regressed since 28 Feb 2026, 10:00 UTC: PASS → FAIL (−10 points); by alex@contoso.com, 1 Mar 2026, 08:12 UTC: Update conditional access policy; State: On → Report-only.',
    );
    expect(out('consent')).toBe(
      'Improved since 28 Feb 2026, 10:00 UTC: FAIL → PASS (+10 points); no audit event names it.',
    );
  });

  test('without a baseline the report is as before', () => {
    expect(toJunit(scan)).not.toContain('system-out');
  });
});
