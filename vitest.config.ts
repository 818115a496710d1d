import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    // Vitest does not read tsconfig paths.
    alias: [
      { find: 'contentlayer/generated', replacement: `${root}.contentlayer/generated/index.mjs` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // Property tests run 10,000 cases each; on a busy 2-core machine that can take several seconds.
    testTimeout: 30_000,
    // next.config.mjs sets trailingSlash; Next inlines this at build time, so tests set it the same way.
    env: { __NEXT_TRAILING_SLASH: 'true' },
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'reports/vitest.json' }]]
      : ['default'],
  },
});
