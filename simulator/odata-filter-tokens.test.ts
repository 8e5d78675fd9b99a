import { describe, expect, test } from 'vitest';
import { FilterSyntaxError } from './odata-filter-ast';
import { tokenize } from './odata-filter-tokens';

describe('tokenize', () => {
  test('punctuation, words, numbers and quoted strings', () => {
    expect(tokenize("groupTypes/any(c:c eq 'Unified') and top ge -1.5")).toEqual([
      { kind: 'word', text: 'groupTypes' },
      { kind: 'punct', text: '/' },
      { kind: 'word', text: 'any' },
      { kind: 'punct', text: '(' },
      { kind: 'word', text: 'c' },
      { kind: 'punct', text: ':' },
      { kind: 'word', text: 'c' },
      { kind: 'word', text: 'eq' },
      { kind: 'string', text: 'Unified' },
      { kind: 'punct', text: ')' },
      { kind: 'word', text: 'and' },
      { kind: 'word', text: 'top' },
      { kind: 'word', text: 'ge' },
      { kind: 'number', text: '-1.5' },
    ]);
  });

  test('a doubled quote is one quote inside a string', () => {
    expect(tokenize("'O''Brien'")).toEqual([{ kind: 'string', text: "O'Brien" }]);
  });

  test('unquoted GUIDs and dates are string literals, not numbers or words', () => {
    expect(tokenize('skuId eq 6fd2c87f-b296-42f0-b197-1e91e994b900')).toContainEqual({
      kind: 'string',
      text: '6fd2c87f-b296-42f0-b197-1e91e994b900',
    });
    expect(tokenize('createdDateTime ge 2026-01-01T00:00:00Z')).toContainEqual({
      kind: 'string',
      text: '2026-01-01T00:00:00Z',
    });
  });

  test('an unterminated string or a stray character is a syntax error', () => {
    expect(() => tokenize("displayName eq 'Contoso")).toThrow(FilterSyntaxError);
    expect(() => tokenize('displayName eq #')).toThrow("unexpected character '#' at position 15");
  });
});
