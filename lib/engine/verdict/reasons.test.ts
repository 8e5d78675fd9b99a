import { describe, expect, test } from 'vitest';
import { describeReason, type UnknownReason } from './reasons';

const source = 'GET /v1.0/identity/conditionalAccess/policies';

describe('describeReason', () => {
  test('a missing permission names the source, the HTTP status and the permission to grant', () => {
    const s = describeReason({ kind: 'missingPermission', permission: 'Policy.Read.All', source });
    expect(s).toBe(
      `Couldn't read ${source}: Graph refused it (HTTP 403). Grant the Policy.Read.All permission, and sign in with a role that may read it (Global Reader does).`,
    );
  });

  test('a missing licence names the licence', () => {
    expect(describeReason({ kind: 'notLicensed', feature: 'Microsoft Entra ID P1', source })).toBe(
      `Couldn't read ${source}: Graph says the tenant has no Microsoft Entra ID P1 licence for it.`,
    );
  });

  test('a malformed field names the field, the source and the problem', () => {
    expect(describeReason({ kind: 'malformedField', source: 'domains', path: 'value[2].id', problem: 'missing' })).toBe(
      "Couldn't decide: domains returned a missing or malformed 'value[2].id' (missing).",
    );
  });

  test('a failed request names the HTTP status and Graph’s message', () => {
    expect(describeReason({ kind: 'requestFailed', source, status: 500, message: 'Internal Server Error' })).toBe(
      `Couldn't read ${source}: Graph answered HTTP 500 (Internal Server Error).`,
    );
  });

  test('a failed request without a message still reads as one sentence', () => {
    expect(describeReason({ kind: 'requestFailed', source, status: 404, message: '' })).toBe(
      `Couldn't read ${source}: Graph answered HTTP 404.`,
    );
  });

  test('being offline is worded as not reaching Graph, with no HTTP status', () => {
    const s = describeReason({ kind: 'requestFailed', source, status: 'offline', message: 'fetch failed' });
    expect(s).toBe(`Couldn't reach Microsoft Graph for ${source} (offline or blocked).`);
    expect(s).not.toMatch(/HTTP/);
  });

  test('throttling says HTTP 429 and suggests rescanning later', () => {
    const s = describeReason({ kind: 'throttled', source });
    expect(s).toContain('HTTP 429');
    expect(s).toContain(source);
    expect(s).toMatch(/Rescan later\.$/);
  });

  test('not evaluated passes its own sentence through', () => {
    expect(describeReason({ kind: 'notEvaluated', why: 'Scan was cancelled.' })).toBe('Scan was cancelled.');
  });

  test('an evaluator error is owned as a Posture Lens bug, with its message', () => {
    const s = describeReason({ kind: 'evaluatorError', message: "Cannot read properties of undefined (reading 'x')" });
    expect(s).toContain("(Cannot read properties of undefined (reading 'x'))");
    expect(s).toContain('Posture Lens bug');
  });

  test('a failed DNS lookup names the name, the record type, the resolver and what went wrong', () => {
    const s = describeReason({
      kind: 'dnsFailed',
      name: '_dmarc.contoso.com',
      type: 'TXT',
      resolver: 'https://cloudflare-dns.com/dns-query',
      problem: 'it answered SERVFAIL',
    });
    expect(s).toBe(
      "Couldn't look up TXT _dmarc.contoso.com through the DNS resolver https://cloudflare-dns.com/dns-query: it answered SERVFAIL.",
    );
  });

  test('no DNS resolver says DNS checks need one and where to set it', () => {
    const s = describeReason({ kind: 'noDnsResolver', source: 'DNS TXT {domain}' });
    expect(s).toContain('DNS TXT {domain}');
    expect(s).toContain('DNS-over-HTTPS resolver');
    // Both places a resolver is set: the extension's settings and the CLI's flag.
    expect(s).toContain('Settings › DNS checks');
    expect(s).toContain('--doh-url');
  });

  const every: UnknownReason[] = [
    { kind: 'missingPermission', permission: 'Policy.Read.All', source },
    { kind: 'notLicensed', feature: 'Microsoft Entra ID P2', source },
    { kind: 'malformedField', source, path: 'value', problem: 'missing' },
    { kind: 'requestFailed', source, status: 503, message: 'Service Unavailable' },
    { kind: 'requestFailed', source, status: 'offline', message: '' },
    { kind: 'throttled', source },
    { kind: 'evaluatorError', message: 'boom' },
    {
      kind: 'dnsFailed',
      name: 'contoso.com',
      type: 'TXT',
      resolver: 'https://dns.example/dns-query',
      problem: 'HTTP 502',
    },
    { kind: 'noDnsResolver', source: 'DNS TXT {domain}' },
  ];
  test.each(every.map((r) => [r.kind, r] as const))('%s is one sentence ending with a period', (_, r) => {
    const s = describeReason(r);
    expect(s).toMatch(/^[A-Z].*\.$/s);
    expect(s).not.toContain('\n');
  });
});
