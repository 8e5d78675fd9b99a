import { describe, expect, test } from 'vitest';
import { parseScanArgs } from './scan-args';
import { cliServiceReader, servicesTenant } from './service-reader';

const jwt = (claims: object) =>
  ['{"alg":"none"}', JSON.stringify(claims)].map((p) => Buffer.from(p).toString('base64url')).join('.') + '.sig';
const TID = '11111111-2222-3333-4444-555555555555';
const never: typeof fetch = () => Promise.reject(new Error('no call expected'));

describe('the CLI’s admin services', () => {
  test('off, each names the flag that turns it on', () => {
    const reader = cliServiceReader(parseScanArgs(['--token', jwt({ tid: TID })], {}), never);
    expect(reader.access('exchange')).toEqual({
      on: false,
      why: 'Exchange Online was not read: no --exo-token given.',
    });
    expect(reader.access('compliance')).toEqual({
      on: false,
      why: 'Security & Compliance was not read: no --compliance-token (or --exo-token) given.',
    });
    expect(reader.access('teams')).toEqual({ on: false, why: 'Microsoft Teams was not read: no --teams-token given.' });
  });

  test('the tenant is the tid of --token, else of a service token, and says which', () => {
    const other = '99999999-2222-3333-4444-555555555555';
    const both = parseScanArgs(['--token', jwt({ tid: TID }), '--exo-token', jwt({ tid: other })], {});
    expect(servicesTenant(both)).toEqual({ id: TID, from: '--token' });
    const serviceOnly = parseScanArgs(['--token', 'opaque', '--teams-token', jwt({ tid: other })], {});
    expect(servicesTenant(serviceOnly)).toEqual({ id: other, from: 'the Microsoft Teams token' });
    expect(cliServiceReader(serviceOnly, never).access('teams')).toEqual({ on: true });
  });

  test('a token given but no tenant id anywhere: the service is off, saying so', () => {
    const reader = cliServiceReader(parseScanArgs(['--token', 'opaque', '--exo-token', 'opaque'], {}), never);
    expect(reader.access('exchange')).toEqual({
      on: false,
      why: "Exchange Online was not read: the tenant id could not be read from the tid claim of --token or of the service's token.",
    });
  });

  test("SharePoint's admin root is --spo-url, else the aud of --spo-token; neither: off, naming both", async () => {
    const aud = (a: string) => jwt({ tid: TID, aud: a });
    const fromAud = parseScanArgs(
      ['--token', jwt({ tid: TID }), '--spo-token', aud('https://contoso-admin.sharepoint.com')],
      {},
    );
    const seen: string[] = [];
    const record: typeof fetch = (input) => {
      seen.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return Promise.resolve(new Response(JSON.stringify({ d: { DisallowInfectedFileDownload: true } })));
    };
    const reader = cliServiceReader(fromAud, record);
    expect(reader.access('sharepoint')).toEqual({ on: true });
    const out = await reader.read([
      { key: 'k', service: 'sharepoint', request: { kind: 'sharepointTenant' }, collection: false },
    ]);
    expect(out.get('k')).toMatchObject({ ok: true, body: { DisallowInfectedFileDownload: true } });
    expect(seen).toEqual(['https://contoso-admin.sharepoint.com/_api/SPO.Tenant']);

    const given = parseScanArgs(
      ['--token', jwt({ tid: TID }), '--spo-token', 'opaque', '--spo-url', 'http://127.0.0.1:9'],
      {},
    );
    expect(cliServiceReader(given, never).access('sharepoint')).toEqual({ on: true });

    for (const audience of [
      '00000003-0000-0ff1-ce00-000000000000',
      'https://contoso.sharepoint.com',
      'https://evil.example',
    ]) {
      const args = parseScanArgs(['--token', jwt({ tid: TID }), '--spo-token', aud(audience)], {});
      const off = cliServiceReader(args, never).access('sharepoint');
      expect(off, audience).toMatchObject({
        on: false,
        why: expect.stringMatching(
          /--spo-url.*--spo-token.*az account get-access-token --resource https:\/\/\{tenant\}-admin\.sharepoint\.com/,
        ),
      });
    }
    expect(cliServiceReader(parseScanArgs(['--token', jwt({ tid: TID })], {}), never).access('sharepoint')).toEqual({
      on: false,
      why: 'SharePoint Online was not read: no --spo-token given.',
    });
  });
});
