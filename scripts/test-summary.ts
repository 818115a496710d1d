// Sums the vitest and Playwright JSON reports into one plain closing line, "N passed, N failed".
// Exits non-zero when any test failed, a report is missing, or no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
}

function numberAt(record: unknown, key: string): number {
  if (typeof record !== 'object' || record === null) return 0;
  const value: unknown = Object.fromEntries(Object.entries(record))[key];
  return typeof value === 'number' ? value : 0;
}

function objectAt(record: unknown, key: string): unknown {
  if (typeof record !== 'object' || record === null) return undefined;
  return Object.fromEntries(Object.entries(record))[key];
}

/** vitest's json reporter (Jest-compatible fields). */
function vitestCounts(report: unknown): Counts {
  return { passed: numberAt(report, 'numPassedTests'), failed: numberAt(report, 'numFailedTests') };
}

/** Playwright's json reporter: a flaky test passed on retry; skipped tests count as failures here. */
function playwrightCounts(report: unknown): Counts {
  const stats = objectAt(report, 'stats');
  return {
    passed: numberAt(stats, 'expected') + numberAt(stats, 'flaky'),
    failed: numberAt(stats, 'unexpected') + numberAt(stats, 'skipped'),
  };
}

function main(vitestPath: string, playwrightPath: string): number {
  const missing = [vitestPath, playwrightPath].filter((path) => !existsSync(path));
  const read = (path: string): unknown =>
    existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const unit = vitestCounts(read(vitestPath));
  const browser = playwrightCounts(read(playwrightPath));
  const passed = unit.passed + browser.passed;
  const failed = unit.failed + browser.failed;
  console.log(`unit tests: ${unit.passed} passed, ${unit.failed} failed`);
  console.log(`browser tests: ${browser.passed} passed, ${browser.failed} failed`);
  for (const path of missing) console.log(`missing report: ${path} (its runner did not finish)`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0;
}

const [vitestPath = 'reports/vitest.json', playwrightPath = 'reports/playwright.json'] =
  process.argv.slice(2);
process.exit(main(vitestPath, playwrightPath));
