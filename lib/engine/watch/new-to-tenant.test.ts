import { describe, expect, it } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import type { ScanResult } from '../scan/run-scan';
import type { MicrosoftSection } from '../secure-score/microsoft-verdict';
import { newControlIds, shownAfter, shownAtFirst } from './new-to-tenant';

const ours = (id: string) => controlResult({ id });
const theirs = (profileId: string) => controlResult({ id: `microsoft-${profileId}`, source: 'microsoft' });

/** Microsoft's section as a scan that read Secure Score stores it, naming the profiles it calls new. */
const read = (newProfiles: string[]): MicrosoftSection => ({
  available: true,
  currentScore: 10,
  maxScore: 20,
  percent: 50,
  measuredAt: '2026-12-04T00:00:00.000Z',
  comparisons: [],
  history: [],
  states: [],
  profileIds: [],
  newControls: newProfiles.map((profileId) => ({ profileId, title: profileId, maxScore: 5 })),
  newPoints: 5 * newProfiles.length,
  differences: [],
});
const unreadable: MicrosoftSection = { available: false, why: 'SecurityEvents.Read.All not granted' };

const scan = (ids: ScanResult['controls'], microsoft?: MicrosoftSection): ScanResult =>
  scanWith([...ids], microsoft ? { microsoft } : {});

const a = ours('entra-a-enabled');
const b = ours('entra-b-enabled');
const added = ours('entra-new-enabled');
const mfa = theirs('AdminMFAV2');
const fresh = theirs('NewProfile');

describe('newControlIds: new to the tenant and not yet shown', () => {
  // Each case: scans newest first, the shown set, and the ids marked New.
  const cases: Array<[string, ScanResult[], string[], string[]]> = [
    ['no scan: nothing', [], [], []],
    ['one scan: nothing, whatever was shown', [scan([a, b])], [], []],
    ['a control our new catalogue added', [scan([a, b, added]), scan([a, b])], [a.id, b.id], [added.id]],
    ['once shown, it is not new any more', [scan([a, b, added]), scan([a, b])], [a.id, b.id, added.id], []],
    [
      'still new scans later, until shown',
      [scan([a, b, added]), scan([a, b, added]), scan([a, b, added]), scan([a, b])],
      [a.id, b.id],
      [added.id],
    ],
    ['a control the latest scan no longer has is not listed', [scan([a]), scan([a, added]), scan([a])], [a.id], []],
    [
      'a profile Microsoft says it added',
      [scan([a, mfa, fresh], read(['NewProfile'])), scan([a, mfa], read([]))],
      [a.id, mfa.id],
      [fresh.id],
    ],
    [
      "Secure Score readable again: its rows come back, but they aren't new",
      [scan([a, mfa, fresh], read([])), scan([a], unreadable)],
      [a.id],
      [],
    ],
    [
      'a profile the previous scan had is not new even if Microsoft lists it',
      [scan([a, mfa], read(['AdminMFAV2'])), scan([a, mfa], read([]))],
      [a.id],
      [],
    ],
    [
      'several new ones, in the scan order',
      [scan([added, a, b, fresh], read(['NewProfile'])), scan([a, b], read([]))],
      [a.id, b.id],
      [added.id, fresh.id],
    ],
  ];
  it.each(cases)('%s', (_, scans, shown, expected) => {
    expect(newControlIds(scans, new Set(shown))).toEqual(expected);
  });
});

describe('the shown set', () => {
  it('starts as every control of the latest scan, so nothing is new on day one', () => {
    const latest = scan([a, b, mfa]);
    expect(shownAtFirst(latest)).toEqual([a.id, b.id, mfa.id]);
    expect(newControlIds([latest, scan([a])], new Set(shownAtFirst(latest)))).toEqual([]);
  });

  it('grows by what was seen, keeping only ids the latest scan has', () => {
    const latest = scan([a, b, added]);
    expect(shownAfter(new Set([a.id, b.id]), [added.id, 'not-a-control', added.id], shownAtFirst(latest))).toEqual([
      a.id,
      b.id,
      added.id,
    ]);
  });
});
