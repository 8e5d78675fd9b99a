import { describe, expect, test } from 'vitest';
import { openStore } from '../store/open-store';
import { createAuthFlags } from './auth-flags';
import { createExpiryTracker } from './expiry-tracker';

const expiry = {
  kind: 'signInExpired',
  code: 'AADSTS700084',
  sentence: 'Your sign-in expired.',
  fix: 'Sign in again.',
};
let dbCount = 0;

async function setup(active: string | null = 'adele') {
  const db = await openStore(`expiry-tracker-${++dbCount}`);
  const who: { active: string | undefined } = { active: active ?? undefined };
  const asked: boolean[] = [];
  const make = () => {
    const activeAccountId = () => Promise.resolve(who.active);
    const flags = createAuthFlags({ db: () => Promise.resolve(db), activeAccountId });
    const badge = { showSignInExpired: (expired: boolean) => Promise.resolve(void asked.push(expired)) };
    return createExpiryTracker({ flags, activeAccountId, badge });
  };
  return { tracker: make(), restart: make, who, asked };
}

describe('when the sign-in-expired badge shows', () => {
  test('while the active account’s sign-in is expired, asked again each time it is checked', async () => {
    const { tracker, asked } = await setup();
    await tracker.setExpired('adele', expiry);
    await tracker.sync();
    expect(asked).toEqual([true, true]);
    expect(await tracker.activeExpired()).toEqual(expiry);
  });

  test('taken down once the sign-in works again, and only then', async () => {
    const { tracker, asked } = await setup();
    await tracker.setExpired('adele', expiry);
    await tracker.setExpired('adele', null);
    await tracker.setExpired('adele', null);
    await tracker.sync();
    expect(asked).toEqual([true, false]);
  });

  test('never taken down when it was not put up: the toolbar is showing the score', async () => {
    const { tracker, asked } = await setup();
    await tracker.setExpired('adele', null);
    await tracker.sync();
    expect(asked).toEqual([]);
  });

  test('follows the active account: another account’s expiry shows nothing', async () => {
    const { tracker, asked, who } = await setup();
    await tracker.setExpired('megan', expiry);
    expect(asked).toEqual([]);
    expect(await tracker.activeExpired()).toBeUndefined();
    who.active = 'megan';
    await tracker.sync();
    who.active = 'adele';
    await tracker.sync();
    expect(asked).toEqual([true, false]);
  });

  test('nobody active: nothing is expired', async () => {
    const { tracker, asked } = await setup(null);
    await tracker.setExpired('adele', expiry);
    expect(await tracker.activeExpired()).toBeUndefined();
    expect(asked).toEqual([]);
  });
});

describe('after the worker restarts', () => {
  test('restore puts the badge back if the active sign-in is still expired, and then owns it', async () => {
    const { tracker, restart, asked } = await setup();
    await tracker.setExpired('adele', expiry);
    asked.splice(0);
    const again = restart();
    expect(await again.restore()).toBe(true);
    await again.setExpired('adele', null);
    expect(asked).toEqual([true, false]);
  });

  test('restore leaves the toolbar alone when nothing is expired', async () => {
    const { restart, asked } = await setup();
    const again = restart();
    expect(await again.restore()).toBe(false);
    await again.sync();
    expect(asked).toEqual([]);
  });
});
