import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const isCI = Boolean(process.env.CI);

// The tests run against the built static site in out/, served as a static host would serve it.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two workers on two cores (measured against three: see docs/writing-tests.md). E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 30_000,
  outputDir: 'test-results',
  reporter: isCI ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Only the local server is reachable, so "no third-party request" tests mean something.
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // No compression: gzipping every response on the fly took CPU the browsers need, and no test
    // reads transfer sizes (the cold-load test measures brotli sizes from out/).
    command: `npx serve --config ../serve.json out --listen ${PORT} --no-clipboard --no-compression`,
    env: { NO_UPDATE_CHECK: '1' },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !isCI,
    timeout: 30_000,
  },
});
