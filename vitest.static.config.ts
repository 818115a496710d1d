import { defineConfig } from 'vitest/config';
import { reporters, resolve } from './vitest.shared';

// The static page tests (`npm run test:static`): every page of the built site in out/, no browser.
// Run them after `npm run build`.
export default defineConfig({
  resolve,
  test: {
    include: ['tests/static/**/*.test.ts'],
    environment: 'node',
    // Worker threads start faster than the default child processes.
    pool: 'threads',
    // The test files share their workers' module cache, so the site's content and the built pages
    // are read once per worker, not once per file. No test changes what it reads.
    isolate: false,
    testTimeout: 60_000,
    reporters: reporters('reports/vitest-static.json'),
  },
});
