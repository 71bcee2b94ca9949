import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Three projects, one `npm test`: unit tests in Node, the extension's components and utilities
// with WXT's fake browser in happy-dom, and end-to-end tests that drive the built extension in
// real Chromium (their global setup builds it when the build is missing or stale).
const shared = { testTimeout: 30_000, env: { DOTENV_CONFIG_QUIET: 'true' } };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/extension/**', 'test/e2e/**', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          ...shared,
          name: 'extension',
          include: ['test/extension/**/*.test.ts', 'test/extension/**/*.test.tsx'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          ...shared,
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machine is shared.
          fileParallelism: false,
        },
      },
    ],
  },
});
