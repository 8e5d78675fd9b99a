import { describe, expect, test } from 'vitest';
import { Status } from './status';
import { shownReason, statusIcon, statusLabel, statusTag, statusWord } from './status-words';

const all = Object.values(Status);

describe('status words', () => {
  test('every status has a word, a label, an icon and a tag', () => {
    for (const table of [statusWord, statusLabel, statusIcon, statusTag])
      expect(Object.keys(table).sort()).toEqual([...all].sort());
  });

  test('a label is its word starting a line', () => {
    expect(statusLabel).toEqual({
      pass: 'Passing',
      partial: 'Partly passing',
      fail: 'Failing',
      unknown: "Couldn't tell",
      notLicensed: 'Not licensed',
      manual: 'Check by hand',
      notApplicable: 'Not applicable',
    });
  });

  test("the CLI's tags are all four characters, so the table's columns line up", () => {
    expect(all.map((s) => statusTag[s].length)).toEqual(all.map(() => 4));
  });

  test('no two statuses share a word, an icon or a tag', () => {
    for (const table of [statusWord, statusIcon, statusTag])
      expect(new Set(Object.values(table)).size).toBe(all.length);
  });

  test('a not-applicable reason says so first; others are shown as they are', () => {
    expect(shownReason({ status: 'notApplicable', reason: 'No custom domain.' })).toBe(
      'Not applicable — No custom domain.',
    );
    expect(shownReason({ status: 'fail', reason: 'MFA is off.' })).toBe('MFA is off.');
  });
});
