import { describe, expect, test } from 'vitest';
import { UsageError } from '../scan-args';
import { isFleetRun, parseFleetArgs } from './fleet-args';
import { fleetEntries } from './fleet-main';

const usageError = (argv: string[]): string => {
  try {
    parseFleetArgs(argv);
    return 'ok';
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
};

describe('fleet command line', () => {
  test.each([
    [['--tenants', 't.json'], true],
    [['--tenants=t.json'], true],
    [['--tenant', 'a.com'], true],
    [['--demo'], false],
    [['--graph-url', 'http://x', '--token', '--tenants'], true],
    [['--tenantsx'], false],
  ])('%j is a fleet run: %s', (argv, fleet) => {
    expect(isFleetRun(argv)).toBe(fleet);
  });

  test('defaults: 3 at once, global Graph, batched', () => {
    expect(parseFleetArgs(['--tenants', 't.json', '--out-dir', 'out'])).toMatchObject({
      tenantsFile: 't.json',
      tenants: [],
      concurrency: 3,
      outDir: 'out',
      graph: { graphRoot: 'https://graph.microsoft.com', cloud: 'global' },
      batch: true,
      failUnder: undefined,
      tokenCommand: undefined,
    });
  });

  test('every option', () => {
    const args = parseFleetArgs([
      '--tenant',
      'a.com',
      '--tenant',
      'b.com',
      '--out-dir',
      'o',
      '--concurrency',
      '10',
      '--graph-url',
      'http://127.0.0.1:4567/',
      '--doh-url',
      'http://127.0.0.1:4567/dns-query',
      '--fail-under',
      '60',
      '--no-batch',
      '--token-command',
      '["az","account","get-access-token","--tenant","{tenant}"]',
    ]);
    expect(args).toMatchObject({
      tenants: ['a.com', 'b.com'],
      concurrency: 10,
      graph: { graphRoot: 'http://127.0.0.1:4567', cloud: 'custom' },
      dohUrl: 'http://127.0.0.1:4567/dns-query',
      failUnder: 60,
      batch: false,
      tokenCommand: ['az', 'account', 'get-access-token', '--tenant', '{tenant}'],
    });
  });

  test.each([
    [['--tenants', 't.json'], /^--out-dir DIR is needed/],
    [
      ['--tenants', 't.json', '--out-dir', 'o', '--concurrency', '0'],
      /^--concurrency must be a whole number from 1 to 32\.$/,
    ],
    [['--tenants', 't.json', '--out-dir', 'o', '--concurrency', '2.5'], /^--concurrency must be a whole number/],
    [
      ['--tenants', 't.json', '--out-dir', 'o', '--fail-under', '101'],
      /^--fail-under must be a number from 0 to 100\.$/,
    ],
    [
      ['--tenants', 't.json', '--out-dir', 'o', '--graph-url', 'http://x', '--cloud', 'china'],
      /^Choose one of --graph-url and --cloud\.$/,
    ],
    [['--tenants', 't.json', '--out-dir', 'o', '--cloud', 'mars'], /^--cloud must be one of/],
    [
      ['--tenants', 't.json', '--out-dir', 'o', '--token-command', 'az account get-access-token'],
      /^--token-command must be a JSON array/,
    ],
    [
      ['--tenants', 't.json', '--out-dir', 'o', '--token', 'T'],
      /^--token can't be used with --tenants or --tenant: each tenant has its own token/,
    ],
    [
      ['--tenants', 't.json', '--out-dir', 'o', '--format', 'json'],
      /^--format can't be used .*every format is written for each tenant/,
    ],
    [['--tenants', 't.json', '--out-dir', 'o', '--baseline=b.json'], /^--baseline can't be used/],
    [['--tenants', 't.json', '--out-dir', 'o', '--exo-token', 'T'], /^--exo-token can't be used .*Graph and DNS only/],
    [['--tenants', 't.json', '--out-dir', 'o', '--bogus'], /Unknown option '--bogus'/],
  ])('%j: %s', (argv, message) => {
    expect(usageError(argv)).toMatch(message);
  });

  test('--tenant values are checked, need --token-command, and never repeat', () => {
    const cmd = ['tok'];
    expect(fleetEntries({ tenantsFile: undefined, tenants: ['Contoso.COM'], tokenCommand: cmd })).toEqual([
      { name: 'contoso.com', tenant: 'contoso.com', from: '--tenant contoso.com' },
    ]);
    expect(() => fleetEntries({ tenantsFile: undefined, tenants: ['a.com'], tokenCommand: undefined })).toThrow(
      /^--tenant needs --token-command/,
    );
    expect(() => fleetEntries({ tenantsFile: undefined, tenants: ['-rf'], tokenCommand: cmd })).toThrow(
      /^--tenant must be a tenant id/,
    );
    expect(() => fleetEntries({ tenantsFile: undefined, tenants: ['a.com', 'A.com'], tokenCommand: cmd })).toThrow(
      'is already given at --tenant a.com',
    );
    expect(() => fleetEntries({ tenantsFile: '/nonexistent/t.json', tenants: [], tokenCommand: cmd })).toThrow(
      '--tenants /nonexistent/t.json: cannot read it (ENOENT).',
    );
  });
});
