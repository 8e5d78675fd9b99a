import { describe, expect, test } from 'vitest';
import { commandFor, runCommand, tenantToken, type CommandRunner } from './tenant-token';
import type { FleetEntry } from './tenants-file';

const base: FleetEntry = { name: 'A', tenant: 'contoso.onmicrosoft.com', from: 't:1' };
/** A command that prints what it was run with, so the test sees which one ran. */
const echo: CommandRunner = (argv) => Promise.resolve(`${argv.join('_')}\n`);

describe('token precedence: token, then tokenEnv when set, then tokenCommand, then --token-command', () => {
  test.each([
    [
      'token beats everything',
      { token: 'T', tokenEnv: 'V', tokenCommand: ['own'] },
      { V: 'env' },
      { token: 'T', from: 'token' },
    ],
    ['tokenEnv when set', { tokenEnv: 'V', tokenCommand: ['own'] }, { V: ' env \n' }, { token: 'env', from: '$V' }],
    [
      'tokenEnv empty: the command',
      { tokenEnv: 'V', tokenCommand: ['own'] },
      { V: '' },
      { token: 'own', from: 'tokenCommand' },
    ],
    [
      'own command before the shared one',
      { tokenCommand: ['own', '{tenant}'] },
      {},
      { token: 'own_contoso.onmicrosoft.com', from: 'tokenCommand' },
    ],
    ['the shared command last', {}, {}, { token: 'shared_contoso.onmicrosoft.com', from: '--token-command' }],
  ])('%s', async (_, fields, env, expected) => {
    expect(await tenantToken({ ...base, ...fields }, env, ['shared', '{tenant}'], echo)).toEqual(expected);
  });

  test.each([
    [{}, 'No token: give "token", "tokenEnv" or "tokenCommand" in tenants.json, or --token-command.'],
    [{ tokenEnv: 'V' }, 'No token: $V is unset or empty, and no tokenCommand or --token-command was given.'],
  ])('no token at all is the reason', async (fields, reason) => {
    expect(await tenantToken({ ...base, ...fields }, {}, undefined, echo)).toEqual({ reason });
  });

  test('{tenant} is replaced inside an argument, never split into more', () => {
    expect(commandFor(['az', '--tenant={tenant}', '{tenant}'], 'a.com')).toEqual(['az', '--tenant=a.com', 'a.com']);
  });
});

describe('running a token command (no shell)', () => {
  const node = process.execPath;
  const withCommand = (tokenCommand: string[]) => tenantToken({ ...base, tokenCommand }, {}, undefined, runCommand);

  test('its stdout, trimmed, is the token; the tenant arrives as one argument', async () => {
    expect(await withCommand([node, '-e', 'console.log("tok-" + process.argv[1])', '{tenant}'])).toEqual({
      token: 'tok-contoso.onmicrosoft.com',
      from: 'tokenCommand',
    });
  });

  test.each([
    [
      'exits non-zero',
      ['-e', 'console.error("AADSTS65001: consent"); process.exit(1)'],
      /^tokenCommand \(.+\) exited with 1: AADSTS65001: consent\.$/,
    ],
    ['prints nothing', ['-e', ''], /^tokenCommand \(.+\) printed no token\.$/],
    ['prints more than a token', ['-e', 'console.log("a b")'], /printed more than a token/],
  ])('a command that %s is the reason', async (_, args, reason) => {
    const got = await withCommand([node, ...args]);
    expect('reason' in got && got.reason).toMatch(reason);
  });

  test('a program that does not exist is the reason', async () => {
    expect(await withCommand(['/nonexistent/az'])).toEqual({
      reason: 'tokenCommand (/nonexistent/az) could not be started (ENOENT).',
    });
  });

  test('a shell metacharacter is an argument, not a command', async () => {
    const got = await withCommand([node, '-e', 'console.log(process.argv.length)', '$(touch /tmp/x);rm']);
    expect(got).toEqual({ token: '2', from: 'tokenCommand' });
  });
});
