import { expect, test } from 'vitest';
import { noDeclarations, type Declarations } from './declarations';
import { declarationsSentence, sameDeclarations, unknownControlIds } from './declarations-summary';

const A = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const B = '11111111-2222-3333-4444-555555555555';
const declared: Declarations = {
  emergencyAccess: [
    { id: A, kind: 'user', reason: 'Safe' },
    { id: B, kind: 'user', reason: 'Safe 2' },
  ],
  exemptions: [{ id: '22222222-2222-2222-2222-222222222222', kind: 'group', reason: 'Kiosks' }],
  privilegedRoles: Array.from({ length: 8 }, (_, i) => `00000000-0000-0000-0000-00000000000${i}`),
};

test('says what was declared, counted', () => {
  expect(declarationsSentence(declared)).toBe(
    'Judged against your declarations: 2 emergency-access accounts, 1 exemption, 8 privileged roles.',
  );
  expect(
    declarationsSentence({ ...declared, emergencyAccess: declared.emergencyAccess.slice(0, 1), privilegedRoles: null }),
  ).toBe('Judged against your declarations: 1 emergency-access account, 1 exemption, the default privileged roles.');
});

test('with nothing declared, says break-glass accounts are guessed', () => {
  expect(declarationsSentence(noDeclarations)).toBe(
    'No declarations: break-glass accounts are guessed (at most two excluded accounts).',
  );
  expect(declarationsSentence(undefined)).toMatch(/^Scanned before declarations were recorded/);
});

test('the same declarations in another order are the same; a changed reason, role or account is not', () => {
  const reordered: Declarations = {
    ...declared,
    emergencyAccess: [...declared.emergencyAccess].reverse(),
    privilegedRoles: [...declared.privilegedRoles!].reverse(),
  };
  expect(sameDeclarations(declared, reordered)).toBe(true);
  expect(sameDeclarations(declared, { ...declared, privilegedRoles: null })).toBe(false);
  expect(sameDeclarations(declared, { ...declared, exemptions: [] })).toBe(false);
  const reason = {
    ...declared,
    emergencyAccess: [{ ...declared.emergencyAccess[0]!, reason: 'Other' }, declared.emergencyAccess[1]!],
  };
  expect(sameDeclarations(declared, reason)).toBe(false);
});

test('a scan stored before declarations were recorded counts as nothing declared', () => {
  expect(sameDeclarations(undefined, noDeclarations)).toBe(true);
  expect(sameDeclarations(undefined, declared)).toBe(false);
});

test('control ids an entry is limited to that the catalogue does not have are found, with their path', () => {
  const d: Declarations = {
    ...noDeclarations,
    exemptions: [
      { id: A, kind: 'user', reason: 'r', controls: ['entra-user-mfa-required', 'entra-mfa-typo'] },
      { id: B, kind: 'group', reason: 'r' },
    ],
  };
  expect(unknownControlIds(d, new Set(['entra-user-mfa-required']))).toEqual([
    { path: 'exemptions[0].controls', id: 'entra-mfa-typo' },
  ]);
});
