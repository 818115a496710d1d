// Sums the JSON reports of vitest (unit and static page tests) and Playwright into one plain
// closing line, "N passed, N failed".
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

interface Report {
  label: string;
  path: string;
  counts: (report: unknown) => Counts;
}

function main(reports: readonly Report[]): number {
  const missing = reports.filter((report) => !existsSync(report.path)).map((report) => report.path);
  let passed = 0;
  let failed = 0;
  for (const { label, path, counts } of reports) {
    const found = existsSync(path) ? counts(JSON.parse(readFileSync(path, 'utf8'))) : undefined;
    const { passed: ok, failed: bad } = found ?? { passed: 0, failed: 0 };
    console.log(`${label}: ${ok} passed, ${bad} failed`);
    passed += ok;
    failed += bad;
  }
  for (const path of missing) console.log(`missing report: ${path} (its runner did not finish)`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0;
}

const [
  unitPath = 'reports/vitest.json',
  staticPath = 'reports/vitest-static.json',
  browserPath = 'reports/playwright.json',
] = process.argv.slice(2);
process.exit(
  main([
    { label: 'unit tests', path: unitPath, counts: vitestCounts },
    { label: 'static page tests', path: staticPath, counts: vitestCounts },
    { label: 'browser tests', path: browserPath, counts: playwrightCounts },
  ]),
);
