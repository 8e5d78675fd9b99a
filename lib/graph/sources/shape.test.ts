import { describe, expect, test } from 'vitest';
import {
  arrayOf,
  bool,
  collection,
  count,
  entity,
  flagsOf,
  graphEnum,
  graphFlags,
  nullable,
  object,
  oneOf,
  optional,
  positiveInt,
  present,
  str,
  strings,
} from './shape';

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
  test('refuses an entity listed twice, naming the second and the first', () => {
    const item = { id: 'p1', state: 'disabled', users: { include: [] }, grant: null };
    expect(parse({ value: [item, { ...item, id: 'p2' }, item] })).toEqual({
      ok: false,
      path: 'value[2].id',
      problem: "'p1' is listed twice (also value[0])",
    });
  });
  test('arrayOf and bool check every element', () => {
    expect(arrayOf(bool)([true, 'x'], 'flags')).toEqual({ path: 'flags[1]', problem: 'expected boolean, got string' });
  });
});

describe('present, graphEnum and graphFlags', () => {
  test('present: null passes, absent is missing, a value must pass its check', () => {
    const check = present(str);
    expect(check(null, 'k')).toBeNull();
    expect(check('x', 'k')).toBeNull();
    expect(check(undefined, 'k')).toEqual({ path: 'k', problem: 'missing' });
    expect(check(3, 'k')).toEqual({ path: 'k', problem: 'expected string, got number' });
  });
  test('optional, unlike present, lets an absent key through', () => {
    expect(optional(str)(undefined, 'k')).toBeNull();
  });
  test('graphEnum accepts the documented values and unknownFutureValue, nothing else', () => {
    const check = graphEnum(['on', 'off']);
    expect(check('on', 'k')).toBeNull();
    expect(check('unknownFutureValue', 'k')).toBeNull();
    expect(check('maybe', 'k')).toMatchObject({ path: 'k', problem: expect.stringContaining('expected one of') });
  });
  test('graphFlags checks every comma-joined member', () => {
    const check = graphFlags(['a', 'b']);
    expect(check('a,b', 'k')).toBeNull();
    expect(check('a, unknownFutureValue', 'k')).toBeNull();
    expect(check('a,c', 'k')).toEqual({ path: 'k', problem: "'c' is not one of a | b" });
    expect(check('', 'k')).toMatchObject({ path: 'k' });
    expect(check(['a'], 'k')).toMatchObject({ path: 'k', problem: expect.stringContaining('got array') });
    expect(flagsOf('a, b')).toEqual(['a', 'b']);
  });
});

describe('count and positiveInt', () => {
  test('count accepts 0 and a whole number up to its bound', () => {
    expect(count(0, 'n')).toBeNull();
    expect(count(2_147_483_647, 'n')).toBeNull();
    expect(count.int64(9_007_199_254_740_991, 'n')).toBeNull();
  });
  test('count refuses a negative, fractional, huge or non-numeric value, naming the path', () => {
    expect(count(-1, 'quota')).toEqual({
      path: 'quota',
      problem: 'expected a whole number from 0 to 2147483647, got -1',
    });
    expect(count(1.5, 'quota')).toMatchObject({ path: 'quota', problem: expect.stringContaining('got 1.5') });
    expect(count(2_147_483_648, 'quota')).toMatchObject({ path: 'quota' });
    expect(count.int64(1e300, 'total')).toMatchObject({
      path: 'total',
      problem: expect.stringContaining('got 1e+300'),
    });
    expect(count.int64(-1e300, 'total')).toMatchObject({ path: 'total' });
    expect(count('3', 'quota')).toEqual({
      path: 'quota',
      problem: 'expected a whole number from 0 to 2147483647, got string',
    });
    expect(count(undefined, 'quota')).toEqual({ path: 'quota', problem: 'missing' });
  });
  test('positiveInt refuses 0: an interval of 0 days is no schedule', () => {
    expect(positiveInt(1, 'interval')).toBeNull();
    expect(positiveInt(0, 'interval')).toMatchObject({ path: 'interval' });
    expect(positiveInt(-1e300, 'interval')).toMatchObject({ path: 'interval' });
  });
});
