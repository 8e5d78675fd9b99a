import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The pure zone runs in plain Node with no WXT plugin, so a stray browser API fails loudly there;
// the rest gets WXT's fake browser, happy-dom and fake-indexeddb.
const pure = [
  'controls/**/*.test.ts',
  'lib/engine/**/*.test.ts',
  'lib/graph/**/*.test.ts',
  'simulator/**/*.test.ts',
  'cli/**/*.test.ts',
  'test/*.test.ts',
  'test/house/*.test.ts',
  'test/fuzz/*.test.ts',
  'test/house/*.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', environment: 'node', include: pure } },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          environment: 'happy-dom',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: [...pure, 'node_modules/**', 'test/e2e/**', '.output/**', '.output-*/**'],
          setupFiles: ['fake-indexeddb/auto'],
          // Screens show dates in the viewer's time zone: tests view from UTC, wherever they run.
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
