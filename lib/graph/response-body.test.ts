import { describe, expect, test } from 'vitest';
import { decodeBodyText, decodeInnerBody, graphErrorOf, headerIn } from './response-body';

describe('decodeBodyText', () => {
  test('parses JSON, keeps text, maps empty to null', () => {
    expect(decodeBodyText('{"value":[1]}', 'application/json; odata.metadata=minimal')).toEqual({ value: [1] });
    expect(decodeBodyText('{"a":1}', null)).toEqual({ a: 1 });
    expect(decodeBodyText('42', 'text/plain')).toBe('42');
    expect(decodeBodyText('', 'application/json')).toBeNull();
    expect(decodeBodyText('<html>oops</html>', 'application/json')).toBe('<html>oops</html>');
  });
});

describe('decodeInnerBody', () => {
  test('leaves objects alone and decodes JSON strings only when the headers say JSON', () => {
    expect(decodeInnerBody({ id: 'x' }, 'application/json')).toEqual({ id: 'x' });
    expect(decodeInnerBody('{"id":"x"}', 'application/json')).toEqual({ id: 'x' });
    expect(decodeInnerBody('eyJpZCI6IngifQ==', 'image/png')).toBe('eyJpZCI6IngifQ==');
    expect(decodeInnerBody('17', undefined)).toBe('17');
    expect(decodeInnerBody(undefined, undefined)).toBeNull();
  });
});

test('headerIn ignores case and non-string values', () => {
  expect(headerIn({ 'retry-after': '5' }, 'Retry-After')).toBe('5');
  expect(headerIn({ 'Retry-After': 5 }, 'retry-after')).toBe('5');
  expect(headerIn({ 'Retry-After': ['5'] }, 'retry-after')).toBeUndefined();
  expect(headerIn(undefined, 'retry-after')).toBeUndefined();
});

test('graphErrorOf reads error.code and error.message from objects and JSON strings', () => {
  const body = { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } };
  expect(graphErrorOf(body)).toEqual({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' });
  expect(graphErrorOf(JSON.stringify(body))).toEqual(graphErrorOf(body));
  expect(graphErrorOf({ error: { code: 42 } })).toEqual({});
  expect(graphErrorOf('Bad gateway')).toEqual({});
  expect(graphErrorOf(null)).toEqual({});
});
