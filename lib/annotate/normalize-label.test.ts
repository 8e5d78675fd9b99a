import { describe, expect, test } from 'vitest';
import { normalizeLabel } from './normalize-label';

describe('label comparison', () => {
  test('curly quotes, dashes, spacing and case compare equal', () => {
    expect(normalizeLabel('Allow guests to share items they don\u2019t  own')).toBe(
      normalizeLabel("allow guests to share items they don't own"),
    );
  });
});
