import { describe, expect, test } from 'vitest';
import { UsageError } from '../scan-args';
import { checkDistinct, fileStem, parseTenantsText, type FleetEntry } from './tenants-file';

const ID = 'f1ee7000-0000-4000-8000-000000000001';

/** The UsageError's message for `text`, or 'ok'. */
function problems(text: string): string {
  try {
    parseTenantsText(text, 'tenants.json');
    return 'ok';
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
}

describe('tenants.json', () => {
  test('a valid file: tenants lower-cased, URLs without their trailing slash, each entry knows its line', () => {
    const text = `[
  { "name": "Contoso", "tenant": "${ID.toUpperCase()}", "tokenEnv": "TOKEN_CONTOSO" },
  {
    "name": "Fabrikam",
    "tenant": "Fabrikam.onmicrosoft.com",
    "graphUrl": "https://graph.microsoft.us/",
    "tokenCommand": ["az", "account", "get-access-token", "--tenant", "{tenant}"]
  }
]`;
    expect(parseTenantsText(text, 'tenants.json')).toEqual([
      { name: 'Contoso', tenant: ID, tokenEnv: 'TOKEN_CONTOSO', from: 'tenants.json:2' },
      {
        name: 'Fabrikam',
        tenant: 'fabrikam.onmicrosoft.com',
        graphUrl: 'https://graph.microsoft.us',
        tokenCommand: ['az', 'account', 'get-access-token', '--tenant', '{tenant}'],
        from: 'tenants.json:3',
      },
    ]);
  });

  test.each([
    ['not JSON, with the line of the mistake', '[\n  {"name": "A",}\n]', /^tenants\.json:2: not valid JSON/],
    ['not an array', '{"name": "A"}', /^tenants\.json: must be a non-empty array of tenants/],
    ['an empty array', '[]', /^tenants\.json: must be a non-empty array/],
    ['an entry that is not an object', `[\n  "${ID}"\n]`, /^tenants\.json:2: each tenant must be an object/],
    ['a missing name', `[{"tenant": "${ID}"}]`, /^tenants\.json:1: "name" is missing\.$/],
    [
      'a tenant that is neither id nor domain',
      '[\n{"name": "A",\n "tenant": "contoso"}]',
      /^tenants\.json:3: "tenant" must be a tenant id \(a GUID\) or a domain such as contoso\.onmicrosoft\.com, not 'contoso'\.$/,
    ],
    ['a domain with a shell character', `[{"name": "A", "tenant": "a.com;rm"}]`, /"tenant" must be a tenant id/],
    [
      'an unknown field (a typo)',
      `[{"name": "A", "tenant": "${ID}", "tokenenv": "X"}]`,
      /unknown field "tokenenv" \(known: name, tenant, graphUrl, dohUrl, token, tokenEnv, tokenCommand\)/,
    ],
    [
      'tokenCommand as one shell string',
      `[{"name": "A", "tenant": "${ID}", "tokenCommand": "az account get-access-token"}]`,
      /"tokenCommand" must be an array of arguments, program first.*run without a shell/,
    ],
    [
      'a tokenEnv that is no variable name',
      `[{"name": "A", "tenant": "${ID}", "tokenEnv": "$TOKEN"}]`,
      /"tokenEnv" must be an environment variable name/,
    ],
    [
      'a graphUrl that is not http(s)',
      `[{"name": "A", "tenant": "${ID}", "graphUrl": "file:///etc"}]`,
      /"graphUrl" must be an http\(s\) URL/,
    ],
    ['an empty token', `[{"name": "A", "tenant": "${ID}", "token": " "}]`, /"token" must be a non-empty text/],
  ])('%s', (_, text, expected) => {
    expect(problems(text)).toMatch(expected);
  });

  test('every mistake at once, each on its own line number', () => {
    const text = `[
  { "name": "A", "tenant": "${ID}" },
  { "name": "",
    "tenant": "x" }
]`;
    expect(problems(text)).toBe(
      [
        'tenants.json:3: "name" must be a text of 1 to 100 characters.',
        'tenants.json:4: "tenant" must be a tenant id (a GUID) or a domain such as contoso.onmicrosoft.com, not \'x\'.',
      ].join('\n'),
    );
  });

  test('a bracket or comma inside a string does not shift the lines', () => {
    const text = `[\n{"name": "A, [b]", "tenant": "${ID}"},\n{"name": "C", "tenant": "bad"}\n]`;
    expect(problems(text)).toMatch(/^tenants\.json:3: "tenant"/);
  });
});

describe('distinct tenants and report names', () => {
  const e = (name: string, tenant: string, from: string): FleetEntry => ({ name, tenant, from });
  test.each([
    ['the same tenant twice', [e('A', ID, 'f:2'), e('B', ID, 'f:3')], `f:3: tenant ${ID} is already given at f:2.`],
    [
      'two names with one report file',
      [e('Contoso Ltd', ID, 'f:2'), e('contoso ltd!', 'b.com', 'f:3')],
      `f:3: report name 'contoso-ltd' (from "contoso ltd!") is already given at f:2.`,
    ],
  ])('%s is refused, naming both places', (_, entries, message) => {
    expect(() => checkDistinct(entries)).toThrow(message);
  });

  test.each([
    ['Contoso', 'contoso'],
    ['Contoso Ltd (UK)', 'contoso-ltd-uk'],
    ['../../etc/passwd', 'etc-passwd'],
    ['...', 'tenant'],
  ])('report name of %j is %j, never a path', (name, stem) => {
    expect(fileStem(name)).toBe(stem);
  });
});
