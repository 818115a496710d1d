// How much JavaScript each page may load, measured as brotli bytes (quality 11, what a static host
// serves pre-compressed) against a bare Next.js static page (tests/fixtures/js-budget/baseline.json).
import { brotliCompressSync, constants } from 'node:zlib';
import { attributeValue, findScripts, isInlineExecutable } from '@/lib/csp';
import { DEFAULT_LOCALE, localeOfPath, unlocalizedPath, type Locale } from '../i18n/locales';
import { routes } from '../routes';

export const KB = 1024;

/**
 * What each kind of page may load beyond the bare Next page, in KB. The finder's went from 35 to 48
 * with issue 12: its index now carries each title's one-line summary (4 KB) and the US cities it
 * reads in a query (2 KB), and its code reads places, lay phrases and filters. The phone's cold load
 * of /jobs/ is held apart, with every request counted (tests/e2e/cold-load.spec.ts). The plan's
 * pages (issue 13) carry its form, and on /plan/result/ its rules and cited facts (about 3 KB).
 * The finder's went from 48 to 50 with issue 16: the Spanish index (/es/jobs/) carries each
 * title's Spanish name, summary and search terms beside its English names (5 KB more than the
 * English index, which is unchanged).
 */
export const ALLOWANCE_KB = { content: 10, quiz: 20, finder: 50, plan: 17 } as const;

export type PageKind = keyof typeof ALLOWANCE_KB;

/**
 * The finder is /jobs/ itself (the job-title pages under it are content). The quiz is all of /quiz/
 * and the counselors' page, whose class summary runs the quiz's link decoder and scoring on every
 * pasted result; the kit's pages under it (handout, lesson plan) are content. The plan is /plan/
 * and /plan/result/. A page in another language (/es/jobs/) is of its English twin's kind.
 */
export function pageKind(localizedRoute: string): PageKind {
  // A page's twin in another language is the same kind of page.
  const route = unlocalizedPath(localizedRoute);
  if (route === routes.jobs()) return 'finder';
  if (route.startsWith(routes.quiz()) || route === routes.counselors()) return 'quiz';
  if (route.startsWith(routes.plan())) return 'plan';
  return 'content';
}

/**
 * Files a kind of page fetches at run time that count toward its budget: the finder's index, in the
 * page's language.
 */
export function runtimeData(kind: PageKind, locale: Locale = DEFAULT_LOCALE): string[] {
  return kind === 'finder' ? [routes.finderIndex(locale)] : [];
}

export function budgetBytes(kind: PageKind, baselineBytes: number): number {
  return baselineBytes + ALLOWANCE_KB[kind] * KB;
}

export function brotliSize(content: Uint8Array | string): number {
  return brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}

const SITE = 'http://site.invalid';

/**
 * The script files a page makes the browser load, as site paths, each once: every <script src> but
 * the `nomodule` ones, which browsers that support modules (all current ones) skip. A script from
 * another origin is an error: the site loads nothing from elsewhere.
 */
export function loadedScripts(route: string, html: string): string[] {
  const paths = findScripts(html).flatMap((script) => {
    const src = attributeValue(script.attributes, 'src');
    if (src === null || attributeValue(script.attributes, 'nomodule') !== null) return [];
    const url = new URL(src, `${SITE}${route}`);
    if (url.origin !== SITE) throw new Error(`${route} loads a script from elsewhere: ${src}`);
    return [url.pathname];
  });
  return [...new Set(paths)];
}

export interface BudgetRow {
  route: string;
  kind: PageKind;
  /** Brotli bytes of the page's script files. */
  scriptBytes: number;
  /** Brotli bytes of the data it fetches at run time (the finder's index). */
  dataBytes: number;
  /** Brotli bytes of its inline scripts (Next's page data, the theme script): reported, not budgeted. */
  inlineBytes: number;
  /** scriptBytes + dataBytes: what the budget limits. */
  totalBytes: number;
  budgetBytes: number;
  headroomBytes: number;
}

/** Measures one page; `sizeOf` gives the brotli size of a file of the site by its path. */
export function measurePage(
  route: string,
  html: string,
  baselineBytes: number,
  sizeOf: (sitePath: string) => number,
): BudgetRow {
  const kind = pageKind(route);
  const sum = (paths: string[]) => paths.reduce((total, path) => total + sizeOf(path), 0);
  const scriptBytes = sum(loadedScripts(route, html));
  const dataBytes = sum(runtimeData(kind, localeOfPath(route)));
  const inline = findScripts(html)
    .filter(isInlineExecutable)
    .map((script) => script.body)
    .join('\n');
  const totalBytes = scriptBytes + dataBytes;
  const budget = budgetBytes(kind, baselineBytes);
  return {
    route,
    kind,
    scriptBytes,
    dataBytes,
    inlineBytes: inline === '' ? 0 : brotliSize(inline),
    totalBytes,
    budgetBytes: budget,
    headroomBytes: budget - totalBytes,
  };
}

/** The reason a page fails its budget, or null when it is within it. */
export function overBudget(row: BudgetRow): string | null {
  if (row.headroomBytes >= 0) return null;
  return (
    `${row.route} loads ${row.totalBytes} bytes of JavaScript (brotli)` +
    (row.dataBytes > 0 ? `, ${row.dataBytes} of them its run-time data,` : '') +
    ` over its ${row.kind} budget of ${row.budgetBytes} bytes by ${-row.headroomBytes}`
  );
}

/** A plain-text table of the rows, widest values setting the column widths. */
export function budgetTable(rows: readonly BudgetRow[]): string {
  const kb = (bytes: number) => (bytes / KB).toFixed(1);
  const header = [
    'route',
    'kind',
    'JS brotli KB',
    'of it data',
    'budget KB',
    'headroom KB',
    'inline KB',
  ];
  const cells = rows.map((row) => [
    row.route,
    row.kind,
    kb(row.totalBytes),
    kb(row.dataBytes),
    kb(row.budgetBytes),
    kb(row.headroomBytes),
    kb(row.inlineBytes),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => (cell[column] ?? '').length)),
  );
  const line = (cell: string[]) =>
    cell
      .map((value, column) =>
        column < 2 ? value.padEnd(widths[column] ?? 0) : value.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [line(header), ...cells.map(line)].join('\n');
}

/** The baseline's JavaScript size from baseline.json, checked. */
export function baselineBytesFrom(baseline: unknown): number {
  const bytes =
    typeof baseline === 'object' && baseline !== null && 'scriptBytesBrotli' in baseline
      ? baseline.scriptBytesBrotli
      : undefined;
  if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes <= 0)
    throw new Error('baseline.json needs a positive integer "scriptBytesBrotli"');
  return bytes;
}
