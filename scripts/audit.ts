// `npm run audit`: Lighthouse (mobile preset, the default) on one route per template, each
// in its own headless Chromium. Prints a table, writes reports/lighthouse.json, and fails only when
// accessibility, best practices or SEO is below 100 on a route. Performance is reported, not asserted:
// these machines are shared and noisy.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { routes } from '@/lib/routes';
import { findChromium } from './chromium';

// The home page, the page with the most JavaScript (the finder, with its index) and one page of the
// templates with many pages (a job title). About 10 s a route on two cores, and CI time matters: axe
// runs on a representative page of every template in the browser tests, and the static tests check
// every page's title, description and links.
const MAIN_ROUTES = [routes.home(), routes.jobs(), routes.job('medical-coder')];
const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;
const CATEGORIES = ['performance', ...ASSERTED];
// As in playwright.config.ts: no sandbox (root in CI), and no network but the local server.
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];
const STARTUP_TIMEOUT_MS = 30_000;

interface RouteAudit {
  route: string;
  scores: Record<string, number | null>;
  lcpMs: number | undefined;
  tbtMs: number | undefined;
  cls: number | undefined;
  totalBytes: number | undefined;
  /** Audits that cost points in an asserted category, as "category: audit id (title)". */
  problems: string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('No free port')),
      );
    });
  });
}

/** Starts a process in its own group, so that stopping it also stops whatever it started. */
function startProcess(command: string, args: string[], env?: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  return exited;
}

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer at ${url}`);
}

/** Chromium with remote debugging on a port it picks and prints; resolves to that port. */
function devToolsPort(chromium: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not start:\n${output}`)),
      STARTUP_TIMEOUT_MS,
    );
    chromium.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    chromium.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${output}`)));
  });
}

/** The first items of an audit's details table (which console error, which element), for the log. */
function detailLines(details: unknown): string[] {
  if (typeof details !== 'object' || details === null || !('items' in details)) return [];
  const items = Array.isArray(details.items) ? details.items.slice(0, 5) : [];
  return items.map((item: unknown) => `    ${JSON.stringify(item).slice(0, 300)}`);
}

function summarize(route: string, lhr: Result): RouteAudit {
  const numeric = (id: string) => lhr.audits[id]?.numericValue;
  const problems = ASSERTED.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        if (audit === undefined || audit.score === null || audit.score >= 1) return [];
        return [`${id}: ${audit.id} (${audit.title})`, ...detailLines(audit.details)];
      }),
  );
  return {
    route,
    scores: Object.fromEntries(
      CATEGORIES.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    ),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    totalBytes: numeric('total-byte-weight'),
    problems,
  };
}

async function auditRoute(chromiumPath: string, url: string, route: string): Promise<RouteAudit> {
  const profile = mkdtempSync(join(tmpdir(), 'audit-chromium-'));
  const chromium = startProcess(chromiumPath, [
    ...CHROMIUM_FLAGS,
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  try {
    const port = await devToolsPort(chromium);
    const result = await lighthouse(url, {
      port,
      hostname: '127.0.0.1',
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (result === undefined) throw new Error(`Lighthouse returned nothing for ${route}`);
    if (result.lhr.runtimeError !== undefined)
      throw new Error(
        `${route}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
      );
    return summarize(route, result.lhr);
  } finally {
    await stopProcess(chromium);
    rmSync(profile, { recursive: true, force: true });
  }
}

function table(audits: readonly RouteAudit[]): string {
  const score = (value: number | null | undefined) => (value == null ? '-' : String(value));
  const header = [
    'route',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'LCP s',
    'TBT ms',
    'CLS',
    'weight KB',
  ];
  const rows = audits.map((audit) => [
    audit.route,
    score(audit.scores.performance),
    score(audit.scores.accessibility),
    score(audit.scores['best-practices']),
    score(audit.scores.seo),
    audit.lcpMs === undefined ? '-' : (audit.lcpMs / 1000).toFixed(1),
    audit.tbtMs === undefined ? '-' : Math.round(audit.tbtMs).toString(),
    audit.cls === undefined ? '-' : audit.cls.toFixed(3),
    audit.totalBytes === undefined ? '-' : (audit.totalBytes / 1024).toFixed(0),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

async function main(): Promise<number> {
  const started = Date.now();
  if (!existsSync('out/index.html')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) return build.status ?? 1;
  }
  const chromiumPath = findChromium();
  if (chromiumPath === undefined) {
    console.error('No Chromium found: install one or set CHROMIUM_PATH.');
    return 1;
  }
  // `npm run audit -- /compare/` audits the routes given instead of the main ones.
  const requested = process.argv.slice(2);
  const routes = (requested.length > 0 ? requested : MAIN_ROUTES).filter((route) =>
    existsSync(join('out', route, 'index.html')),
  );
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const server = startProcess(
    join('node_modules', '.bin', 'serve'),
    ['--config', '../serve.json', 'out', '--listen', String(port), '--no-clipboard'],
    { ...process.env, NO_UPDATE_CHECK: '1' },
  );
  const audits: RouteAudit[] = [];
  try {
    await waitForServer(`${origin}/`);
    for (const route of routes) {
      console.log(`Lighthouse: ${route}`);
      audits.push(await auditRoute(chromiumPath, `${origin}${route}`, route));
    }
  } finally {
    await stopProcess(server);
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  const failing = audits.filter((audit) => ASSERTED.some((id) => audit.scores[id] !== 100));
  console.log(`\nLighthouse, mobile preset (scores out of 100; performance is not asserted)`);
  console.log(table(audits));
  for (const audit of audits)
    for (const problem of audit.problems) console.log(`  ${audit.route} ${problem}`);
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/lighthouse.json',
    `${JSON.stringify({ preset: 'mobile', seconds, routes: audits }, null, 2)}\n`,
  );
  console.log(`Lighthouse took ${seconds} s for ${audits.length} routes; reports/lighthouse.json`);
  if (failing.length > 0) {
    console.error(
      `Below 100 in accessibility, best practices or SEO: ${failing.map((audit) => audit.route).join(', ')}`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main();
