import { defineConfig } from 'vitest/config';

/**
 * End-to-end suite: real Chromium with the built extension (`npx wxt build` first), a fake Entra
 * identity provider and routed admin-center fixtures. One file at a time: each test starts its own
 * Chromium, and the CI machines have 2 cores.
 *
 *   npx wxt build && npx vitest run -c vitest.e2e.config.ts
 */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    setupFiles: ['test/e2e/setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // expect.poll waits on a condition; its 1 s default is a timing assumption a loaded 2-core machine breaks
    // (a Connect-page save seen taking longer). Polls that set their own timeout keep it.
    expect: { poll: { timeout: 15_000 } },
    // A browser test that failed once for a timing reason should say so, not pass quietly.
    retry: 0,
  },
});
