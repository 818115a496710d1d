// The JavaScript budget of every built page (no browser needed: it reads out/). Each page may load
// the JavaScript of a bare Next.js static page plus an allowance for its kind (lib/js-budget.ts). The
// table of every page goes to the test output and to reports/js-budget.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALLOWANCE_KB,
  KB,
  baselineBytesFrom,
  brotliSize,
  budgetTable,
  measurePage,
  overBudget,
} from '@/lib/site-checks';
import { builtSite, OUT_DIR } from './built-site';

const BASELINE_FILE = join(process.cwd(), 'tests/fixtures/js-budget/baseline.json');
const baselineBytes = baselineBytesFrom(JSON.parse(readFileSync(BASELINE_FILE, 'utf8')));
const { pages } = builtSite();

// Pages share most of their chunks: compress each file once.
const sizes = new Map<string, number>();
function sizeOf(sitePath: string): number {
  const known = sizes.get(sitePath);
  if (known !== undefined) return known;
  const size = brotliSize(readFileSync(join(OUT_DIR, sitePath)));
  sizes.set(sitePath, size);
  return size;
}

// Each page once: the inline scripts' brotli size takes a moment per page.
const rows = [...pages].map(([route, html]) => measurePage(route, html, baselineBytes, sizeOf));

it('the table of JavaScript per page is written to reports/js-budget.json', () => {
  expect(rows.length).toBeGreaterThan(0);
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/js-budget.json',
    `${JSON.stringify({ baselineBytes, bytesPerKb: KB, allowanceKb: ALLOWANCE_KB, rows }, null, 2)}\n`,
  );
  console.log(
    `JavaScript per page, brotli; budget = bare Next page (${(baselineBytes / KB).toFixed(1)} KB)` +
      ` + ${ALLOWANCE_KB.content} KB (content), ${ALLOWANCE_KB.quiz} KB (quiz),` +
      ` ${ALLOWANCE_KB.finder} KB (finder, with its index)\n${budgetTable(rows)}`,
  );
});

describe('every page loads no more JavaScript than its budget', () => {
  for (const row of rows) {
    it(row.route, () => {
      expect(overBudget(row)).toBeNull();
    });
  }
});
