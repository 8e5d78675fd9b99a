import { describe, expect, test } from 'vitest';
import { arrayOf, bool, collection, entity, nullable, object, oneOf, optional, str, strings } from './shape';

interface Policy {
  id: string;
  state: string;
  users: { include: string[] };
  grant: { controls: string[] } | null;
  note?: string;
}
const policy = {
  id: str,
  state: oneOf(['enabled', 'disabled']),
  users: object<Policy['users']>({ include: strings }),
  grant: nullable(object<{ controls: string[] }>({ controls: strings })),
  note: optional(str),
};

describe('entity', () => {
  const parse = entity<Policy>(policy);
  test('accepts a complete object and returns it unchanged', () => {
    const body = { id: 'p1', state: 'enabled', users: { include: ['All'] }, grant: null, extra: 1 };
    expect(parse(body)).toEqual({ ok: true, value: body });
  });
  test('names a missing nested field', () => {
    expect(parse({ id: 'p1', state: 'enabled', users: {}, grant: null })).toEqual({
      ok: false,
      path: 'users.include',
      problem: 'missing',
    });
  });
  test('names a field of the wrong type', () => {
    expect(parse({ id: 'p1', state: 'on', users: { include: [] }, grant: null })).toMatchObject({
      ok: false,
      path: 'state',
      problem: 'expected one of enabled | disabled, got string',
    });
  });
  test('refuses a body that is not an object', () => {
    expect(parse('<html>')).toMatchObject({ ok: false, problem: 'expected object, got string' });
  });
});

describe('collection', () => {
  const parse = collection<Policy>(policy);
  test('returns the items', () => {
    const item = { id: 'p1', state: 'disabled', users: { include: [] }, grant: { controls: ['mfa'] } };
    expect(parse({ value: [item] })).toEqual({ ok: true, value: [item] });
  });
  test('names the index of a malformed item', () => {
    expect(parse({ value: [{ id: 'p1', state: 'enabled', users: { include: [1] }, grant: null }] })).toMatchObject({
      ok: false,
      path: 'value[0].users.include[0]',
    });
  });
  test('refuses a missing value array', () => {
    expect(parse({})).toMatchObject({ ok: false, path: 'value', problem: 'missing' });
  });
  test('arrayOf and bool check every element', () => {
    expect(arrayOf(bool)([true, 'x'], 'flags')).toEqual({ path: 'flags[1]', problem: 'expected boolean, got string' });
  });
});
