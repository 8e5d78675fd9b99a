import { afterAll } from 'vitest';
import { closeAllFakeIdps } from './fake-idp';
import { closeAllFirefoxes } from './firefox/launch-firefox';
import { closeAllExtensions } from './launch-extension';

// Safety net for every e2e file: whatever a file forgot to close (or a failed beforeAll left behind)
// is closed when the file ends, so no Chromium or server outlives it and the run can't hang.
afterAll(async () => {
  await closeAllExtensions();
  await closeAllFirefoxes();
  await closeAllFakeIdps();
});
