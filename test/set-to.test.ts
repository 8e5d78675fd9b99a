/**
 * Every control says what to change, to which value (issue 14 §1): the control detail and the badge card
 * lead with "Set *setting* to **value**", so a control without one would open on its evidence instead.
 */
import { describe, expect, test } from 'vitest';
import { catalogue } from '../controls';

describe.each(catalogue.map((c) => [c.id, c] as const))('%s', (_, c) => {
  test('says which setting to change and the value to choose', () => {
    const { setting, value } = c.setTo;
    for (const text of [setting, value]) {
      expect(text.trim()).not.toBe('');
      expect(text, 'no stray spaces').toBe(text.trim());
      // It is read inside a sentence ("Set X to Y."), so neither part ends one.
      expect(text, 'no trailing period or colon').not.toMatch(/[.:]$/);
    }
    expect(value.toLowerCase()).not.toBe(setting.toLowerCase());
  });
});
