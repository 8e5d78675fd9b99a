import { describe, expect, test } from 'vitest';
import { parseScanArgs, UsageError, usage } from './scan-args';

const noEnv = {};
const token = ['--token', 'eyJ0eXAi'];

/** The UsageError a bad command line raises, so its sentence can be checked. */
function usageErrorOf(argv: string[], env: Record<string, string | undefined> = noEnv): UsageError {
  try {
    parseScanArgs(argv, env);
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error(`expected a UsageError for ${argv.join(' ')}`);
}

describe('parseScanArgs: what to scan', () => {
  test('with no flags, scans the global cloud as a table, batched, with the token from the environment', () => {
    expect(parseScanArgs([], { POSTURE_LENS_TOKEN: 'env-token' })).toEqual({
      target: { kind: 'graph', graphRoot: 'https://graph.microsoft.com', cloud: 'global' },
      token: 'env-token',
      format: 'table',
      out: undefined,
      failUnder: undefined,
      batch: true,
      dohUrl: 'https://cloudflare-dns.com/dns-query',
      declarations: undefined,
      top: 10,
      all: false,
      baseline: undefined,
      failOnRegression: false,
      services: { tokens: {}, roots: {} },
    });
  });

  test('--top, --all and --baseline shape the table', () => {
    expect(parseScanArgs(['--demo', '--top', '3', '--all', '--baseline', 'last.json'], noEnv)).toMatchObject({
      top: 3,
      all: true,
      baseline: 'last.json',
    });
  });

  test('--fail-on-regression gates on --baseline, and without one says what it needs', () => {
    expect(parseScanArgs(['--demo', '--baseline', 'last.json', '--fail-on-regression'], noEnv)).toMatchObject({
      baseline: 'last.json',
      failOnRegression: true,
    });
    expect(usageErrorOf(['--demo', '--fail-on-regression']).message).toBe(
      '--fail-on-regression needs --baseline FILE, the report to compare with.',
    );
  });

  test('--demo needs no token', () => {
    expect(parseScanArgs(['--demo'], noEnv)).toMatchObject({ target: { kind: 'demo' }, token: undefined });
  });

  test('--graph-url scans that root, without its trailing slashes', () => {
    expect(parseScanArgs(['--graph-url', 'http://127.0.0.1:4567//', ...token], noEnv).target).toEqual({
      kind: 'graph',
      graphRoot: 'http://127.0.0.1:4567',
      cloud: 'custom',
    });
  });

  test.each([
    ['usgov', 'https://graph.microsoft.us'],
    ['usgovdod', 'https://dod-graph.microsoft.us'],
    ['china', 'https://microsoftgraph.chinacloudapi.cn'],
    ['global', 'https://graph.microsoft.com'],
  ])('--cloud %s scans %s', (cloud, graphRoot) => {
    expect(parseScanArgs(['--cloud', cloud, ...token], noEnv).target).toEqual({ kind: 'graph', graphRoot, cloud });
  });
});

describe('parseScanArgs: options', () => {
  test('--token wins over POSTURE_LENS_TOKEN', () => {
    expect(parseScanArgs(['--token', 'flag-token'], { POSTURE_LENS_TOKEN: 'env-token' }).token).toBe('flag-token');
  });

  test.each(['table', 'json', 'csv', 'junit'])('--format %s is accepted', (format) => {
    expect(parseScanArgs(['--demo', '--format', format], noEnv).format).toBe(format);
  });

  test('--out, --fail-under and --no-batch are read', () => {
    expect(parseScanArgs(['--demo', '--out', 'report.xml', '--fail-under', '72.5', '--no-batch'], noEnv)).toMatchObject(
      {
        out: 'report.xml',
        failUnder: 72.5,
        batch: false,
      },
    );
  });

  test('--doh-url picks the DNS-over-HTTPS resolver, e.g. the simulator or Google', () => {
    expect(parseScanArgs(['--doh-url', 'http://127.0.0.1:4567/dns-query', ...token], noEnv).dohUrl).toBe(
      'http://127.0.0.1:4567/dns-query',
    );
    expect(parseScanArgs(['--doh-url', 'https://dns.google/resolve', ...token], noEnv).dohUrl).toBe(
      'https://dns.google/resolve',
    );
  });

  test('--declarations names the file of emergency-access accounts, exemptions and privileged roles', () => {
    expect(parseScanArgs(['--demo', '--declarations', 'declarations.json'], noEnv).declarations).toBe(
      'declarations.json',
    );
  });

  test.each(['0', '100'])('--fail-under %s is within range', (n) => {
    expect(parseScanArgs(['--demo', '--fail-under', n], noEnv).failUnder).toBe(Number(n));
  });
});

describe('parseScanArgs: usage errors say what is wrong', () => {
  test('two targets at once', () => {
    expect(usageErrorOf(['--demo', '--cloud', 'usgov']).message).toBe(
      'Choose one of --demo, --graph-url and --cloud, not demo and cloud.',
    );
    expect(usageErrorOf(['--graph-url', 'http://localhost', '--cloud', 'china', ...token]).message).toContain(
      'not graph-url and cloud',
    );
  });

  test('an unknown format', () => {
    expect(usageErrorOf(['--demo', '--format', 'xml']).message).toBe(
      '--format must be one of table, json, csv, junit.',
    );
  });

  test.each(['0', '-2', '2.5', 'ten', ''])('--top %j', (n) => {
    expect(usageErrorOf(['--demo', `--top=${n}`]).message).toBe('--top must be a whole number from 1.');
  });

  test.each(['abc', '-1', '101', 'Infinity', '50%', '', ' ', '0x32'])('--fail-under %j', (n) => {
    expect(usageErrorOf(['--demo', `--fail-under=${n}`]).message).toBe('--fail-under must be a number from 0 to 100.');
  });

  test.each(['not a url', 'ftp://graph.example', 'file:///etc/passwd'])('--graph-url %s', (url) => {
    expect(usageErrorOf(['--graph-url', url, ...token]).message).toBe(
      `--graph-url must be an http(s) URL, not '${url}'.`,
    );
  });

  test.each(['cloudflare', 'ftp://dns.example/dns-query', 'javascript:alert(1)'])('--doh-url %s', (url) => {
    expect(usageErrorOf(['--doh-url', url, ...token]).message).toBe(`--doh-url must be an http(s) URL, not '${url}'.`);
  });

  test('an unknown cloud', () => {
    expect(usageErrorOf(['--cloud', 'mars', ...token]).message).toBe(
      '--cloud must be one of global, usgov, usgovdod, china.',
    );
  });

  test.each([
    ['the default cloud', []],
    ['--cloud', ['--cloud', 'usgov']],
    ['--graph-url', ['--graph-url', 'http://127.0.0.1:4567']],
  ])('no token for %s', (_, argv) => {
    expect(usageErrorOf(argv).message).toBe('A token is needed: pass --token or set POSTURE_LENS_TOKEN (see --help).');
  });

  test('an empty POSTURE_LENS_TOKEN is no token', () => {
    expect(usageErrorOf([], { POSTURE_LENS_TOKEN: '' }).message).toContain('A token is needed');
  });

  test('an unknown flag is named', () => {
    expect(usageErrorOf(['--demo', '--tenant', 'contoso']).message).toContain("'--tenant'");
  });

  test('a flag missing its value', () => {
    expect(usageErrorOf(['--demo', '--format'])).toBeInstanceOf(UsageError);
  });

  test('--help asks for the usage text with no error sentence', () => {
    expect(usageErrorOf(['--help']).message).toBe('');
    expect(usageErrorOf(['-h']).message).toBe('');
  });
});

describe('usage', () => {
  test('documents every flag and the exit codes', () => {
    for (const flag of [
      '--demo',
      '--graph-url',
      '--cloud',
      '--token',
      '--format',
      '--out',
      '--fail-under',
      '--no-batch',
      '--doh-url',
      '--declarations',
      '--top',
      '--all',
      '--baseline',
      '--fail-on-regression',
      '--exo-token',
      '--compliance-token',
      '--teams-token',
      '--exo-url',
      '--compliance-url',
      '--teams-url',
      '--spo-token',
      '--spo-url',
      'POSTURE_LENS_SPO_TOKEN',
      'https://contoso-admin.sharepoint.com',
      'POSTURE_LENS_EXO_TOKEN',
      'POSTURE_LENS_COMPLIANCE_TOKEN',
      'POSTURE_LENS_TEAMS_TOKEN',
      'https://outlook.office365.com',
      '48ac35b8-9aa8-4d74-927d-1f4a14a0b239',
      'NO_COLOR',
    ]) {
      expect(usage).toContain(flag);
    }
    expect(usage).toContain('POSTURE_LENS_TOKEN');
    expect(usage).toContain('https://cloudflare-dns.com/dns-query');
    expect(usage.replace(/\s+/g, ' ')).toMatch(
      /Exit codes: 0 .* 1 .* 2 .* 3 .* 4 a control regressed since --baseline/,
    );
    // The help fits the 80-column terminal it is read in.
    expect(Math.max(...usage.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});

describe('parseScanArgs: the admin services', () => {
  test('a service is on when its token is given, by flag or environment; compliance defaults to Exchange’s', () => {
    expect(parseScanArgs([...token, '--exo-token', 'exo'], { POSTURE_LENS_TEAMS_TOKEN: 'teams' }).services).toEqual({
      tokens: { exchange: 'exo', compliance: 'exo', teams: 'teams' },
      roots: {},
    });
    expect(parseScanArgs([...token, '--exo-token', 'exo', '--compliance-token', 'scc'], noEnv).services.tokens).toEqual(
      { exchange: 'exo', compliance: 'scc' },
    );
    expect(parseScanArgs(token, { POSTURE_LENS_COMPLIANCE_TOKEN: 'scc' }).services.tokens).toEqual({
      compliance: 'scc',
    });
  });

  test('--exo-url, --compliance-url and --teams-url replace the roots, without trailing slashes', () => {
    const args = parseScanArgs(
      [
        ...token,
        '--exo-token',
        'e',
        '--teams-token',
        't',
        '--exo-url',
        'http://127.0.0.1:1/',
        '--compliance-url',
        'http://127.0.0.1:2',
        '--teams-url',
        'https://teams.test//',
      ],
      noEnv,
    );
    expect(args.services.roots).toEqual({
      exchange: 'http://127.0.0.1:1',
      compliance: 'http://127.0.0.1:2',
      teams: 'https://teams.test',
    });
  });

  test.each([
    [['--exo-url', 'ftp://x'], "--exo-url must be an http(s) URL, not 'ftp://x'."],
    [['--teams-url', 'http://127.0.0.1:1'], '--teams-url needs --teams-token.'],
    [['--spo-url', 'http://127.0.0.1:1'], '--spo-url needs --spo-token.'],
    [['--compliance-url', 'http://127.0.0.1:1'], '--compliance-url needs --compliance-token (or --exo-token).'],
  ])('%j is a usage error: %s', (argv, message) => {
    expect(usageErrorOf([...token, ...argv]).message).toBe(message);
  });

  test('--spo-token (or POSTURE_LENS_SPO_TOKEN) and --spo-url read SharePoint Online', () => {
    expect(
      parseScanArgs([...token, '--spo-token', 's', '--spo-url', 'https://contoso-admin.sharepoint.com/'], noEnv)
        .services,
    ).toEqual({ tokens: { sharepoint: 's' }, roots: { sharepoint: 'https://contoso-admin.sharepoint.com' } });
    expect(parseScanArgs(token, { POSTURE_LENS_SPO_TOKEN: 's' }).services.tokens).toEqual({ sharepoint: 's' });
  });

  test('--demo reads no service yet: a service flag is a usage error, a token in the environment is left alone', () => {
    expect(usageErrorOf(['--demo', '--exo-token', 'e']).message).toMatch(/^--demo reads no admin service yet/);
    expect(parseScanArgs(['--demo'], { POSTURE_LENS_EXO_TOKEN: 'e' }).services).toEqual({ tokens: {}, roots: {} });
  });
});
