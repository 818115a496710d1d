// Proves the BLS refresh end to end: in a scratch copy of the project (never the working tree),
// runs `npm run data:bls -- tests/fixtures/bls`, builds the site, and checks that the fixture's
// states show in out/: in the finder's place-panel data (out/jobs/finder-index.json) and on /outlook/.
// node_modules is hard-linked (fast, no copy).
//   npm run test:bls [-- --keep]   (--keep leaves the copy for a look; its path is printed)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { routes } from '../lib/routes';
import { US_STATES } from '../lib/us-states';

/** The fixture's states and DC; its Puerto Rico rows must be left out. */
const FIXTURE_STATES = ['OH', 'TX', 'DC'] as const;
const STATE_SOURCE = 'bls-oews-2025-state';
const PERIOD = 'May 2025';
/** Not copied: built output, caches and the git folder; node_modules is linked. */
const SKIP = new Set([
  'node_modules',
  '.git',
  '.next',
  'out',
  '.contentlayer',
  'reports',
  'test-results',
  'playwright-report',
  '.tmp',
]);

const root = process.cwd();
const started = Date.now();
const copy = mkdtempSync(path.join(tmpdir(), 'test-bls-'));
const problems: string[] = [];

function run(command: string, args: string[]): void {
  const began = Date.now();
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, {
    cwd: copy,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  console.log(`  (${((Date.now() - began) / 1000).toFixed(1)} s)`);
}

/** Every pay figure object of the finder index: the place panel reads these. */
function payFigures(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(payFigures);
  if (typeof value !== 'object' || value === null) return [];
  const record = Object.fromEntries(Object.entries(value));
  const own = typeof record.measure === 'string' && 'cited' in record ? [record] : [];
  return [...own, ...Object.values(record).flatMap(payFigures)];
}

function citedText(figure: Record<string, unknown>): { text: string; href: string } {
  const cited = figure.cited;
  if (typeof cited !== 'object' || cited === null) return { text: '', href: '' };
  const fields = Object.fromEntries(Object.entries(cited));
  const citation =
    typeof fields.citation === 'object' && fields.citation !== null
      ? Object.fromEntries(Object.entries(fields.citation))
      : {};
  return { text: String(fields.text ?? ''), href: String(citation.href ?? '') };
}

try {
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== root,
  });
  // Hard links, not a symlink: Turbopack refuses a node_modules that points outside the project.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(copy, 'node_modules')]);
  run('npm', ['run', '--silent', 'data:bls', '--', 'tests/fixtures/bls']);
  run('npm', ['run', '--silent', 'build']);

  const out = path.join(copy, 'out');
  const index: unknown = JSON.parse(
    readFileSync(path.join(out, 'jobs', 'finder-index.json'), 'utf8'),
  );
  const figures = payFigures(index);
  const outlook = readFileSync(path.join(out, 'outlook', 'index.html'), 'utf8');
  const stateHref = routes.source(STATE_SOURCE);
  for (const code of FIXTURE_STATES) {
    const name = US_STATES[code];
    const ofState = figures
      .filter((figure) => figure.place === code && figure.asOf === PERIOD)
      .map(citedText);
    const fromRelease = ofState.filter(({ href }) => href === stateHref);
    if (fromRelease.length === 0)
      problems.push(
        `finder-index.json: no ${PERIOD} pay figure for ${name} citing ${STATE_SOURCE}`,
      );
    if (!outlook.includes(name)) problems.push(`/outlook/: does not name ${name}`);
    const shown = fromRelease.filter(({ text }) =>
      outlook.includes(text.replace(/ (a year|an hour)$/, '')),
    );
    if (fromRelease.length > 0 && shown.length === 0) {
      problems.push(
        `/outlook/: shows none of ${name}'s figures (${fromRelease.map(({ text }) => text).join(', ')})`,
      );
    }
    console.log(
      `${name}: ${fromRelease.length} pay figures in the finder index, ${shown.length} of them on /outlook/`,
    );
  }
  if (figures.some((figure) => figure.place === 'PR' && figure.asOf === PERIOD)) {
    problems.push(
      `finder-index.json: has ${PERIOD} figures for Puerto Rico, which the refresh skips`,
    );
  }
  if (!outlook.includes(stateHref))
    problems.push(`/outlook/: no link to the source ${STATE_SOURCE}`);
} finally {
  if (process.argv.includes('--keep')) console.log(`Copy kept at ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (problems.length > 0) {
  console.error(`test:bls failed in ${seconds} s:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `test:bls passed in ${seconds} s: the fixture's states show in the place panel data and on /outlook/.`,
);
