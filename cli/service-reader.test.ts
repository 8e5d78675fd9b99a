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
});
