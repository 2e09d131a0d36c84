import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: `unit` (engine and components, in Node / happy-dom) and `e2e` (the built
// extension in Debian's Chromium and Firefox ESR). `npm test` runs both.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts', 'components/**/*.test.tsx'],
          environment: 'node',
          // CLI tests start Node processes and property tests run hundreds of cases: on a loaded
          // 2-core machine 5 s is not enough. This is a hang guard, not a speed assertion.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // Real browsers over CDP/BiDi on a loaded 2-core machine occasionally drop a protocol call;
          // one retry keeps such a glitch from failing the run (a real failure fails twice).
          retry: 1,
        },
      },
    ],
  },
});
