import { expect, test } from 'vitest';
import { plainTextOf } from './microsoft-text';

test("Microsoft's markup becomes plain text, read as a person would", () => {
  expect(
    plainTextOf(
      '<p>1. Go to <b>Endpoint security</b> &gt; Attack surface reduction.</p><p>2. Set it to&nbsp;Block.</p>',
    ),
  ).toBe('1. Go to Endpoint security > Attack surface reduction. 2. Set it to Block.');
});

test('a script in the text never survives as markup or code', () => {
  const text = plainTextOf('Turn it on.<script>alert(1)</script><img src=x onerror=alert(1)>');
  expect(text).toBe('Turn it on.');
  expect(plainTextOf('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
});

test('long text is cut with an ellipsis; empty text is no text', () => {
  expect(plainTextOf('word '.repeat(100), 20)).toBe('word word word word…');
  expect(plainTextOf('<p> </p>')).toBeUndefined();
  expect(plainTextOf(null)).toBeUndefined();
});
